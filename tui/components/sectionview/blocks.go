package sectionview

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/lessons"
	"faultline/tui/components/diagram"
	"faultline/tui/components/ninestable"
	"faultline/tui/components/textwrap"
)

// Block draws one live block at most width columns wide: a diagram, the
// nines table, a composed system or steady-state availability from MTBF
// and MTTR. A block that cannot be drawn gives a one-line message saying
// why, never a panic. In plain mode the result holds no escape codes.
func (r *Renderer) Block(b lessons.Block, width int) string {
	if width < 1 {
		return ""
	}
	var out string
	switch b.Kind {
	case lessons.KindDiagram:
		name := ""
		if len(b.Args) > 0 {
			name = b.Args[0]
		}
		out = diagram.Render(name, width, r.st)
	case lessons.KindNines:
		out = r.nines(b.Args, width)
	case lessons.KindCompose:
		out = r.compose(strings.Join(b.Args, " "), width)
	case lessons.KindMTBF:
		out = r.mtbf(b.Args, width)
	case lessons.KindSimulate:
		out = r.simulate(b, width)
	case lessons.KindScenario:
		out = r.scenarioCard(firstArg(b), width)
	case lessons.KindQuiz:
		out = r.quizCard(firstArg(b), width)
	default:
		out = r.problem(fmt.Sprintf("faultline cannot draw a %q block", b.Kind), width)
	}
	if r.plain {
		out = ansi.Strip(out)
	}
	return out
}

// firstArg is a block's first argument, or "".
func firstArg(b lessons.Block) string {
	if len(b.Args) == 0 {
		return ""
	}
	return b.Args[0]
}

// problem is a block that could not be drawn: the reason, wrapped.
func (r *Renderer) problem(msg string, width int) string {
	return r.st.App.Error.Render(textwrap.Wrap(msg, width, ""))
}

// nines draws the table of nines for values, or the classic table when
// there are none: the full table when it fits, fewer periods when not.
func (r *Renderer) nines(values []string, width int) string {
	avails, err := calc.ParseAvailabilities(values)
	if err != nil {
		return r.problem(err.Error(), width)
	}
	rows := make([]calc.Row, len(avails))
	for i, a := range avails {
		rows[i] = calc.NewRow(a.String(), a, nil)
	}
	footer := r.st.Table.Footer.Render(textwrap.Wrap(ninestable.Footer(nil), width, ""))
	full := ninestable.Render(rows, &r.st, ninestable.Options{Emphasis: -1, NoFooter: true})
	if lipgloss.Width(full) <= width {
		return full + "\n" + footer
	}
	compact := r.ninesCompact(rows)
	if lipgloss.Width(compact) <= width {
		return compact + "\n" + footer
	}
	return r.ninesList(rows) + "\n" + footer
}

// ninesCompact is the nines table with the downtime per year, month and
// week only.
func (r *Renderer) ninesCompact(rows []calc.Row) string {
	periods := []calc.Period{calc.Year, calc.Month, calc.Week}
	data := make([][]string, len(rows))
	for i, row := range rows {
		cells := []string{row.Label, row.NinesText()}
		for _, p := range periods {
			cells = append(cells, row.A.DowntimeText(p.Length))
		}
		data[i] = cells
	}
	st := r.st
	return table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.Table.Border).
		BorderColumn(false).
		Headers("availability", "nines", "year", "month", "week").
		Rows(data...).
		StyleFunc(func(row, col int) lipgloss.Style {
			switch {
			case row == table.HeaderRow:
				return st.Table.Header
			case col == 0:
				return st.Table.Label
			}
			return st.Table.Cell.Align(lipgloss.Right)
		}).
		String()
}

// ninesList is the nines table as a list, for very narrow screens.
func (r *Renderer) ninesList(rows []calc.Row) string {
	var b strings.Builder
	for i, row := range rows {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s %s\n", r.st.Table.Emphasis.UnsetPadding().Render(row.Label), r.st.App.Dim.Render(row.NinesText()+" nines"))
		fmt.Fprintf(&b, "  %s a year\n", row.A.DowntimeText(calc.Year.Length))
		fmt.Fprintf(&b, "  %s a month", row.A.DowntimeText(calc.Month.Length))
	}
	return b.String()
}

// cardWidth is the widest a block's card is drawn.
const cardWidth = 76

// card draws lines in a rounded box at most width columns wide (the
// lines wrap inside it), or bare when the width leaves no room for a box.
func (r *Renderer) card(width int, lines ...string) string {
	text := strings.Join(lines, "\n")
	if width < 16 {
		return textwrap.Wrap(text, width, "")
	}
	return textwrap.Render(r.st.Diagram.Box.Width(min(width, cardWidth)), text)
}

// availabilityFacts is "99.94% · 3.22 nines · 5h 16m a year".
func availabilityFacts(a calc.Availability) string {
	return fmt.Sprintf("%s · %s nines · %s down a year", a, calc.NinesText(a), a.DowntimeText(calc.Year.Length))
}

// compose draws a composed system: its expression, its components and
// what the whole achieves.
func (r *Renderer) compose(expr string, width int) string {
	sys, err := calc.ParseExpr(expr)
	if err != nil {
		return r.problem(err.Error(), width)
	}
	parts := sys.Components()
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = p.Name + " " + p.A.String()
	}
	st := r.st
	return r.card(width,
		st.Diagram.Label.Render("system ")+sys.String(),
		st.App.Dim.Render("components: "+strings.Join(names, ", ")),
		st.Diagram.Good.Bold(true).Render("= "+availabilityFacts(sys.Availability())),
		st.Table.Footer.Render("year = 365 d"),
	)
}

// mtbf draws the steady-state availability of MTBF and MTTR, and what
// halving the repair time or doubling the time between failures gives.
func (r *Renderer) mtbf(args []string, width int) string {
	mtbf, mttr, err := calc.ParseMTBFArgs(args)
	if err != nil {
		return r.problem(err.Error(), width)
	}
	cases, err := calc.WhatIfMTBF(mtbf, mttr)
	if err != nil {
		return r.problem(err.Error(), width)
	}
	st := r.st
	lines := []string{
		st.Diagram.Label.Render(fmt.Sprintf("MTBF %s · MTTR %s", calc.FormatDuration(mtbf), calc.FormatDuration(mttr))),
		st.Diagram.Good.Bold(true).Render("A = " + availabilityFacts(cases[0].A)),
	}
	for _, c := range cases[1:] {
		switch c.Label {
		case calc.CaseMTTRHalved:
			lines = append(lines, fmt.Sprintf("halve MTTR to %s: %s", calc.FormatDuration(c.MTTR), c.A))
		case calc.CaseMTBFDoubled:
			lines = append(lines, fmt.Sprintf("double MTBF to %s: %s", calc.FormatDuration(c.MTBF), c.A))
		}
	}
	lines = append(lines, st.Table.Footer.Render("MTBF = mean up time (MTTF) · A = MTBF / (MTBF + MTTR) · year = 365 d"))
	return r.card(width, lines...)
}
