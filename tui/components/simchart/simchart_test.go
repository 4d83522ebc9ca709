package simchart

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/tui/theme"
)

// TestChartMarksARunWithoutDowntime: a system that never went down in the
// run is drawn at the top of the scale, labelled ∞, not with a made-up
// number of nines.
func TestChartMarksARunWithoutDowntime(t *testing.T) {
	c := Chart{Trace: []float64{1, 1, 1, 1}, DownShare: []float64{0, 0, 0, 0}, Formula: 12, Unavailability: 1e-12, Years: 10}
	lines := c.Lines(theme.New(true), 40, 5)
	plain := ansi.Strip(strings.Join(lines, "\n"))
	if !strings.HasPrefix(ansi.Strip(lines[0]), "    ∞ ┤────") {
		t.Errorf("top row should be the line at ∞:\n%s", plain)
	}
	if strings.Contains(plain, "14.00") {
		t.Errorf("the cap shows as a figure:\n%s", plain)
	}
	if strip := ansi.Strip(lines[len(lines)-2]); strings.ContainsAny(strip, "░▒▓█") {
		t.Errorf("a run without downtime shaded the strip: %q", strip)
	}
	if axis := ansi.Strip(lines[len(lines)-1]); !strings.Contains(axis, "10 years") {
		t.Errorf("axis %q does not end at the run's 10 years", axis)
	}
}

// TestBaselineIsToldApartWithoutColour: a second run is drawn in dots that
// neither the line nor the formula's dashes use, and the legend names it.
func TestBaselineIsToldApartWithoutColour(t *testing.T) {
	low := []float64{0.9999, 0.9999, 0.9999, 0.9999} // four nines
	high := []float64{0.999999, 0.999999, 0.999999, 0.999999}
	c := Chart{Trace: low, DownShare: []float64{1e-4, 1e-4, 1e-4, 1e-4}, Formula: 6, Unavailability: 1e-6, Years: 100, Baseline: high}
	lines := c.Lines(theme.New(true), 60, 8)
	var ref, dots, line int = -1, -1, -1
	for i, l := range lines[:8] {
		l = ansi.Strip(l)
		if strings.ContainsRune(l, Ref) && ref < 0 {
			ref = i
		}
		if strings.ContainsRune(l, Baseline) && dots < 0 {
			dots = i
		}
		if strings.Contains(l, "────") && line < 0 {
			line = i
		}
	}
	if ref < 0 || dots != ref || line <= ref {
		t.Errorf("want the dots on the formula's row and the line below it: ref %d, dots %d, line %d\n%s",
			ref, dots, line, ansi.Strip(strings.Join(lines, "\n")))
	}
	if legend := c.Legend("common cause"); !strings.Contains(legend, "• independent failures") || !strings.Contains(legend, "┄ the formula's 6.00") {
		t.Errorf("legend %q does not name the dots and the formula", legend)
	}
}

// BenchmarkLines draws a 10,000-point run with its baseline at 200
// columns, as the reader does once per block and width.
func BenchmarkLines(b *testing.B) {
	trace := make([]float64, 10_000)
	for i := range trace {
		trace[i] = 1 - 1e-5*float64(i%7)/float64(i+1)
	}
	c := Chart{Trace: trace, DownShare: trace, Formula: 6, Unavailability: 1e-6, Years: 10_000, Baseline: trace}
	st := theme.New(true)
	for b.Loop() {
		c.Lines(st, 200, 12)
	}
}
