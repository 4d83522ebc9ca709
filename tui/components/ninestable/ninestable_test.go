package ninestable

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/tui/theme"
)

func TestMaxWidthDropsPeriodsToFit(t *testing.T) {
	a := calc.MustParseAvailability("99.44751")
	rows := []calc.Row{calc.NewRow("MTBF doubled 99.72299%", a, nil), calc.NewRow("as given 99.44751%", a, nil)}
	st := theme.New(true)
	full := ansi.Strip(Render(rows, st, Options{Emphasis: -1}))
	if !strings.Contains(full, "quarter") || lipgloss.Width(full) <= 60 {
		t.Fatalf("without MaxWidth the table has every period:\n%s", full)
	}
	for _, width := range []int{80, 70, 60} {
		got := ansi.Strip(Render(rows, st, Options{Emphasis: -1, MaxWidth: width}))
		for _, line := range strings.Split(got, "\n") {
			if lipgloss.Width(line) > width {
				t.Errorf("MaxWidth %d: line %d wide: %q", width, lipgloss.Width(line), line)
			}
		}
		for _, keep := range []string{"month", "year", "Calendar"} {
			if !strings.Contains(got, keep) {
				t.Errorf("MaxWidth %d lost %q:\n%s", width, keep, got)
			}
		}
	}
	got := ansi.Strip(Render(rows, st, Options{Emphasis: -1, MaxWidth: 70}))
	if header := strings.Split(got, "\n")[1]; strings.Contains(header, "quarter") || !strings.Contains(header, "per day") {
		t.Errorf("at 70 columns the quarter column should go first, the day stay:\n%s", got)
	}
}
