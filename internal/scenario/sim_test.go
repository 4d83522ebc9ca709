package scenario

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestScenarioNames(t *testing.T) {
	want := []string{"cold-standby", "warm-standby", "hot-standby", "split-brain", "active-active", "correlated-failure", "circuit-breaker", "retry-storm"}
	if got := Names(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, s := range Scenarios() {
		if s.Title == "" || s.Summary == "" || s.Duration <= 0 || len(s.Params) == 0 {
			t.Errorf("%s: incomplete spec %+v", s.Name, s)
		}
		for _, p := range s.Params {
			if p.Help == "" || p.Min > p.Max || (len(p.Choices) == 0 && (p.Default < p.Min || p.Default > p.Max)) {
				t.Errorf("%s.%s: bad param %+v", s.Name, p.Key, p)
			}
		}
	}
	if _, ok := Lookup("nope"); ok {
		t.Error("Lookup(nope) found something")
	}
}

func TestDeterminism(t *testing.T) {
	for _, name := range Names() {
		for _, set := range []map[string]string{nil, {"policy": "backoff"}} {
			if _, err := mustSpec(t, name).Apply(set); err != nil {
				continue
			}
			a, b := runSeed(t, name, set, 7), runSeed(t, name, set, 7)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s %v: two runs with seed 7 differ", name, set)
			}
		}
	}
	// Only the jitter of backoff draws on the seed.
	a := runSeed(t, "retry-storm", map[string]string{"policy": "backoff"}, 1)
	b := runSeed(t, "retry-storm", map[string]string{"policy": "backoff"}, 2)
	if reflect.DeepEqual(a.Events, b.Events) && reflect.DeepEqual(a.Metrics, b.Metrics) {
		t.Error("retry-storm backoff: seeds 1 and 2 gave the same run")
	}
}

func mustSpec(t *testing.T, name string) Spec {
	s, ok := Lookup(name)
	if !ok {
		t.Fatalf("no scenario %q", name)
	}
	return s
}

func TestResultJSON(t *testing.T) {
	r := run(t, "hot-standby", map[string]string{"replication": "async"})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"scenario", "params", "seed", "events", "metrics"} {
		if _, ok := got[k]; !ok {
			t.Errorf("result JSON lacks %q", k)
		}
	}
	metrics := got["metrics"].(map[string]any)
	for _, k := range []string{"duration_seconds", "requests_ok", "requests_failed", "availability",
		"downtime_seconds", "detect_seconds", "recover_seconds", "writes_lost"} {
		if _, ok := metrics[k]; !ok {
			t.Errorf("metrics lack %q", k)
		}
	}
	params := got["params"].(map[string]any)
	if params["replication"] != "async" || params["heartbeat_timeout"] != 3.0 || len(params) != len(mustSpec(t, "hot-standby").Params) {
		t.Errorf("params = %v", params)
	}
	ev := got["events"].([]any)[0].(map[string]any)
	if _, ok := ev["t"]; !ok || ev["kind"] == "" {
		t.Errorf("event = %v", ev)
	}
}

func TestStepSnapshots(t *testing.T) {
	s := New(mustSpec(t, "hot-standby"), nil, 1)
	var events int
	var last Snapshot
	for !s.Done() {
		last = s.Step()
		events += len(last.Events)
	}
	if last.T != 120 || last.Metrics.DurationSeconds != 120 {
		t.Errorf("last snapshot at %v s, metrics %v s", last.T, last.Metrics.DurationSeconds)
	}
	r := s.Result()
	if events != len(r.Events) {
		t.Errorf("snapshots carried %d events, the result %d", events, len(r.Events))
	}
	if !reflect.DeepEqual(r.Metrics, last.Metrics) {
		t.Errorf("result metrics %+v differ from the last snapshot's %+v", r.Metrics, last.Metrics)
	}
	if again := s.Step(); again.T != 120 || len(again.Events) != 0 {
		t.Errorf("step after the end: %+v", again)
	}
	if len(last.Nodes) != 3 || len(last.Links) != 3 || last.Nodes[2].Role != RolePrimary {
		t.Errorf("final nodes %+v", last.Nodes)
	}
}

func TestFaultInjection(t *testing.T) {
	s := New(mustSpec(t, "active-active"), Values{"crash_at": 50}, 1)
	for range 50 {
		s.Step()
	}
	tests := []struct {
		name string
		err  error
	}{
		{"crash unknown", s.Crash("node-9")},
		{"crash clients", s.Crash("clients")},
		{"cut unknown", s.CutLink("node-1", "node-2")},
		{"slow factor", s.Slow("node-2", 0.5)},
		{"slow unknown", s.Slow("x", 2)},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
	if err := s.CrashPrimary(); err != nil {
		t.Fatal(err)
	}
	if err := s.Crash("node-1"); err == nil {
		t.Error("crashing a crashed node: no error")
	}
	if err := s.CutLink("lb", "node-2"); err != nil {
		t.Fatal(err)
	}
	for range 50 {
		s.Step()
	}
	snap := s.Step()
	if snap.Nodes[2].State != StateDown || snap.Nodes[3].State != StateRemoved {
		t.Errorf("after crash and cut: %+v", snap.Nodes)
	}
	s.Heal()
	for range 20 {
		snap = s.Step()
	}
	for _, n := range snap.Nodes[2:] {
		if n.State != StateUp {
			t.Errorf("after heal %s is %s", n.Name, n.State)
		}
	}
	r := s.Result()
	if countKind(r, KindRecovered) < 2 || r.Metrics.DetectSeconds != 2 {
		t.Errorf("events %v, detect %v", r.Events, r.Metrics.DetectSeconds)
	}
}

func TestSlowNodeOverloads(t *testing.T) {
	s := New(mustSpec(t, "hot-standby"), Values{"crash_at": 60}, 1)
	s.Step()
	if err := s.Slow("node-1", 4); err != nil {
		t.Fatal(err)
	}
	for !s.Done() {
		s.Step()
	}
	r := s.Result()
	if countKind(r, KindOverload) == 0 || r.Metrics.RequestsFailed == 0 || r.Metrics.PeakLoadFactor != 2 {
		t.Errorf("slowed primary: %+v", r.Metrics)
	}
}

func TestNoPanicAtRangeEdges(t *testing.T) {
	for _, spec := range Scenarios() {
		for _, edge := range []string{"min", "max"} {
			v := spec.Defaults()
			for _, p := range spec.Params {
				if len(p.Choices) > 0 {
					continue
				}
				if edge == "min" {
					v[p.Key] = p.Min
				} else {
					v[p.Key] = p.Max
				}
			}
			s := New(spec, v, 3)
			s.Step()
			s.CrashPrimary()
			s.Heal()
			r := s.Run()
			if r.Metrics.Availability < 0 || r.Metrics.Availability > 1 {
				t.Errorf("%s at %s: availability %v", spec.Name, edge, r.Metrics.Availability)
			}
		}
	}
}
