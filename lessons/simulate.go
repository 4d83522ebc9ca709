package lessons

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"faultline/calc"
	"faultline/internal/termtext"
)

// Simulation is what a "faultline simulate" block asks for:
//
//	faultline simulate EXPR [--years N] [--common-cause F] [--shared-dependency A[,MTTR]]
//
// EXPR is a composed system in the calc grammar; N the years simulated
// (default SimulationYears); F the common-cause share as 0.1 or 10%
// (default 0, independent failures); A[,MTTR] a component every replica
// relies on, such as a rack switch, with its repair time if not the
// run's hour (default none).
type Simulation struct {
	// Expr is the system's expression as written.
	Expr string
	// Years is the simulated time, in years of 365 days.
	Years float64
	// CommonCause is the share of a member's failures that take its whole
	// group down, from 0 to below 1.
	CommonCause float64
	// Shared is the dependency every replica relies on, in series with
	// the system in the formula and in every run; nil for none.
	Shared *calc.SharedDependency
}

// Defaults and limits of a simulate block. The limit on years keeps a
// block quick to draw in the reader and the handout.
const (
	SimulationYears    = 10_000
	MaxSimulationYears = 100_000
	// SimulationSeed fixes a block's randomness, so the reader, the
	// handout and "faultline lesson" show the same figures.
	SimulationSeed = 1
	// SimulationTracePoints is how many points of the running estimate a
	// run keeps, enough for a chart of any terminal's width.
	SimulationTracePoints = 1_000
)

// Options are the simulation options of s with the fixed seed, and the
// common cause replaced by beta.
func (s Simulation) Options(beta float64) calc.SimOptions {
	return calc.SimOptions{Years: s.Years, Seed: SimulationSeed, CommonCause: beta, Shared: s.Shared, TracePoints: SimulationTracePoints}
}

// Simulation reads a simulate block's arguments; ok is false for any other
// block.
func (b Block) Simulation() (s Simulation, ok bool) {
	if b.Kind != KindSimulate || len(b.Args) < 3 || len(b.Args) > 4 {
		return Simulation{}, false
	}
	years, err1 := strconv.ParseFloat(b.Args[1], 64)
	share, err2 := strconv.ParseFloat(b.Args[2], 64)
	if err1 != nil || err2 != nil {
		return Simulation{}, false
	}
	s = Simulation{Expr: b.Args[0], Years: years, CommonCause: share}
	if len(b.Args) == 4 && b.Args[3] != "" {
		d, err := calc.ParseSharedDependency(b.Args[3])
		if err != nil {
			return Simulation{}, false
		}
		s.Shared = &d
	}
	return s, true
}

// args are s as a Block's Args: expression, years, share and, when it
// has one, the shared dependency as ParseSharedDependency reads it.
func (s Simulation) args() []string {
	args := []string{s.Expr, strconv.FormatFloat(s.Years, 'f', -1, 64), strconv.FormatFloat(s.CommonCause, 'f', -1, 64)}
	if s.Shared != nil {
		args = append(args, s.Shared.String())
	}
	return args
}

// SimulationUsage is the form of a simulate block, for messages.
const SimulationUsage = "faultline simulate EXPR [--years N] [--common-cause F] [--shared-dependency A[,MTTR]]"

const simulateUsage = SimulationUsage + ", e.g. faultline simulate 99.9 | 99.9 --common-cause 10%"

// parseSimulation reads the words after "faultline simulate": the
// expression up to the first flag, then the flags.
func parseSimulation(rest string) (Simulation, error) {
	s := Simulation{Years: SimulationYears}
	words := strings.Fields(rest)
	i := 0
	for i < len(words) && !strings.HasPrefix(words[i], "--") {
		i++
	}
	s.Expr = strings.Join(words[:i], " ")
	if s.Expr == "" {
		return s, fmt.Errorf("faultline simulate needs an expression; want %s", simulateUsage)
	}
	if _, err := calc.ParseExpr(s.Expr); err != nil {
		return s, fmt.Errorf("faultline simulate: %w", err)
	}
	seen := map[string]bool{}
	for ; i < len(words); i += 2 {
		flag, value, hasValue := strings.Cut(words[i], "=")
		if !hasValue {
			if i+1 >= len(words) {
				return s, fmt.Errorf("faultline simulate: %s needs a value; want %s", termtext.Quote(flag), simulateUsage)
			}
			value = words[i+1]
		} else {
			i-- // the value was in the same word
		}
		if seen[flag] {
			return s, fmt.Errorf("faultline simulate: %s is given twice", termtext.Quote(flag))
		}
		seen[flag] = true
		switch flag {
		case "--years":
			y, err := strconv.ParseFloat(value, 64)
			if err != nil || !(y >= 1 && y <= MaxSimulationYears) {
				return s, fmt.Errorf("faultline simulate: --years %s is not a number of years (accepted: 1 to %d)", termtext.Quote(value), MaxSimulationYears)
			}
			s.Years = y
		case "--common-cause":
			f, err := calc.ParseShare(value)
			if err != nil {
				return s, fmt.Errorf("faultline simulate: --common-cause %w", err)
			}
			s.CommonCause = f
		case "--shared-dependency":
			d, err := calc.ParseSharedDependency(value)
			if err != nil {
				return s, fmt.Errorf("faultline simulate: %w", err)
			}
			s.Shared = &d
		default:
			return s, fmt.Errorf("faultline simulate: unknown option %s; want %s", termtext.Quote(flag), simulateUsage)
		}
	}
	return s, nil
}

// SimulationRun is what a simulate block shows: the formula's figure, the
// simulation with independent failures and, when the block asks for a
// common cause, the simulation with it.
type SimulationRun struct {
	// System is the parsed expression.
	System calc.Block
	// Independent is the simulation with independent failures; its
	// Analytical field is the formula's figure.
	Independent calc.SimResult
	// Common is the simulation with the block's common cause; nil when
	// the block asks for none.
	Common *calc.SimResult
}

// Run simulates s with the fixed seed, once independent and once with its
// common cause when it has one.
func (s Simulation) Run() (SimulationRun, error) {
	sys, err := calc.ParseExpr(s.Expr)
	if err != nil {
		return SimulationRun{}, err
	}
	run := SimulationRun{System: sys}
	if run.Independent, err = calc.Simulate(sys, s.Options(0)); err != nil {
		return SimulationRun{}, err
	}
	if s.CommonCause > 0 {
		r, err := calc.Simulate(sys, s.Options(s.CommonCause))
		if err != nil {
			return SimulationRun{}, err
		}
		run.Common = &r
	}
	return run, nil
}

// SimulationRow is one line of a simulate block's table, as text.
type SimulationRow struct {
	// Label says which figure: the formula or a simulation.
	Label string
	// Availability, Nines and Downtime are the figures: "99.99990%",
	// "6.00", "32s" down a year.
	Availability, Nines, Downtime string
}

// Rows are the run's figures as the reader and the handout print them:
// the formula, then each simulation.
func (r SimulationRun) Rows(s Simulation) []SimulationRow {
	a := r.Independent.Analytical
	formula, with := "formula (independent)", ""
	if s.Shared != nil {
		formula = "formula (independent, shared " + s.Shared.A.String() + " in series)"
		with = ", shared " + s.Shared.A.String()
	}
	rows := []SimulationRow{{Label: formula, Availability: a.String(), Nines: calc.NinesText(a), Downtime: a.DowntimeText(calc.Year.Length)}}
	add := func(label string, res calc.SimResult) {
		rows = append(rows, SimulationRow{Label: label + with, Availability: fmt.Sprintf("%.5f%%", 100*res.Availability),
			Nines: ninesOf(res.Availability), Downtime: calc.FormatDuration(res.DowntimePerYear)})
	}
	add("simulated, independent", r.Independent)
	if r.Common != nil {
		add("simulated, "+calc.ShareText(s.CommonCause)+" common cause", *r.Common)
	}
	return rows
}

// ninesOf is the nines of a measured availability, "∞" when the system
// never went down.
func ninesOf(a float64) string {
	if a >= 1 {
		return "∞"
	}
	return strconv.FormatFloat(-math.Log10(1-a), 'f', 2, 64)
}

// Settling says in words how the running estimate settled, the chart's
// story for a page without it: the nines after a hundredth, a tenth and
// the whole of the run, for each simulation, e.g. "running nines after
// 100, 1,000 and 10,000 years: independent 5.82, 6.05, 6.03; 10% common
// cause 4.22, 4.30, 4.29". It is "" when the run kept no trace.
func (r SimulationRun) Settling(s Simulation) string {
	at := []float64{0.01, 0.1, 1}
	series := func(trace []float64) string {
		var out []string
		for _, f := range at {
			i := max(0, min(len(trace)-1, int(math.Ceil(f*float64(len(trace))))-1))
			out = append(out, ninesOf(trace[i]))
		}
		return strings.Join(out, ", ")
	}
	if len(r.Independent.Trace) == 0 {
		return ""
	}
	years := make([]string, len(at))
	for i, f := range at {
		years[i] = calc.GroupThousands(math.Round(s.Years*f*10) / 10)
	}
	text := fmt.Sprintf("running nines after %s, %s and %s years: independent %s", years[0], years[1], years[2], series(r.Independent.Trace))
	if r.Common != nil && len(r.Common.Trace) > 0 {
		text += "; " + calc.ShareText(s.CommonCause) + " common cause " + series(r.Common.Trace)
	}
	return text
}
