package export

import (
	"fmt"
	"strings"

	"faultline/calc"
	"faultline/internal/scenario"
	"faultline/lessons"
)

// block is the static Markdown for a live block. A block that cannot be
// computed gives a quoted note saying why, never a panic.
func (h *handout) block(b lessons.Block) string {
	kind, args := b.Kind, b.Args
	switch kind {
	case lessons.KindNines:
		return ninesBlock(args)
	case lessons.KindCompose:
		return composeBlock(strings.Join(args, " "))
	case lessons.KindMTBF:
		return mtbfBlock(args)
	case lessons.KindSimulate:
		return simulateBlock(b)
	case lessons.KindDiagram:
		if len(args) == 1 {
			if d, ok := diagramDrawers[args[0]]; ok {
				return d()
			}
		}
		return note(fmt.Sprintf("faultline cannot draw the diagram %q", strings.Join(args, " ")))
	case lessons.KindScenario:
		return scenarioBlock(args)
	case lessons.KindQuiz:
		return h.question(args)
	}
	return note(fmt.Sprintf("faultline cannot draw a %q block", kind))
}

// note is a quoted one-line remark in the handout.
func note(msg string) string {
	return "> " + cell(msg)
}

// cell makes text safe inside a Markdown table cell or on one line: no
// line breaks, pipes escaped.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// calendar states the period lengths behind every downtime figure.
const calendar = "*Calendar: " + calc.CalendarConvention + ".*"

// ninesBlock is the table of nines for values, or the classic one to seven
// nines when there are none: each availability with the downtime it
// allows per day, week, month, quarter and year.
func ninesBlock(values []string) string {
	avails, err := calc.ParseAvailabilities(values)
	if err != nil {
		return note(err.Error())
	}
	var b strings.Builder
	b.WriteString("| availability | nines |")
	align := "| ---: | ---: |"
	for _, p := range calc.StandardPeriods() {
		b.WriteString(" down per " + p.Name + " |")
		align += " ---: |"
	}
	b.WriteString("\n" + align + "\n")
	for _, a := range avails {
		fmt.Fprintf(&b, "| %s | %s |", a, calc.NinesText(a))
		for _, p := range calc.StandardPeriods() {
			b.WriteString(" " + a.DowntimeText(p.Length) + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n" + calendar)
	return b.String()
}

// facts is "99.94% · 3.22 nines · 5h 16m down a year".
func facts(a calc.Availability) string {
	return fmt.Sprintf("%s · %s nines · %s down a year", a, calc.NinesText(a), a.DowntimeText(calc.Year.Length))
}

// composeBlock shows a composed system: its expression, its components
// and what the whole achieves.
func composeBlock(expr string) string {
	sys, err := calc.ParseExpr(expr)
	if err != nil {
		return note(err.Error())
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**System:** `%s`\n\n", sys)
	b.WriteString("| component | availability |\n| --- | ---: |\n")
	for _, p := range sys.Components() {
		fmt.Fprintf(&b, "| %s | %s |\n", cell(p.Name), p.A)
	}
	fmt.Fprintf(&b, "\n**Composite availability:** %s\n\n", facts(sys.Availability()))
	b.WriteString("*Serial parts multiply availabilities; parallel parts multiply unavailabilities. A year is 365 days.*")
	return b.String()
}

// mtbfBlock shows the steady-state availability of MTBF and MTTR, and
// what halving the repair time or doubling the time between failures gives.
func mtbfBlock(args []string) string {
	mtbf, mttr, err := calc.ParseMTBFArgs(args)
	if err != nil {
		return note(err.Error())
	}
	cases, err := calc.WhatIfMTBF(mtbf, mttr)
	if err != nil {
		return note(err.Error())
	}
	var b strings.Builder
	b.WriteString("| | MTBF | MTTR | availability | nines | down a year |\n| --- | ---: | ---: | ---: | ---: | ---: |\n")
	for _, c := range cases {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", c.Label, calc.FormatDuration(c.MTBF), calc.FormatDuration(c.MTTR),
			c.A, calc.NinesText(c.A), c.A.DowntimeText(calc.Year.Length))
	}
	b.WriteString("\n*MTBF here is the mean up time between failures (MTTF), so A = MTBF / (MTBF + MTTR). A year is 365 days.*")
	return b.String()
}

// scenarioBlock describes a failover scenario with its default settings
// and how to play it.
func scenarioBlock(args []string) string {
	if len(args) != 1 {
		return note("a scenario block names one scenario")
	}
	s, ok := scenario.Lookup(args[0])
	if !ok {
		return note(fmt.Sprintf("unknown scenario %q; faultline has %s", args[0], strings.Join(scenario.Names(), ", ")))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**Scenario: %s.** %s\n\n", s.Title, s.Summary)
	if len(s.Params) > 0 {
		b.WriteString("| setting | default | what it changes |\n| --- | ---: | --- |\n")
		for _, p := range s.Params {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", p.Key, cell(p.Format(p.Default)), cell(p.Help))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "*To watch it run, type `faultline scenario %s`; change a setting with `--set KEY=VALUE`.*", s.Name)
	return b.String()
}

// simulateBlock compares a system's formula with its simulation for the
// block's fixed seed, independent and with the block's common cause.
func simulateBlock(b lessons.Block) string {
	s, ok := b.Simulation()
	if !ok {
		return note("a simulate block names a system, e.g. faultline simulate 99.9 | 99.9")
	}
	run, err := s.Run()
	if err != nil {
		return note(err.Error())
	}
	var out strings.Builder
	shared := ""
	if s.Shared != nil {
		shared = ", with a shared dependency of " + s.Shared.String() + " (a rack switch, a power feed) in series"
	}
	fmt.Fprintf(&out, "**System:** `%s`%s, simulated for %s years (seed %d).\n\n", run.System, shared, calc.GroupThousands(s.Years), lessons.SimulationSeed)
	out.WriteString("| | availability | nines | down a year |\n| --- | ---: | ---: | ---: |\n")
	for _, r := range run.Rows(s) {
		fmt.Fprintf(&out, "| %s | %s | %s | %s |\n", cell(r.Label), r.Availability, r.Nines, r.Downtime)
	}
	if settling := run.Settling(s); settling != "" {
		out.WriteString("\nHow the estimate settled, " + settling + ".\n")
	}
	out.WriteString("\n*The formula assumes replicas fail independently; a common cause takes a whole group down at once. A year is 365 days.*")
	return out.String()
}
