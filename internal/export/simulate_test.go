package export_test

import (
	"strings"
	"testing"

	"faultline/internal/export"
	"faultline/lessons"
)

func TestSimulateBlockHandout(t *testing.T) {
	l := lesson("sim", "Two replicas.\n\n```faultline simulate a:99.9 | b:99.9 --common-cause 10%\n```\n")
	out := render(t, export.Markdown, []lessons.Lesson{l}, nil)
	for _, want := range []string{
		"**System:** `a:99.9 | b:99.9`, simulated for 10,000 years (seed 1).",
		"| | availability | nines | down a year |",
		"| formula (independent) | 99.9999% | 6 | 31.5 s |",
		"| simulated, independent | 99.99991% | 6.03 | 29.6 s |",
		"| simulated, 10% common cause | 99.99493% | 4.29 | 26m 40s |",
		"How the estimate settled, running nines after 100, 1,000 and 10,000 years: independent 5.91, 6.04, 6.03; 10% common cause 4.23, 4.29, 4.29.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("handout lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "```faultline") {
		t.Errorf("the live block stayed code:\n%s", out)
	}
}

// TestSimulateBlockHandoutWithSharedDependency: the handout says the
// dependency in the system's line and in every row.
func TestSimulateBlockHandoutWithSharedDependency(t *testing.T) {
	l := lesson("sim", "Two replicas on one switch.\n\n```faultline simulate a:99.9 | b:99.9 --shared-dependency 99.99,4h --years 2000\n```\n")
	out := render(t, export.Markdown, []lessons.Lesson{l}, nil)
	for _, want := range []string{
		"**System:** `a:99.9 | b:99.9`, with a shared dependency of 99.99%,4h (a rack switch, a power feed) in series, simulated for 2,000 years (seed 1).",
		"| formula (independent, shared 99.99% in series) | 99.9899% |",
		"| simulated, independent, shared 99.99% |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("handout lacks %q:\n%s", want, out)
		}
	}
}
