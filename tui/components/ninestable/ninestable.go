// Package ninestable draws rows of availabilities and the downtime they
// allow as a table: the same table on stdout, in the reader and on slides.
package ninestable

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	lgtable "charm.land/lipgloss/v2/table"

	"faultline/calc"
	"faultline/tui/components/textwrap"
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
	// MaxWidth, when positive, is the widest the table may be: periods
	// are left out to fit, and the title and footer wrap.
	MaxWidth int
}

// Render draws rows as a table with one column per period, followed by a
// footer stating the calendar convention. With MaxWidth set, periods are
// left out (quarter, then week, then day) until the table fits.
func Render(rows []calc.Row, st *theme.Styles, opt Options) string {
	if len(rows) == 0 {
		return ""
	}
	var t string
	for _, drop := range droppable {
		t = table(rows, st, opt, drop)
		if opt.MaxWidth <= 0 || lipgloss.Width(t) <= opt.MaxWidth {
			break
		}
	}
	if opt.MaxWidth > 0 && lipgloss.Width(t) > opt.MaxWidth {
		// Too narrow for even month and year side by side: the same
		// figures, said a row a line as for a screen reader, wrapped.
		return narrow(rows, st, opt)
	}
	var b strings.Builder
	if opt.Title != "" {
		b.WriteString(st.App.Title.Render(wrap(opt.Title, opt.MaxWidth)))
		b.WriteString("\n")
	}
	b.WriteString(t)
	if !opt.NoFooter {
		b.WriteString("\n")
		b.WriteString(st.Table.Footer.Render(wrap(Footer(rows[0].Window), opt.MaxWidth)))
	}
	return b.String()
}

// droppable lists, from none to most, the standard periods a narrow table
// leaves out; month and year always stay.
var droppable = [][]string{nil, {"quarter"}, {"quarter", "week"}, {"quarter", "week", "day"}}

// grid is the table's header and cells without the periods named in drop.
func grid(rows []calc.Row, drop []string) (headers []string, data [][]string) {
	kept := func(name string) bool { return !slices.Contains(drop, name) }
	headers = []string{"availability", "nines"}
	for _, p := range rows[0].Periods() {
		if !kept(p.Name) {
			continue
		}
		switch {
		case p.Name == "window":
			headers = append(headers, rows[0].Window.Name)
		case len(headers) == 2:
			headers = append(headers, "per "+p.Name)
		default:
			headers = append(headers, p.Name)
		}
	}
	data = make([][]string, len(rows))
	for i, r := range rows {
		cells := []string{r.Label, r.NinesText()}
		for _, p := range r.Periods() {
			if kept(p.Name) {
				cells = append(cells, r.A.DowntimeText(p.Length))
			}
		}
		data[i] = cells
	}
	return headers, data
}

// table draws the rows without the periods named in drop.
func table(rows []calc.Row, st *theme.Styles, opt Options, drop []string) string {
	headers, data := grid(rows, drop)
	return lgtable.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.Table.Border).
		BorderColumn(false).
		Headers(headers...).
		Rows(data...).
		StyleFunc(func(row, col int) lipgloss.Style {
			switch {
			case row == lgtable.HeaderRow:
				return st.Table.Header.Align(alignFor(col))
			case row == opt.Emphasis:
				return st.Table.Emphasis.Align(alignFor(col))
			case col == 0:
				return st.Table.Label
			}
			return st.Table.Cell.Align(alignFor(col))
		}).String()
}

// Lines says the table a row a line, for screen readers and the
// accessible course, where a drawn grid reads as noise: the title, then
// each row as "99.9%, 3 nines. Down per day: 1m 26s; week: 10m 5s; …", then
// the footer. Its words and figures are the drawn table's. Options.MaxWidth
// is ignored: nothing is left out.
func Lines(rows []calc.Row, opt Options) []string {
	if len(rows) == 0 {
		return nil
	}
	var out []string
	if opt.Title != "" {
		out = append(out, opt.Title)
	}
	headers, data := grid(rows, nil)
	for _, cells := range data {
		var down []string
		for k := 2; k < len(cells); k++ {
			h := headers[k]
			if k == len(cells)-1 && rows[0].Window != nil {
				h += " window"
			}
			down = append(down, h+": "+cells[k])
		}
		nines := cells[1] + " nines"
		if cells[1] == "1" {
			nines = "1 nine"
		}
		out = append(out, fmt.Sprintf("%s, %s. Down %s.", cells[0], nines, strings.Join(down, "; ")))
	}
	if !opt.NoFooter {
		out = append(out, Footer(rows[0].Window))
	}
	return out
}

// wrap wraps s to width; 0 leaves it as it is.
func wrap(s string, width int) string {
	if width <= 0 {
		return s
	}
	return textwrap.Wrap(s, width, " ")
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

// narrow is Lines wrapped to opt.MaxWidth and styled: the table's figures
// where no table fits.
func narrow(rows []calc.Row, st *theme.Styles, opt Options) string {
	var b strings.Builder
	if opt.Title != "" {
		b.WriteString(st.App.Title.Render(wrap(opt.Title, opt.MaxWidth)) + "\n")
	}
	lines := Lines(rows, Options{NoFooter: true})
	for i, l := range lines {
		style := st.Table.Cell.UnsetPadding()
		if i == opt.Emphasis {
			style = st.Table.Emphasis.UnsetPadding()
		}
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(style.Render(wrap(l, opt.MaxWidth)))
	}
	if !opt.NoFooter {
		b.WriteString("\n" + st.Table.Footer.Render(wrap(Footer(rows[0].Window), opt.MaxWidth)))
	}
	return b.String()
}
