package content

import (
	"fmt"
	"strings"
	"testing"

	"faultline/assets"
	"faultline/internal/scenario"
)

// TestLessonBreakerFigures keeps the fault-tolerance lesson's sentences about
// the circuit-breaker scenario in step with the scenario: the figures it
// quotes are the ones a run with the defaults gives, breaker off and on.
func TestLessonBreakerFigures(t *testing.T) {
	text, err := assets.FS.ReadFile("lessons/11-fault-tolerance.md")
	if err != nil {
		t.Fatal(err)
	}
	spec, _ := scenario.Lookup("circuit-breaker")
	run := func(breaker string) scenario.Metrics {
		v, err := spec.Apply(map[string]string{"breaker": breaker})
		if err != nil {
			t.Fatal(err)
		}
		return scenario.New(spec, v, 1).Run().Metrics
	}
	off, on := run("off"), run("on")
	for _, want := range []string{
		fmt.Sprintf("that path serves %s%% of\nits requests and the p99 latency is %.1f s", percent(off.Paths[0].Availability), off.LatencyP99),
		fmt.Sprintf("healthy\npath serves %s%% and the p99 latency stays at %.1f s", percent(on.Paths[0].Availability), on.LatencyP99),
	} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the lesson should say %q", want)
		}
	}
}

func percent(f float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%.1f", 100*f), ".0")
}
