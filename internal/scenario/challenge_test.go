package scenario

import (
	"strings"
	"testing"
)

// TestChallengesSolvableNotByDefault: every scenario has two or three
// challenges; the defaults (with a challenge's fixed settings) fail each, and
// the solution kept with each meets it within its rules.
func TestChallengesSolvableNotByDefault(t *testing.T) {
	for _, spec := range Scenarios() {
		if n := len(spec.Challenges()); n < 2 || n > 3 {
			t.Errorf("%s: %d challenges, want 2 or 3", spec.Name, n)
		}
		for _, c := range spec.Challenges() {
			if c.Goal == "" || c.Hint == "" || len(c.Conditions) == 0 {
				t.Errorf("%s/%s: incomplete challenge", spec.Name, c.ID)
			}
			for _, cond := range c.Conditions {
				if cond.Why == "" {
					t.Errorf("%s/%s: condition %s explains nothing when it fails", spec.Name, c.ID, cond)
				}
				if _, ok := MetricValue(New(spec, nil, 1).Result().Metrics, cond.Metric); !ok && cond.Metric != MetricParamsChanged && !strings.HasSuffix(cond.Metric, "_availability") {
					t.Errorf("%s/%s: unknown metric %q", spec.Name, c.ID, cond.Metric)
				}
			}
			start := c.Start(spec)
			r := c.Check(spec, start, New(spec, start, 1).Run().Metrics)
			if r.Passed {
				t.Errorf("%s/%s: passed with the defaults: %+v", spec.Name, c.ID, r)
			}
			v, err := c.Apply(spec, c.solution)
			if err != nil {
				t.Fatalf("%s/%s: solution refused: %v", spec.Name, c.ID, err)
			}
			for seed := uint64(1); seed <= 3; seed++ {
				if r := c.Check(spec, v, New(spec, v, seed).Run().Metrics); !r.Passed {
					t.Errorf("%s/%s: the solution %v fails with seed %d: %+v", spec.Name, c.ID, c.solution, seed, r.Conditions)
				}
			}
		}
	}
}

// TestChallengeRules: a fixed setting may not be changed, and changing more
// parameters than allowed fails the challenge with its reason.
func TestChallengeRules(t *testing.T) {
	spec, _ := Lookup("warm-standby")
	c, ok := spec.Challenge("warm-fast")
	if !ok {
		t.Fatal("no warm-fast")
	}
	if _, err := c.Apply(spec, map[string]string{"crash_at": "50s"}); err == nil || !strings.Contains(err.Error(), "warm-fast fixes it") {
		t.Errorf("changing a fixed setting: %v", err)
	}
	if _, err := c.Apply(spec, map[string]string{"crash_at": "10s"}); err != nil {
		t.Errorf("restating a fixed setting: %v", err)
	}
	v, err := c.Apply(spec, map[string]string{"heartbeat_timeout": "1.5s", "promotion": "1s", "sync_interval": "1s"})
	if err != nil {
		t.Fatal(err)
	}
	r := c.Check(spec, v, New(spec, v, 1).Run().Metrics)
	last := r.Conditions[len(r.Conditions)-1]
	if r.Passed || last.Metric != MetricParamsChanged || last.Actual != 3 || last.Passed || last.Why == "" {
		t.Errorf("three parameters changed should fail the rule: %+v", r)
	}
	if r.Conditions[0].Why != "" || !r.Conditions[0].Passed {
		t.Errorf("a met condition carries no explanation: %+v", r.Conditions[0])
	}
}

// TestNotObservedMeetsNoBound: a recovery that never came does not pass
// "recover_seconds <= 20".
func TestNotObservedMeetsNoBound(t *testing.T) {
	spec, _ := Lookup("retry-storm")
	c, _ := spec.Challenge("rs-end")
	v := c.Start(spec)
	r := c.Check(spec, v, New(spec, v, 1).Run().Metrics)
	if r.Conditions[0].Actual != NotObserved || r.Conditions[0].Passed {
		t.Errorf("naive storm: %+v", r.Conditions[0])
	}
}
