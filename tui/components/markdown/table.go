package markdown

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	east "github.com/yuin/goldmark/extension/ast"
)

// extTable is a GitHub-style table.
type extTable = east.Table

// table draws a table in a rounded box: columns at their natural width
// when the table fits, else narrowed (widest first, never below a column's
// longest word) with cells word-wrapped inside them. When even the longest
// words do not fit side by side, each row becomes a few "header: value"
// lines, which read better than words cut into pieces.
func (d *drawer) table(n *extTable, width int) []string {
	var rows [][][]span
	cols := 0
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		var cells [][]span
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, d.inline(c))
		}
		rows = append(rows, cells)
		cols = max(cols, len(cells))
	}
	if cols == 0 {
		return nil
	}
	for i := range rows {
		for len(rows[i]) < cols {
			rows[i] = append(rows[i], nil)
		}
	}
	widths, ok := columnWidths(rows, width-(3*cols+1))
	if !ok || d.r.rowsAsLines {
		return d.tableAsList(rows, width)
	}
	border := func(l, m, r string) string {
		var b strings.Builder
		b.WriteString(l)
		for c, w := range widths {
			if c > 0 {
				b.WriteString(m)
			}
			b.WriteString(strings.Repeat("─", w+2))
		}
		b.WriteString(r)
		return d.r.paint(baseTableBorder, 0, b.String())
	}
	bar := d.r.paint(baseTableBorder, 0, "│")
	out := []string{border("╭", "┬", "╮")}
	for i, row := range rows {
		b := baseNone
		if i == 0 {
			b = baseTableHeader
		}
		cells := make([][][]piece, cols)
		height := 1
		for c, cell := range row {
			cells[c] = wrapSpans(cell, widths[c])
			height = max(height, len(cells[c]))
		}
		for h := 0; h < height; h++ {
			var sb strings.Builder
			sb.WriteString(bar)
			for c := range cols {
				var l []piece
				if h < len(cells[c]) {
					l = cells[c][h]
				}
				sb.WriteString(" ")
				sb.WriteString(d.aligned(b, l, widths[c], alignment(n, c)))
				sb.WriteString(" ")
				sb.WriteString(bar)
			}
			out = append(out, sb.String())
		}
		if i == 0 && len(rows) > 1 {
			out = append(out, border("├", "┼", "┤"))
		}
	}
	return append(out, border("╰", "┴", "╯"))
}

// alignment is the alignment of column c.
func alignment(n *extTable, c int) east.Alignment {
	if c < len(n.Alignments) {
		return n.Alignments[c]
	}
	return east.AlignNone
}

// aligned renders a cell's line padded to width as the column is aligned.
func (d *drawer) aligned(b base, l []piece, width int, a east.Alignment) string {
	w := 0
	for _, p := range l {
		w += ansi.StringWidth(p.text)
	}
	gap := max(0, width-w)
	left := 0
	switch a {
	case east.AlignRight:
		left = gap
	case east.AlignCenter:
		left = gap / 2
	}
	return strings.Repeat(" ", left) + d.r.line(b, l) + strings.Repeat(" ", gap-left)
}

// columnWidths chooses the columns' widths for room columns of text in
// all: each column's natural width if they fit; else the widest columns
// narrowed to a common cap, none below its longest word. ok is false
// when the longest words do not fit.
func columnWidths(rows [][][]span, room int) ([]int, bool) {
	cols := len(rows[0])
	natural := make([]int, cols)
	longest := make([]int, cols)
	for _, row := range rows {
		for c, cell := range row {
			n, l := cellWidths(cell)
			natural[c] = max(natural[c], n, 1)
			longest[c] = max(longest[c], l, 1)
		}
	}
	if sum(longest) > room {
		return nil, false
	}
	floor := longest
	capped := func(limit int) []int {
		w := make([]int, cols)
		for c := range w {
			w[c] = max(floor[c], min(natural[c], limit))
		}
		return w
	}
	if sum(natural) <= room {
		return natural, true
	}
	// The largest cap that fits, by bisection.
	lo, hi := 1, 0
	for _, n := range natural {
		hi = max(hi, n)
	}
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if sum(capped(mid)) <= room {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	w := capped(lo)
	// Give what is left over to the columns still below their width.
	left := room - sum(w)
	for c := range w {
		if left > 0 && w[c] < natural[c] {
			w[c]++
			left--
		}
	}
	return w, sum(w) <= room
}

// cellWidths are a cell's width on one line and the width of its longest word.
func cellWidths(cell []span) (natural, longest int) {
	for _, l := range wrapSpans(cell, 1<<30) {
		w := 0
		for _, p := range l {
			w += ansi.StringWidth(p.text)
		}
		natural = max(natural, w)
	}
	var cur int
	for _, s := range cell {
		for _, f := range strings.SplitAfter(s.text, " ") {
			if strings.HasSuffix(f, " ") {
				cur += ansi.StringWidth(strings.TrimRight(f, " "))
				longest = max(longest, cur)
				cur = 0
				continue
			}
			cur += ansi.StringWidth(f)
		}
	}
	return natural, max(longest, cur)
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// tableAsList draws each row as "header: value" lines, wrapped, the rows
// apart by a blank line, for screens too narrow for a grid.
func (d *drawer) tableAsList(rows [][][]span, width int) []string {
	head := rows[0]
	var out []string
	if len(rows) == 1 {
		// A table of headers only: the headers, one a line.
		for _, cell := range head {
			for _, l := range wrapSpans(cell, width) {
				out = append(out, d.r.line(baseTableHeader, l))
			}
		}
		return out
	}
	for i, row := range rows[1:] {
		if i > 0 {
			out = append(out, "")
		}
		for j, cell := range row {
			var spans []span
			if !blank(head[j]) {
				for _, s := range head[j] {
					spans = append(spans, span{text: s.text, sty: s.sty | styleStrong, brk: s.brk})
				}
				spans = append(spans, span{text: ": ", sty: styleStrong})
			}
			spans = append(spans, cell...)
			for _, l := range wrapSpans(spans, width) {
				out = append(out, d.r.line(baseNone, l))
			}
		}
	}
	return out
}

// blank reports whether spans hold no visible text.
func blank(spans []span) bool {
	for _, s := range spans {
		if strings.TrimSpace(s.text) != "" {
			return false
		}
	}
	return true
}
