package scenarios

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// summaryView is the run's figures in a table, beside the marked run's
// when one is marked: "marked" against "this run".
func (p *Player) summaryView(w int) string {
	st := p.ctx.Styles
	this := &entry{sim: p.sim, label: runLabel(p.spec, p.values), metrics: p.snap.Metrics, done: p.ended}
	cols := []*entry{this}
	titles := []string{runTitle("this run", this)}
	if m := p.cmp.marked; m != nil && m.sim != p.sim {
		cols = []*entry{m, this}
		titles = []string{runTitle("marked", m), titles[0]}
	} else if m != nil && p.cmp.other != nil && p.cmp.other.sim != p.sim {
		cols = []*entry{m, p.cmp.other}
		titles = []string{runTitle("marked", m), runTitle("compared", p.cmp.other)}
	}
	rows := make([][][2]string, len(cols))
	for i, c := range cols {
		rows[i] = figureRows(c.metrics, p.hasPrimary())
	}
	labelW := 16
	for _, r := range rows[0] {
		labelW = max(labelW, ansi.StringWidth(r[0])+2)
	}
	colW := max(8, (w-labelW)/len(cols))
	cell := func(s string) string { return pad(common.Cut(s, colW-1), colW) }

	var b strings.Builder
	b.WriteString(st.Table.Header.UnsetPadding().Render(pad("Summary", labelW)))
	for _, t := range titles {
		b.WriteString(st.Table.Header.UnsetPadding().Render(cell(t)))
	}
	b.WriteString("\n" + st.App.Dim.Render(pad("run", labelW)))
	for _, l := range runCells(cols) {
		b.WriteString(cell(l))
	}
	for r := range rows[0] {
		b.WriteString("\n" + st.App.Dim.Render(pad(rows[0][r][0], labelW)))
		for i := range cols {
			b.WriteString(cell(rows[i][r][1]))
		}
	}
	for _, l := range p.verdictLines(w) {
		b.WriteString("\n" + l)
	}
	if note := p.spec.TimeNote; note != "" {
		b.WriteString("\n" + st.App.Dim.Render(textwrap.Wrap(note, w, "")))
	}
	return b.String()
}

// runCells are the "run" row of the summary. When every column is a run
// of the same scenario (named in the player's title), each shows only the
// parameters set away from their defaults, or "defaults", so the setting
// a student changed is not cut off the end of a narrow column.
func runCells(cols []*entry) []string {
	out := make([]string, len(cols))
	name, _, _ := strings.Cut(cols[0].label, " ")
	same := len(cols) > 1
	for _, c := range cols {
		if n, _, _ := strings.Cut(c.label, " "); n != name {
			same = false
		}
	}
	for i, c := range cols {
		out[i] = c.label
		if same {
			_, changed, _ := strings.Cut(c.label, " ")
			out[i] = changed
			if changed == "" {
				out[i] = "defaults"
			}
		}
	}
	return out
}

// runTitle heads a column: the run's role and how far it went.
func runTitle(role string, e *entry) string {
	if e.done {
		return role
	}
	return fmt.Sprintf("%s (so far, %.0f s)", role, e.metrics.DurationSeconds)
}

// pad fills s with spaces to w columns.
func pad(s string, w int) string {
	if gap := w - ansi.StringWidth(s); gap > 0 {
		return s + strings.Repeat(" ", gap)
	}
	return s
}
