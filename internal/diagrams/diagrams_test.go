package diagrams

import (
	"slices"
	"strings"
	"testing"
)

func TestNamesAreDistinct(t *testing.T) {
	names := Names()
	sorted := slices.Clone(names)
	slices.Sort(sorted)
	if len(slices.Compact(sorted)) != len(names) {
		t.Errorf("Names() = %v has a name twice", names)
	}
}

func TestChainHasAStepBetweenEachPairOfLinks(t *testing.T) {
	if got, want := len(Chain.Steps), len(Chain.Links)-1; got != want {
		t.Fatalf("%d steps for %d links; want %d", got, len(Chain.Links), want)
	}
	for i, s := range Chain.Steps {
		// The wide drawing has two lines above its arrow; the stop wording
		// must say the same as the full one, only shorter.
		if len(s.WideGoes) == 0 || len(s.WideGoes) > 2 || len(s.WideStops) == 0 {
			t.Errorf("step %d: wide lines %q / %q; want one or two above the arrow and some below", i, s.WideGoes, s.WideStops)
		}
		if last := s.WideStops[len(s.WideStops)-1]; !strings.Contains(s.Stops, last) || !strings.Contains(s.Handout, last) {
			t.Errorf("step %d: the wide drawing ends on %q, which neither %q nor %q says", i, last, s.Stops, s.Handout)
		}
	}
	for _, l := range Chain.Links {
		if !strings.HasSuffix(l.Sentence, l.Definition) {
			t.Errorf("%s: the handout's %q and the box's %q say different things", l.Name, l.Sentence, l.Definition)
		}
	}
}

func TestBreakerTransitionsJoinItsStates(t *testing.T) {
	n := len(Breaker.States)
	for _, tr := range Transitions() {
		if tr.From < 0 || tr.From >= n || tr.To < 0 || tr.To >= n || tr.From == tr.To {
			t.Errorf("transition %q goes from %d to %d; want two different states of %d", tr.Label, tr.From, tr.To, n)
		}
		if !strings.HasSuffix(tr.Phrase, tr.Label) {
			t.Errorf("the arrow's %q and the handout's %q say different things", tr.Label, tr.Phrase)
		}
	}
}

func TestSpectrumRunsFromOptimalToComplete(t *testing.T) {
	b := Spectrum.Bands
	if len(b) < 3 || b[0].Short != "optimal" || b[len(b)-1].Short != "complete" {
		t.Errorf("bands %v; want optimal first, complete last and kinds between", b)
	}
	for _, band := range b {
		if !strings.HasPrefix(strings.ToLower(band.Name), band.Short) {
			t.Errorf("band %q is called %q in prose", band.Short, band.Name)
		}
	}
}

func TestEveryDimensionHasTwoClassesWithExamples(t *testing.T) {
	if len(Taxonomy.Dimensions) != 6 {
		t.Errorf("%d dimensions; the taxonomy has six", len(Taxonomy.Dimensions))
	}
	for _, d := range Taxonomy.Dimensions {
		for k := range 2 {
			if d.Classes[k] == "" || d.Examples[k] == "" {
				t.Errorf("%s: class %d is %q with example %q", d.Name, k, d.Classes[k], d.Examples[k])
			}
		}
	}
}
