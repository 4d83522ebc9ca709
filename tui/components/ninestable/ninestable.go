// Package ninestable draws rows of availabilities and the downtime they
// allow as a table: the same table on stdout, in the reader and on slides.
package ninestable

import (
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"

	"faultline/calc"
	"faultline/tui/theme"
)

// Options change what the table shows.
type Options struct {
	// Emphasis is the index of a row to draw emphasised (a composite
	// total), or −1 for none.
	Emphasis int
	// NoFooter leaves out the line stating the calendar convention.
	NoFooter bool
	// Title is an optional line above the table saying what it shows.
	Title string
}

// Render draws rows as a table with one column per period, followed by a
// footer stating the calendar convention.
func Render(rows []calc.Row, st theme.Styles, opt Options) string {
	if len(rows) == 0 {
		return ""
	}
	headers := []string{"availability", "nines", "per day", "week", "month", "quarter", "year"}
	window := rows[0].Window
	if window != nil {
		headers = append(headers, window.Name)
	}
	data := make([][]string, len(rows))
	for i, r := range rows {
		cells := []string{r.Label, r.NinesText()}
		for _, p := range r.Periods() {
			cells = append(cells, calc.FormatDuration(r.A.Downtime(p.Length)))
		}
		data[i] = cells
	}
	t := table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.Table.Border).
		BorderColumn(false).
		Headers(headers...).
		Rows(data...).
		StyleFunc(func(row, col int) lipgloss.Style {
			switch {
			case row == table.HeaderRow:
				return st.Table.Header.Align(alignFor(col))
			case row == opt.Emphasis:
				return st.Table.Emphasis.Align(alignFor(col))
			case col == 0:
				return st.Table.Label
			}
			return st.Table.Cell.Align(alignFor(col))
		})
	var b strings.Builder
	if opt.Title != "" {
		b.WriteString(st.App.Title.Render(opt.Title))
		b.WriteString("\n")
	}
	b.WriteString(t.String())
	if !opt.NoFooter {
		b.WriteString("\n")
		b.WriteString(st.Table.Footer.Render(Footer(window)))
	}
	return b.String()
}

func alignFor(col int) lipgloss.Position {
	switch col {
	case 0:
		return lipgloss.Left
	case 1:
		return lipgloss.Center
	}
	return lipgloss.Right
}

// Footer states the calendar convention, and the custom window if any.
func Footer(window *calc.Period) string {
	s := "Calendar: " + calc.CalendarConvention + "."
	if window != nil {
		s += " Window " + window.Name
		if f := calc.FormatDuration(window.Length); f != window.Name {
			s += " = " + f
		}
		s += "."
	}
	return s
}
