package report

import (
	"strings"
	"testing"

	"faultline/internal/scenario"
)

// TestWriteNarratesTheRun: the figures, every event with the player's
// sentence under it, and the note on time.
func TestWriteNarratesTheRun(t *testing.T) {
	spec, ok := scenario.Lookup("hot-standby")
	if !ok {
		t.Fatal("no hot-standby scenario")
	}
	values := spec.Defaults()
	r := scenario.New(spec, values, 1).Run()
	var b strings.Builder
	if err := Write(&b, spec, values, r); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	wants := []string{spec.Title + " (hot-standby), seed 1", "availability", "recovered after", "events (", spec.TimeNote}
	said := 0
	for _, ev := range r.Events {
		if ev.Say != "" {
			wants = append(wants, "» "+ev.Say)
			said++
		}
	}
	if said == 0 {
		t.Fatal("the run narrates nothing")
	}
	for _, want := range wants {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q:\n%s", want, got)
		}
	}
	if Observed(scenario.NotObserved) != "not observed" || Observed(2) != "2.0 s" {
		t.Errorf("Observed: %q, %q", Observed(scenario.NotObserved), Observed(2))
	}
}
