package diagram

import (
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/lessons"
	"faultline/tui/theme"
)

func TestNamesMatchContentFormat(t *testing.T) {
	want := slices.Clone(lessons.Diagrams)
	slices.Sort(want)
	if got := Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want the diagrams the content format allows, %v", got, want)
	}
}

func TestEveryLineFitsWidth(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := theme.New(dark)
		for _, name := range append(Names(), "no-such-diagram") {
			for w := 0; w <= 200; w++ {
				out := Render(name, w, st)
				for i, line := range strings.Split(out, "\n") {
					if lw := lipgloss.Width(line); lw > max(w, 0) {
						t.Fatalf("%s at width %d: line %d is %d wide: %q", name, w, i, lw, ansi.Strip(line))
					}
				}
			}
		}
	}
}

func TestLayoutAdaptsToWidth(t *testing.T) {
	st := theme.New(true)
	for _, name := range Names() {
		narrow := ansi.Strip(Render(name, 30, st))
		wide := ansi.Strip(Render(name, 160, st))
		if lipgloss.Width(wide) <= 60 {
			t.Errorf("%s: at 160 columns the layout is only %d wide; it should spread out:\n%s", name, lipgloss.Width(wide), wide)
		}
		if strings.Contains(narrow, "…") {
			t.Errorf("%s at 30 columns had to be cut:\n%s", name, narrow)
		}
	}
}

func TestContent(t *testing.T) {
	st := theme.New(true)
	tests := []struct {
		name string
		want []string
	}{
		{"fault-chain", []string{"FAULT", "ERROR", "FAILURE", "dormant", "masked", "service interface", "e.g."}},
		{"fault-taxonomy", []string{"phase", "development", "operational", "system boundary", "internal", "external",
			"phenomenological cause", "natural", "human-made", "intent", "non-malicious", "malicious",
			"capability", "accidental", "incompetence", "persistence", "permanent", "transient"}},
		{"dependability-tree", []string{"Dependability", "Attributes", "Availability", "Reliability", "Safety",
			"Confidentiality", "Integrity", "Maintainability", "Threats", "Faults", "Errors", "Failures",
			"Means", "Fault prevention", "Fault removal", "Fault tolerance", "Fault forecasting"}},
		{"failure-spectrum", []string{"optimal", "partial", "degraded", "transient", "complete", "better", "worse", "no fixed order"}},
		{"circuit-breaker", []string{"CLOSED", "OPEN", "HALF-OPEN", "too many", "cool-down", "trial calls succeed", "a trial call fails"}},
	}
	for _, tt := range tests {
		for _, w := range []int{30, 80, 120, 200} {
			out := ansi.Strip(Render(tt.name, w, st))
			for _, want := range tt.want {
				if !strings.Contains(out, want) {
					t.Errorf("%s at width %d lacks %q:\n%s", tt.name, w, want, out)
				}
			}
		}
	}
}

func TestSpectrumOrder(t *testing.T) {
	st := theme.New(true)
	for _, w := range []int{30, 120} {
		out := ansi.Strip(Render("failure-spectrum", w, st))
		last := -1
		for _, b := range []string{"optimal", "partial", "degraded", "transient", "complete"} {
			i := strings.Index(out, b)
			if i <= last {
				t.Errorf("at width %d, %q is out of order:\n%s", w, b, out)
			}
			last = i
		}
	}
}

func TestUnknownAndTiny(t *testing.T) {
	st := theme.New(true)
	out := ansi.Strip(Render("nope", 80, st))
	if !strings.Contains(out, `unknown diagram "nope"`) || !strings.Contains(out, "fault-chain") {
		t.Errorf("unknown diagram should name itself and the known ones:\n%s", out)
	}
	for w := -5; w < MinWidth; w++ {
		out := Render("fault-chain", w, st)
		if strings.Contains(out, "\n") || lipgloss.Width(out) > max(w, 0) {
			t.Errorf("width %d: want one short line, got %q", w, out)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	st := theme.New(true)
	for _, name := range Names() {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Render(name, 100, st)
			}
		})
	}
}

func TestFaultChainExamplesWhenRoomy(t *testing.T) {
	st := theme.New(true)
	for _, w := range []int{30, 120, 200} {
		out := ansi.Strip(Render("fault-chain", w, st))
		for _, want := range []string{"e.g. an off-by-one bug", "e.g. a corrupted record"} {
			if !strings.Contains(out, want) {
				t.Errorf("fault-chain at %d lacks %q:\n%s", w, want, out)
			}
		}
	}
}
