package accessible

import (
	"strings"
	"time"

	"faultline/calc"
	"faultline/tui/components/ninestable"
)

// The calculators as prompts: each reads its values, says its answer with
// the same rows and titles as `faultline nines` (the table a row a line),
// and asks again. Bad input gets one line naming the value and what is
// accepted, then the same question.

// calculators offers the four calculators; it returns false when input
// ends.
func (r *session) calculators() bool {
	calcs := []struct {
		name string
		run  func() bool
	}{
		{"availability to downtime", r.ninesCalculator},
		{"downtime budget to availability", r.budgetCalculator},
		{"MTBF and MTTR to availability", r.mtbfCalculator},
		{"a composed system's availability", r.composeCalculator},
	}
	names := make([]string, len(calcs))
	for i, c := range calcs {
		names[i] = c.name
	}
	for {
		n, ok := r.pick("Calculators", "calculator", names)
		if n < 0 {
			return ok
		}
		r.println("")
		if !calcs[n].run() {
			return false
		}
	}
}

// ninesCalculator reads availabilities and says the downtime they allow.
func (r *session) ninesCalculator() bool {
	r.println("Availability to downtime: how much downtime an availability allows per day, week, month, quarter and year.")
	for {
		line, ok := r.line("Availability, such as 99.95, 99.95% or 4n (several separated by spaces; t for the classic table of one to seven nines), or Enter or q to go back: ")
		switch {
		case !ok:
			return false
		case isBack(line):
			return true
		case strings.EqualFold(line, "t"):
			line = ""
		}
		r.answer(ninesAnswer(availabilityFields(line)))
	}
}

// availabilityFields splits a line into availabilities: the whole line
// when it reads as one ("4 nines", "99.9%"), else its words.
func availabilityFields(line string) []string {
	if line == "" {
		return nil
	}
	if _, err := calc.ParseAvailability(line); err == nil {
		return []string{line}
	}
	return strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
}

// ninesAnswer is the table of values said a row a line; the classic table
// without values.
func ninesAnswer(values []string) ([]string, error) {
	avails, err := calc.ParseAvailabilities(values)
	if err != nil {
		return nil, err
	}
	return ninestable.Lines(calc.AvailabilityRows(avails, nil), ninestable.Options{Emphasis: -1}), nil
}

// budgetCalculator reads a downtime budget and its period and says the
// availability it allows.
func (r *session) budgetCalculator() bool {
	r.println("Downtime budget to availability: the availability that allows a given downtime per period.")
	for {
		d, ok, back := r.duration("Downtime budget, a duration such as 5m, 52m34s or 1h 30m, or Enter or q to go back: ")
		if !ok || back {
			return ok
		}
		var p calc.Period
		for {
			line, ok := r.line("Per period: day, week, month, quarter, year or a duration such as 28d; or Enter or q to go back: ")
			if !ok {
				return false
			}
			if isBack(line) {
				return true
			}
			var err error
			if p, err = calc.ParsePeriod(line); err == nil {
				break
			}
			r.println(err.Error())
		}
		rows, title, err := calc.BudgetRows(d, p, nil)
		r.answer(rowsAnswer(rows, title, -1, err))
	}
}

// mtbfCalculator reads MTBF and MTTR and says the steady-state
// availability.
func (r *session) mtbfCalculator() bool {
	r.println("MTBF and MTTR to availability: the steady-state availability, MTBF / (MTBF + MTTR), where MTBF is the mean up time between failures (MTTF).")
	for {
		mtbf, ok, back := r.duration("MTBF, the mean up time between failures, such as 30d, or Enter or q to go back: ")
		if !ok || back {
			return ok
		}
		mttr, ok, back := r.duration("MTTR, the mean time to repair, such as 4h, or Enter or q to go back: ")
		if !ok || back {
			return ok
		}
		rows, title, err := calc.MTBFRows(mtbf, mttr, nil)
		r.answer(rowsAnswer(rows, title, -1, err))
	}
}

// mtbfAnswer is a lesson's mtbf block said: MTBF and MTTR as written.
func mtbfAnswer(args []string) ([]string, error) {
	mtbf, mttr, err := calc.ParseMTBFArgs(args)
	if err != nil {
		return nil, err
	}
	rows, title, err := calc.MTBFRows(mtbf, mttr, nil)
	return rowsAnswer(rows, title, -1, err)
}

// composeCalculator reads a system's expression and says its availability
// and its components'.
func (r *session) composeCalculator() bool {
	r.println("Composed system: the availability of components in series (every one needed) and in parallel (any one suffices).")
	for {
		line, ok := r.line("System, such as 99.99 * (99.9 | 99.9) or 2of3(99): * in series, | in parallel, names as lb:99.99; or Enter or q to go back: ")
		switch {
		case !ok:
			return false
		case isBack(line):
			return true
		}
		r.answer(composeAnswer(line))
	}
}

// composeAnswer is a system's components and its total, a row a line, as
// `faultline nines --expr` lists them (at most calc.MaxListedComponents).
func composeAnswer(expr string) ([]string, error) {
	system, err := calc.ParseExpr(expr)
	if err != nil {
		return nil, err
	}
	rows, title := calc.SystemRows(system, nil)
	if total := len(rows) - 1; total > calc.MaxListedComponents {
		rows = append(rows[:calc.MaxListedComponents:calc.MaxListedComponents], rows[total])
	}
	return rowsAnswer(rows, title, len(rows)-1, nil)
}

// rowsAnswer is rows said a row a line under title.
func rowsAnswer(rows []calc.Row, title string, emphasis int, err error) ([]string, error) {
	if err != nil {
		return nil, err
	}
	return ninestable.Lines(rows, ninestable.Options{Emphasis: emphasis, Title: title}), nil
}

// duration asks for a duration until one reads; back is set when the
// student goes back, ok is false when input ends.
func (r *session) duration(prompt string) (d time.Duration, ok, back bool) {
	for {
		line, ok := r.line(prompt)
		if !ok {
			return 0, false, false
		}
		if isBack(line) {
			return 0, true, true
		}
		d, err := calc.ParseDuration(line)
		if err == nil {
			return d, true, false
		}
		r.println(err.Error())
	}
}
