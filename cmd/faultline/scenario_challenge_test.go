package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestScenarioChallengesList(t *testing.T) {
	out, errOut, code := run(t, "scenario", "cold-standby", "--challenges", "-o", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var list []struct {
		ID         string `json:"id"`
		Goal       string `json:"goal"`
		Conditions []struct {
			Metric string   `json:"metric"`
			Op     string   `json:"op"`
			Value  *float64 `json:"value"`
		} `json:"conditions"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("not a JSON list: %v\n%s", err, out)
	}
	if len(list) != 2 || list[0].ID != "cold-downtime" || list[0].Goal == "" || len(list[0].Conditions) == 0 {
		t.Fatalf("list = %+v", list)
	}
	if c := list[0].Conditions[0]; c.Metric != "downtime_seconds" || c.Op != "<" || c.Value == nil || *c.Value != 15 {
		t.Errorf("first condition = %+v", c)
	}
	table, _, _ := run(t, "scenario", "cold-standby", "--challenges")
	for _, want := range []string{"cold-downtime", "pass when: downtime_seconds < 15, parameters_changed <= 2", "fixed: crash_at=10s", "--challenge ID"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}

// grade runs a challenge headless as JSON and returns its verdict.
func grade(t *testing.T, args ...string) (passed bool, conditions []map[string]any) {
	t.Helper()
	out, errOut, code := run(t, append([]string{"scenario"}, append(args, "--headless", "-o", "json")...)...)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var r struct {
		Metrics   map[string]any `json:"metrics"`
		Challenge *struct {
			ID         string           `json:"id"`
			Passed     bool             `json:"passed"`
			Conditions []map[string]any `json:"conditions"`
		} `json:"challenge"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Challenge == nil || r.Metrics == nil {
		t.Fatalf("no challenge in the result (%v):\n%s", err, out)
	}
	return r.Challenge.Passed, r.Challenge.Conditions
}

func TestScenarioChallengeGrades(t *testing.T) {
	passed, conds := grade(t, "cold-standby", "--challenge", "cold-downtime")
	if passed || conds[0]["actual"] != 34.0 || conds[0]["passed"] != false || conds[0]["metric"] != "downtime_seconds" {
		t.Errorf("defaults: passed %v, %v", passed, conds)
	}
	passed, conds = grade(t, "cold-standby", "--challenge", "cold-downtime", "--set", "boot=10s", "--set", "promotion=0s")
	if !passed || conds[1]["actual"] != 2.0 {
		t.Errorf("a solution: passed %v, %v", passed, conds)
	}
	storm, _, _ := run(t, "scenario", "retry-storm", "--challenge", "rs-end", "--headless")
	if !strings.Contains(storm, "✗ recover_seconds <= 20: never (not observed in the run)") {
		t.Errorf("a recovery that never came should read as never:\n%s", storm)
	}
	out, _, _ := run(t, "scenario", "cold-standby", "--challenge", "cold-downtime", "--headless")
	for _, want := range []string{"challenge cold-downtime: not met", "✗ downtime_seconds < 15: 34", "The boot is most of it", "hint:"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestScenarioChallengeBadInput(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"cold-standby", "--challenge", "nope\x1b[31m", "--headless"}, `unknown challenge "nope\x1b[31m" of cold-standby (accepted: cold-downtime, cold-writes)`},
		{[]string{"cold-standby", "--challenge", "cold-downtime", "--set", "crash_at=50s", "--headless"}, "challenge cold-downtime fixes it"},
		{[]string{"cold-standby", "--challenges", "--headless"}, "--challenges takes only"},
	} {
		out, errOut, code := run(t, append([]string{"scenario"}, tt.args...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tt.args, code, out, errOut, tt.want)
		}
	}
}
