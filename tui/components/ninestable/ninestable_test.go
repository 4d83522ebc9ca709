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
	full := ansi.Strip(Render(rows, &st, Options{Emphasis: -1}))
	if !strings.Contains(full, "quarter") || lipgloss.Width(full) <= 60 {
		t.Fatalf("without MaxWidth the table has every period:\n%s", full)
	}
	for _, width := range []int{80, 70, 60} {
		got := ansi.Strip(Render(rows, &st, Options{Emphasis: -1, MaxWidth: width}))
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
	got := ansi.Strip(Render(rows, &st, Options{Emphasis: -1, MaxWidth: 70}))
	if header := strings.Split(got, "\n")[1]; strings.Contains(header, "quarter") || !strings.Contains(header, "per day") {
		t.Errorf("at 70 columns the quarter column should go first, the day stay:\n%s", got)
	}
}

// TestLinesSayTheTable: the table said a row a line, with the drawn
// table's words and figures and no drawing.
func TestLinesSayTheTable(t *testing.T) {
	w, err := calc.ParseWindow("28d")
	if err != nil {
		t.Fatal(err)
	}
	rows := []calc.Row{
		calc.NewRow("99.9%", calc.MustParseAvailability("99.9"), &w),
		calc.NewRow("90%", calc.MustParseAvailability("90"), &w),
	}
	got := Lines(rows, Options{Emphasis: -1, Title: "Two rows."})
	want := []string{
		"Two rows.",
		"99.9%, 3 nines. Down per day: 1m 26s; week: 10m 5s; month: 43m 12s; quarter: 2h 9m 36s; year: 8h 45m 36s; 28d window: 40m 19s.",
		"90%, 1 nine. Down per day: 2h 24m; week: 16h 48m; month: 3d; quarter: 9d; year: 36d 12h; 28d window: 2d 19h 12m.",
		Footer(&w),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	st := theme.New(true)
	drawn := ansi.Strip(Render(rows, &st, Options{Emphasis: -1}))
	for _, cell := range []string{"1m 26s", "8h 45m 36s", "40m 19s", "2d 19h 12m"} {
		if !strings.Contains(drawn, cell) {
			t.Errorf("the drawn table lacks %q, which Lines says", cell)
		}
	}
}

// TestTooNarrowForATableSaysTheRows: where not even month and year fit
// side by side, the figures are said a row a line, wrapped, never a table
// cut at its edge.
func TestTooNarrowForATableSaysTheRows(t *testing.T) {
	a := calc.MustParseAvailability("99.95")
	rows := []calc.Row{calc.NewRow("99.95", a, nil)}
	st := theme.New(true)
	for _, width := range []int{36, 24} {
		got := ansi.Strip(Render(rows, &st, Options{Emphasis: -1, MaxWidth: width}))
		for _, line := range strings.Split(got, "\n") {
			if lipgloss.Width(line) > width {
				t.Errorf("MaxWidth %d: line %d wide: %q", width, lipgloss.Width(line), line)
			}
		}
		flat := strings.Join(strings.Fields(got), " ")
		for _, want := range []string{"99.95, 3.30 nines", "month: 21m 36s", "year: 4h 22m 48s", "Calendar"} {
			if !strings.Contains(flat, want) {
				t.Errorf("MaxWidth %d lost %q:\n%s", width, want, got)
			}
		}
		if strings.ContainsAny(got, "╭│╰") {
			t.Errorf("MaxWidth %d still draws a table:\n%s", width, got)
		}
	}
}
