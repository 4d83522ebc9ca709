package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestNinesSimulateJSON(t *testing.T) {
	out, errOut, code := run(t, "nines", "--expr", "99.9 * (99 | 99)", "--simulate", "2000", "--seed", "4", "--crews", "2", "-o", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Expression string `json:"expression"`
		Analytical struct {
			Availability float64  `json:"availability"`
			Nines        *float64 `json:"nines"`
		} `json:"analytical"`
		Simulated struct {
			Availability float64
			CILow        float64 `json:"ci_low"`
			CIHigh       float64 `json:"ci_high"`
			Years        float64
			Outages      int
			Mean         float64 `json:"mean_outage_seconds"`
			P99          float64 `json:"p99_outage_seconds"`
			Down         float64 `json:"downtime_seconds_per_year"`
		} `json:"simulated"`
		Seed        uint64  `json:"seed"`
		CommonCause float64 `json:"common_cause"`
		Crews       int     `json:"crews"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	s := got.Simulated
	if got.Expression != "99.9 * (99 | 99)" || got.Analytical.Availability != 0.9989001 || got.Analytical.Nines == nil ||
		got.Seed != 4 || got.Crews != 2 || got.CommonCause != 0 || s.Years != 2000 {
		t.Errorf("header fields wrong: %+v", got)
	}
	if !(s.CILow <= s.Availability && s.Availability <= s.CIHigh) || s.Outages < 15000 || s.Mean <= 0 || s.P99 < s.Mean || s.Down <= 0 {
		t.Errorf("simulated figures implausible: %+v", s)
	}
	for _, key := range []string{`"ci_low"`, `"ci_high"`, `"mean_outage_seconds"`, `"p99_outage_seconds"`, `"downtime_seconds_per_year"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	again, _, _ := run(t, "nines", "--expr", "99.9 * (99 | 99)", "--simulate", "2000", "--seed", "4", "--crews", "2", "-o", "json")
	if again != out {
		t.Error("the same seed printed different figures")
	}
}

func TestNinesSimulateTableShowsBothSides(t *testing.T) {
	out, errOut, code := run(t, "nines", "--parallel", "99.9", "99.9", "--simulate", "500", "--common-cause", "10%", "--repair", "30m", "--repair-dist", "fixed")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"analytical", "simulated", "99.9999%", "common cause 10%", "fixed repairs with MTTR 30m", "95% interval", "p99 outage", "batch means"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestNinesSimulateBadInput(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--expr", "99", "--simulate", "ten"}, `invalid --simulate "ten"`},
		{[]string{"--expr", "99", "--simulate", "0"}, `invalid --simulate "0"`},
		{[]string{"--expr", "99", "--simulate", "NaN"}, `invalid --simulate "NaN"`},
		{[]string{"--expr", "99 | 99", "--simulate", "10", "--common-cause", "1.5"}, `invalid --common-cause "1.5"`},
		{[]string{"--expr", "99 | 99", "--simulate", "10", "--common-cause", "\x1b[31m"}, `invalid --common-cause "\x1b[31m"`},
		{[]string{"--expr", "99", "--simulate", "10", "--repair", "soon"}, `invalid --repair "soon"`},
		{[]string{"--expr", "99", "--simulate", "10", "--repair-dist", "gamma"}, `invalid --repair-dist "gamma"`},
		{[]string{"--expr", "99", "--simulate", "10", "--crews", "-2"}, `invalid --crews "-2"`},
		{[]string{"--expr", "99", "--simulate", "10", "--crews", "two"}, `"two"`},
		{[]string{"--expr", "99", "--common-cause", "0.1"}, "--common-cause goes with --simulate"},
		{[]string{"99.9", "--simulate", "10"}, "--simulate needs a system"},
		{[]string{"--expr", "99(", "--simulate", "10"}, `invalid expression "99("`},
		{[]string{"--expr", "2of3(99)", "--simulate", "1000000", "--repair", "1m"}, "over the limit of 50,000,000"},
		{[]string{"--expr", "99", "--simulate", "10", "-o", "yaml"}, `invalid output "yaml"`},
		{[]string{"--expr", "99 | 99", "--simulate", "10", "--shared-dependency", "101"}, `invalid --shared-dependency "101"`},
		{[]string{"--expr", "99 | 99", "--simulate", "10", "--shared-dependency", "99.9,soon"}, `invalid --shared-dependency "99.9,soon"`},
		{[]string{"--expr", "99 | 99", "--simulate", "10", "--shared-dependency", "99.9,0s"}, `invalid --shared-dependency "99.9,0s"`},
		{[]string{"--expr", "99 | 99", "--simulate", "10", "--shared-dependency", "\x1b[2J"}, `invalid --shared-dependency "\x1b[2J"`},
		{[]string{"--expr", "99 | 99", "--shared-dependency", "99.9"}, "--shared-dependency goes with --simulate"},
	} {
		out, errOut, code := run(t, append([]string{"nines"}, tc.args...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, tc.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || strings.Contains(errOut, "\x1b") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2, one line containing %q", tc.args, code, out, errOut, tc.want)
		}
	}
}

// TestNinesSimulateSharedDependency checks the hand-solved case: a 99.9%
// dependency under two 99% replicas is in series with them, so the
// formula is 0.999 · 0.9999 = 0.9989001, and the JSON names it.
func TestNinesSimulateSharedDependency(t *testing.T) {
	out, errOut, code := run(t, "nines", "--expr", "99 | 99", "--simulate", "5000", "--shared-dependency", "99.9,8h", "-o", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Analytical struct {
			Availability float64 `json:"availability"`
		} `json:"analytical"`
		Simulated struct {
			CILow  float64 `json:"ci_low"`
			CIHigh float64 `json:"ci_high"`
		} `json:"simulated"`
		Shared *struct {
			Availability float64 `json:"availability"`
			MTTR         float64 `json:"mttr_seconds"`
		} `json:"shared_dependency"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if got.Analytical.Availability != 0.9989001 {
		t.Errorf("analytical %v, want 0.9989001 (the dependency in series)", got.Analytical.Availability)
	}
	if got.Shared == nil || got.Shared.Availability != 0.999 || got.Shared.MTTR != 8*3600 {
		t.Errorf("shared_dependency %+v, want 0.999 with 28800 s", got.Shared)
	}
	if s := got.Simulated; !(s.CILow <= 0.9989001 && 0.9989001 <= s.CIHigh) {
		t.Errorf("interval [%v, %v] misses the hand-solved 0.9989001", s.CILow, s.CIHigh)
	}

	none, _, _ := run(t, "nines", "--expr", "99 | 99", "--simulate", "10", "-o", "json")
	if !strings.Contains(none, `"shared_dependency": null`) {
		t.Errorf("without a dependency the JSON should say null:\n%s", none)
	}
	table, _, _ := run(t, "nines", "--expr", "99 | 99", "--simulate", "10", "--shared-dependency", "99.9")
	for _, want := range []string{"Shared dependency: 99.9% (MTTR 1h)", "99.89001%"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}
