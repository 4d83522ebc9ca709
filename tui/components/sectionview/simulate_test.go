package sectionview

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/lessons"
	"faultline/tui/components/simchart"
	"faultline/tui/theme"
)

// TestSimulateBlockDrawsTheChart: on a screen, the availability lesson's
// simulate block shows its figures and then the chart whose glyphs tell
// the common cause from independence without colour: the common-cause
// line below the formula's dashed row, the independent run's dots on it,
// and a legend naming each. Printed, it is the figures alone.
func TestSimulateBlockDrawsTheChart(t *testing.T) {
	c := course(t)
	i, s := section(t, c, "availability", "when-replicas-fail-together")
	for _, width := range []int{80, 100, 200} {
		out := ansi.Strip(New(theme.New(true), true).Section("availability", i, s, width))
		var ref, line = -1, -1
		for n, l := range strings.Split(out, "\n") {
			switch {
			case strings.Contains(l, "6.00 ┤") && strings.ContainsRune(l, simchart.Ref) && strings.ContainsRune(l, simchart.Baseline):
				ref = n
			case strings.Contains(l, "4.29 ┤───"):
				line = n
			}
		}
		if ref < 0 || line <= ref {
			t.Errorf("at %d the chart lacks the formula's row with the independent dots (%d) above the common-cause line at 4.29 (%d):\n%s", width, ref, line, out)
		}
		flat := strings.Join(strings.Fields(strings.ReplaceAll(out, "│", " ")), " ") // the words in order, across the frame's wrapped lines
		for _, want := range []string{"simulated, 10% common cause: 99.99493%", "─ simulated, 10% common cause", "• independent failures", "┄ the", "formula's 6.00", "10,000 years", "seed 1"} {
			if !strings.Contains(flat, want) {
				t.Errorf("at %d the block lacks %q:\n%s", width, want, out)
			}
		}
	}
	if strings.Contains(ansi.Strip(New(theme.New(true), true).Section("availability", i, s, 100)), "running nines after") {
		t.Error("on a screen the chart tells how the estimate settled; the words repeat it")
	}
	printed := New(theme.New(true), true)
	printed.SetPrinted(true)
	out := printed.Section("availability", i, s, 100)
	if strings.ContainsRune(out, simchart.Ref) || !strings.Contains(out, "simulated, 10% common cause: 99.99493%") ||
		!strings.Contains(strings.Join(strings.Fields(out), " "), "running nines after 100, 1,000 and 10,000 years") {
		t.Errorf("printed, the block should be its figures and how they settled, without a chart:\n%s", out)
	}
}

// TestSimulateBlockRunsInTheBackground: with RunInBackground the first
// draw says the block is simulating and is not cached; Pending waits for
// the run, after which the section is drawn with its chart and cached.
func TestSimulateBlockRunsInTheBackground(t *testing.T) {
	c := course(t)
	i, s := section(t, c, "availability", "when-replicas-fail-together")
	r := New(theme.New(true), true)
	r.RunInBackground()
	first := r.Section("availability", i, s, 100)
	wait := r.Pending()
	if wait == nil {
		if !strings.Contains(first, "4.29 ┤") {
			t.Fatalf("nothing pending, yet no chart:\n%s", first)
		}
		return // the run beat the draw; nothing more to see
	}
	if !strings.Contains(first, "Simulating 10,000 years…") || r.Cached("availability", i, 100) {
		t.Errorf("while the run is under way the block should say so and stay uncached:\n%s", first)
	}
	wait()
	if r.Pending() != nil {
		t.Error("still pending after the wait")
	}
	again := r.Section("availability", i, s, 100)
	if !strings.Contains(again, "4.29 ┤") || !r.Cached("availability", i, 100) {
		t.Errorf("after the run the section should have its chart and be cached:\n%s", again)
	}
	// The run is kept per block: another width draws without a new one.
	r.Section("availability", i, s, 60)
	if r.Pending() != nil || len(r.sims) != 1 {
		t.Errorf("another width started another run: %d runs", len(r.sims))
	}
}

// TestSimulateBlockWithSharedDependency draws a block with a shared
// dependency: the rows and the chart's formula have it in series.
func TestSimulateBlockWithSharedDependency(t *testing.T) {
	b := lessons.Block{Kind: lessons.KindSimulate, Args: []string{"a:99.9 | b:99.9", "2000", "0", "99.99%"}}
	out := ansi.Strip(New(theme.New(true), true).Block(b, 80))
	flat := strings.Join(strings.Fields(strings.ReplaceAll(out, "│", " ")), " ") // the words in order, across the frame's wrapped lines
	for _, want := range []string{"formula (independent, shared 99.99% in series): 99.9899%", "simulated, independent, shared 99.99%", "4.00 ┤", "─ simulated, independent failures"} {
		if !strings.Contains(flat, want) {
			t.Errorf("block lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsRune(out, simchart.Baseline) {
		t.Errorf("without a common cause there is no second run to dot:\n%s", out)
	}
}

// BenchmarkSimulateBlockDrawn draws the availability lesson's simulate
// section at a new width with its run done, as the reader does on a
// resize.
func BenchmarkSimulateBlockDrawn(b *testing.B) {
	c := course(b)
	i, s := section(b, c, "availability", "when-replicas-fail-together")
	r := New(theme.New(true), false)
	r.Section("availability", i, s, 100)
	width := 60
	for b.Loop() {
		clear(r.cache)
		r.Section("availability", i, s, width)
		width = 60 + (width-59)%80
	}
}
