package main

import (
	"encoding/json"
	"strings"
	"testing"

	"faultline/internal/scenario"
)

func TestScenarioHeadlessJSON(t *testing.T) {
	out, errOut, code := run(t, "scenario", "hot-standby", "--set", "replication=async", "--seed", "7", "--headless", "-o", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var got struct {
		Scenario string         `json:"scenario"`
		Params   map[string]any `json:"params"`
		Seed     uint64         `json:"seed"`
		Events   []struct {
			T    *float64 `json:"t"`
			Kind string   `json:"kind"`
		} `json:"events"`
		Metrics map[string]float64 `json:"metrics"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if got.Scenario != "hot-standby" || got.Seed != 7 {
		t.Errorf("scenario %q seed %d", got.Scenario, got.Seed)
	}
	spec, _ := scenario.Lookup("hot-standby")
	if len(got.Params) != len(spec.Params) || got.Params["replication"] != "async" || got.Params["heartbeat_timeout"] != 3.0 {
		t.Errorf("params should list every parameter, defaults included: %v", got.Params)
	}
	if len(got.Events) == 0 || got.Events[0].T == nil || got.Events[0].Kind == "" {
		t.Errorf("events = %+v", got.Events)
	}
	for _, k := range []string{"duration_seconds", "requests_ok", "requests_failed", "availability", "downtime_seconds", "detect_seconds", "recover_seconds", "writes_lost"} {
		if _, ok := got.Metrics[k]; !ok {
			t.Errorf("metrics lack %q", k)
		}
	}
	if got.Metrics["duration_seconds"] != 120 || got.Metrics["writes_lost"] == 0 {
		t.Errorf("an async hot standby run of 120 s should lose writes: %v", got.Metrics)
	}
	// The same inputs give the same output.
	again, _, _ := run(t, "scenario", "hot-standby", "--set", "replication=async", "--seed", "7", "--headless", "-o", "json")
	if again != out {
		t.Error("two identical headless runs printed different results")
	}
}

func TestScenarioHeadlessTable(t *testing.T) {
	out, errOut, code := run(t, "scenario", "cold-standby", "--headless")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"cold-standby", "boot", "30s", "downtime", "34.0 s", "nines", "writes lost"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestScenarioList(t *testing.T) {
	out, errOut, code := run(t, "scenario", "--list")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range append(scenario.Names(), "heartbeat_timeout", "3s", "policy", "naive") {
		if !strings.Contains(out, want) {
			t.Errorf("--list lacks %q", want)
		}
	}
	out, _, code = run(t, "scenario", "--list", "-o", "json")
	var list []struct {
		Name   string `json:"name"`
		Params []struct {
			Key     string `json:"key"`
			Default any    `json:"default"`
		} `json:"params"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != 0 {
		t.Fatalf("--list -o json: exit %d, %v\n%s", code, err, out)
	}
	if len(list) != len(scenario.Scenarios()) || list[2].Name != "hot-standby" {
		t.Fatalf("list = %+v", list)
	}
	for _, p := range list[2].Params {
		if p.Key == "replication" && p.Default != "sync" {
			t.Errorf("replication default = %v, want sync", p.Default)
		}
	}
}

func TestScenarioBadInput(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"bogus", "--headless"}, `unknown scenario "bogus"`},
		{[]string{"hot-standby", "--headless", "--set", "foo=1"}, `unknown parameter "foo"`},
		{[]string{"hot-standby", "--headless", "--set", "rate=abc"}, `rate="abc"`},
		{[]string{"hot-standby", "--headless", "--set", "rate=0"}, "out of range"},
		{[]string{"hot-standby", "--headless", "--set", "replication=maybe"}, `"maybe"`},
		{[]string{"hot-standby", "--headless", "--set", "rate"}, "key=value"},
		{[]string{"hot-standby", "--headless", "--set", "rate=1", "--set", "rate=2"}, "twice"},
		{[]string{"hot-standby", "--headless", "-o", "yaml"}, `"yaml"`},
		{[]string{"hot-standby", "--headless", "--seed", "-1"}, "--seed"},
		{[]string{"--headless"}, "name a scenario"},
		{[]string{"--list", "hot-standby"}, "--list takes no"},
		{[]string{"a", "b"}, `scenario takes one scenario name, got 2: "a b"`},
		{[]string{"hot-standby"}, "--headless"}, // no terminal in tests
	}
	for _, tt := range tests {
		out, errOut, code := run(t, append([]string{"scenario"}, tt.args...)...)
		if code != 2 || out != "" {
			t.Errorf("scenario %v: exit %d, stdout %q; want 2 and nothing", tt.args, code, out)
		}
		if !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("scenario %v: stderr %q should be one line mentioning %q", tt.args, errOut, tt.want)
		}
	}
}

func BenchmarkScenarioHeadless(b *testing.B) {
	for b.Loop() {
		if _, _, code := run(b, "scenario", "retry-storm", "--headless", "-o", "json"); code != 0 {
			b.Fatal(code)
		}
	}
}
