package quiz

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"faultline/calc"
	"faultline/lessons"
)

// Units told to the student for each kind of numeric answer; %s is the
// example, two spellings of one value.
const (
	durationUnit = "a duration with a unit, such as %s or %s"
	percentUnit  = "a percentage, such as %s or %s"
)

// unitExamples are the examples a unit may show, per kind, in order of
// preference: unitFor takes the first the grader would not accept, so a
// hint never gives its own question's answer away.
var unitExamples = map[NumericKind][][2]string{
	Duration: {{"21m36s", "21.6m"}, {"1h30m", "90m"}, {"2h15m", "135m"}},
	Percent:  {{"99.95", "99.95%"}, {"98.5", "98.5%"}, {"97.25", "97.25%"}},
}

// unitFor is the unit hint of a computed answer whose tolerance is set:
// the first example that would not be graded right.
func unitFor(n *Numeric) string {
	format := durationUnit
	if n.Kind == Percent {
		format = percentUnit
	}
	q := Question{Type: NumericType, Numeric: n}
	exs := unitExamples[n.Kind]
	for _, ex := range exs {
		if !Grade(q, TextResponse(ex[0])).Correct && !Grade(q, TextResponse(ex[1])).Correct {
			return fmt.Sprintf(format, ex[0], ex[1])
		}
	}
	// Unreachable for the examples above: no tolerance accepts all three.
	return fmt.Sprintf(format, exs[0][0], exs[0][1])
}

// Default tolerances: 1% of a duration answer, 0.01 percentage points of a
// percent answer.
const (
	DefaultDurationTolerance = "1%"
	DefaultPercentTolerance  = "0.01"
)

// computeForms are the key sets a compute mapping may have.
var computeForms = [][]string{{"downtime", "per"}, {"budget", "per"}, {"mtbf", "mttr"}, {"expr"}}

// checkNumeric checks a numeric question's compute and tolerance and computes
// its exact answer with calc.
func checkNumeric(e *entry, ps *lessons.Problems) {
	q, line := &e.q, e.line("compute")
	form := computeForm(e.computeKeys)
	if form == nil {
		ps.Add(q.File, line, "numeric question %s: compute must be exactly one of {downtime, per}, {budget, per}, {mtbf, mttr} or {expr}, not {%s}", q.ID, strings.Join(sortedKeys(e.computeKeys), ", "))
		return
	}
	n, err := compute(e.compute)
	if err != nil {
		ps.Add(q.File, line, "numeric question %s: %v", q.ID, err)
		return
	}
	tol := e.tolerance
	if tol == "" {
		tol = DefaultDurationTolerance
		if n.Kind == Percent {
			tol = DefaultPercentTolerance
		}
	}
	t, msg := parseTolerance(tol, n.Kind)
	if msg != "" {
		ps.Add(q.File, e.line("tolerance"), "numeric question %s: tolerance %q %s", q.ID, tol, msg)
		return
	}
	n.Tolerance = t
	n.Unit = unitFor(n)
	q.Numeric = n
}

// computeForm returns the form whose keys are exactly those given, or nil.
func computeForm(keys map[string]int) []string {
	for _, f := range computeForms {
		if len(f) != len(keys) {
			continue
		}
		all := true
		for _, k := range f {
			_, has := keys[k]
			all = all && has
		}
		if all {
			return f
		}
	}
	return nil
}

// compute evaluates a calculation with calc.
func compute(c Compute) (*Numeric, error) {
	n := &Numeric{Kind: Percent, Compute: c}
	switch {
	case c.Downtime != "":
		a, err := calc.ParseAvailability(c.Downtime)
		if err != nil {
			return nil, err
		}
		p, err := calc.ParsePeriod(c.Per)
		if err != nil {
			return nil, err
		}
		n.Kind, n.Duration = Duration, a.Downtime(p.Length)
	case c.Budget != "":
		d, err := calc.ParseDuration(c.Budget)
		if err != nil {
			return nil, err
		}
		p, err := calc.ParsePeriod(c.Per)
		if err != nil {
			return nil, err
		}
		if n.Availability, err = calc.FromBudget(d, p); err != nil {
			return nil, err
		}
	case c.MTBF != "":
		mtbf, err := calc.ParseDuration(c.MTBF)
		if err != nil {
			return nil, err
		}
		mttr, err := calc.ParseDuration(c.MTTR)
		if err != nil {
			return nil, err
		}
		if n.Availability, err = calc.FromMTBF(mtbf, mttr); err != nil {
			return nil, err
		}
	default:
		b, err := calc.ParseExpr(c.Expr)
		if err != nil {
			return nil, err
		}
		n.Availability = b.Availability()
	}
	return n, nil
}

// parseTolerance reads a tolerance: "2%" is relative to the answer; a
// duration such as "30s" is absolute for duration answers; a bare number
// such as "0.01" is in percentage points for percent answers. It returns a
// message saying what is wrong, or "".
func parseTolerance(s string, kind NumericKind) (Tolerance, string) {
	t := Tolerance{Text: s}
	if num, ok := strings.CutSuffix(s, "%"); ok {
		r, good := new(big.Rat).SetString(strings.TrimSpace(num))
		if !good || r.Sign() < 0 || r.Cmp(big.NewRat(100, 1)) > 0 {
			return t, "must be a percentage from 0% to 100%"
		}
		t.rel = r.Quo(r, big.NewRat(100, 1))
		return t, ""
	}
	if kind == Percent {
		r, good := new(big.Rat).SetString(s)
		if !good || r.Sign() < 0 || r.Cmp(big.NewRat(100, 1)) > 0 {
			return t, "must be percentage points such as 0.01, or a relative tolerance such as 1%"
		}
		t.abs = r
		return t, ""
	}
	d, err := calc.ParseDuration(s)
	if err != nil {
		return t, "must be a duration such as 30s, or a relative tolerance such as 2%"
	}
	t.abs = big.NewRat(int64(d), int64(time.Second))
	return t, ""
}

// within reports whether got is within the tolerance of want. Both are in
// the same unit (seconds, or fractions of one for availabilities); scale
// converts an absolute tolerance to that unit.
func (t Tolerance) within(got, want, scale *big.Rat) bool {
	diff := new(big.Rat).Sub(got, want)
	diff.Abs(diff)
	var limit *big.Rat
	switch {
	case t.rel != nil:
		limit = new(big.Rat).Mul(t.rel, new(big.Rat).Abs(want))
	case t.abs != nil:
		limit = new(big.Rat).Mul(t.abs, scale)
	default:
		limit = new(big.Rat)
	}
	return diff.Cmp(limit) <= 0
}

// sortedKeys lists a key set's keys in order, for messages.
func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// describe says the tolerance in words for feedback: "2%", "30s",
// "0.01 percentage points".
func (t Tolerance) describe(kind NumericKind) string {
	if kind == Percent && t.rel == nil {
		return t.Text + " percentage points"
	}
	return t.Text
}
