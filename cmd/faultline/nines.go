package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"faultline/calc"
	"faultline/internal/termtext"
	"faultline/tui/components/ninestable"
	"faultline/tui/theme"
)

// ninesOptions are the flags of `faultline nines`.
type ninesOptions struct {
	downtime, per string
	mtbf, mttr    string
	serial        bool
	parallel      bool
	expr          string
	window        string
	output        string
	sim           simulateOptions
	// given reports whether a flag was on the command line, even with an
	// empty value: `--window ''` is bad input, not an absent window.
	given func(name string) bool
}

func newNinesCmd(e env) *cobra.Command {
	var o ninesOptions
	cmd := &cobra.Command{
		Use:   "nines [AVAILABILITY...]",
		Short: "Downtime per day, week, month, quarter and year for an availability",
		Long: `nines answers "how much downtime does this availability allow?" and the
questions around it: the availability a downtime budget allows, the
steady-state availability from MTBF and MTTR, and the availability of
systems composed in series, in parallel or k-of-n.

--mtbf is the mean up time between failures, repair not included: what
the literature calls MTTF, and many tools MTBF. The availability is then
MTBF / (MTBF + MTTR). Where MTBF means the whole cycle (MTTF + MTTR), pass
MTBF − MTTR.

An availability is a percentage (99.95, 99.95%) or a number of nines
(4n, "4 nines"). Durations take units: 1d, 52m34s, 4.32m, "8h 45m".
Calendar: ` + calc.CalendarConvention + `.`,
		Example: `  faultline nines                              the classic table, one to seven nines
  faultline nines 99.95 4n                     one row per availability
  faultline nines 99.9 --window 28d            add a custom window
  faultline nines --downtime 5m --per month    the availability a budget allows
  faultline nines --mtbf 30d --mttr 4h         steady-state availability
  faultline nines --serial 99.9 99.9 99.9      every component needed
  faultline nines --parallel 99 99             any one component suffices
  faultline nines --expr 'lb:99.99 * (web:99.9 | web:99.9) * db:99.95'
  faultline nines 99.99 -o json
  faultline nines --expr '99.9 | 99.9' --simulate 10000 --common-cause 0.1`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.given = cmd.Flags().Changed
			if o.given("simulate") || o.simulateFlagGiven() != "" {
				return o.runSimulation(e, args)
			}
			rows, title, emphasis, err := o.rows(args)
			if err != nil {
				return err
			}
			return o.print(e, rows, title, emphasis)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.downtime, "downtime", "", "a downtime budget, e.g. 5m (use with --per)")
	f.StringVar(&o.per, "per", "", "the budget's period: day, week, month, quarter, year or a duration")
	f.StringVar(&o.mtbf, "mtbf", "", "mean up time between failures (MTTF, repair not included), e.g. 30d (use with --mttr)")
	f.StringVar(&o.mttr, "mttr", "", "mean time to repair, e.g. 4h (use with --mtbf)")
	f.BoolVar(&o.serial, "serial", false, "compose the arguments in series: every one is needed")
	f.BoolVar(&o.parallel, "parallel", false, "compose the arguments in parallel: any one suffices")
	f.StringVar(&o.expr, "expr", "", "a composed system, e.g. '99.99 * (99.9 | 99.9)' or '2of3(99)'")
	f.StringVar(&o.window, "window", "", "add a custom window beside the standard periods, e.g. 28d")
	f.StringVarP(&o.output, "output", "o", "table", "output format: table or json")
	o.sim.register(f, func(p *uint64) {
		addSeedFlag(cmd, p, "seed", 1, "with --simulate: the seed of the run; the same seed gives the same figures")
	})
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("per", cobra.FixedCompletions([]string{"day", "week", "month", "quarter", "year"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// mode returns the one mode the flags ask for, or a usage error when they
// ask for several or leave one half-specified.
func (o ninesOptions) mode(args []string) (string, error) {
	var modes []string
	if o.given("downtime") || o.given("per") {
		if !o.given("downtime") || !o.given("per") {
			return "", badInput("--downtime and --per go together: give both, e.g. --downtime 5m --per month")
		}
		modes = append(modes, "--downtime")
	}
	if o.given("mtbf") || o.given("mttr") {
		if !o.given("mtbf") || !o.given("mttr") {
			return "", badInput("--mtbf and --mttr go together: give both, e.g. --mtbf 30d --mttr 4h")
		}
		modes = append(modes, "--mtbf")
	}
	if o.serial {
		modes = append(modes, "--serial")
	}
	if o.parallel {
		modes = append(modes, "--parallel")
	}
	if o.given("expr") {
		modes = append(modes, "--expr")
	}
	if len(modes) > 1 {
		return "", badInput("%s cannot be combined; choose one mode", strings.Join(modes, " and "))
	}
	if len(modes) == 0 {
		return "availability", nil
	}
	m := modes[0]
	if m != "--serial" && m != "--parallel" && len(args) > 0 {
		return "", badInput("%s takes no availability arguments, got %s", m, termtext.Quote(strings.Join(args, " ")))
	}
	return m, nil
}

// rows computes the table's rows and a title saying what they show;
// emphasis is the index of a composite total to emphasise, or −1.
func (o ninesOptions) rows(args []string) (rows []calc.Row, title string, emphasis int, err error) {
	if o.output != "table" && o.output != "json" {
		return nil, "", -1, badInput("invalid output %s (accepted: table, json)", termtext.Quote(o.output))
	}
	mode, err := o.mode(args)
	if err != nil {
		return nil, "", -1, err
	}
	var window *calc.Period
	if o.given("window") {
		w, err := calc.ParseWindow(o.window)
		if err != nil {
			return nil, "", -1, forFlag("window", err)
		}
		window = &w
	}
	switch mode {
	case "availability":
		rows, err = availabilityRows(args, window)
		return rows, "", -1, err
	case "--downtime":
		rows, title, err = o.budgetRow(window)
		return rows, title, -1, err
	case "--mtbf":
		rows, title, err = o.mtbfRow(window)
		return rows, title, -1, err
	}
	return o.compositionRows(mode, args, window)
}

// availabilityRows is one row per availability argument; the classic seven
// when there is none.
func availabilityRows(args []string, window *calc.Period) ([]calc.Row, error) {
	avails, err := calc.ParseAvailabilities(args)
	if err != nil {
		return nil, err
	}
	return calc.AvailabilityRows(avails, window), nil
}

// budgetRow is the availability that --downtime per --per allows.
func (o ninesOptions) budgetRow(window *calc.Period) ([]calc.Row, string, error) {
	d, err := calc.ParseDuration(o.downtime)
	if err != nil {
		return nil, "", forFlag("downtime", err)
	}
	p, err := calc.ParsePeriod(o.per)
	if err != nil {
		return nil, "", forFlag("per", err)
	}
	return calc.BudgetRows(d, p, window)
}

// mtbfRow is the steady-state availability of --mtbf and --mttr.
func (o ninesOptions) mtbfRow(window *calc.Period) ([]calc.Row, string, error) {
	mtbf, err := calc.ParseDuration(o.mtbf)
	if err != nil {
		return nil, "", forFlag("mtbf", err)
	}
	mttr, err := calc.ParseDuration(o.mttr)
	if err != nil {
		return nil, "", forFlag("mttr", err)
	}
	return calc.MTBFRows(mtbf, mttr, window)
}

// compositionRows is one row per component of the --expr, --serial or
// --parallel system, then the system's own row, which is emphasised.
func (o ninesOptions) compositionRows(mode string, args []string, window *calc.Period) (rows []calc.Row, title string, emphasis int, err error) {
	system, err := o.system(mode, args)
	if err != nil {
		return nil, "", -1, err
	}
	rows, title = calc.SystemRows(system, window)
	return rows, title, len(rows) - 1, nil
}

// cutExpression cuts an expression for a title (see calc.CutExpression).
func cutExpression(expr string) string { return calc.CutExpression(expr) }

// system parses the composed system of --expr, or the arguments in series
// (--serial) or in parallel (--parallel).
func (o ninesOptions) system(mode string, args []string) (calc.Block, error) {
	if mode == "--expr" {
		return calc.ParseExpr(o.expr)
	}
	if len(args) == 0 {
		return calc.Block{}, badInput("%s needs at least one component, e.g. %s 99.9 99.9", mode, mode)
	}
	parts := make([]calc.Block, len(args))
	for i, s := range args {
		var err error
		if parts[i], err = calc.ParseExpr(s); err != nil {
			return calc.Block{}, err
		}
	}
	system := calc.NewSerial(parts...)
	if mode == "--parallel" {
		system = calc.NewParallel(parts...)
	}
	return system, system.CheckSize()
}

// print writes rows as a table or JSON. In JSON, a composition is one row:
// the composite, with its components listed inside it.
func (o ninesOptions) print(e env, rows []calc.Row, title string, emphasis int) error {
	if o.output == "json" {
		if emphasis >= 0 {
			rows = rows[emphasis:]
		}
		out, err := json.MarshalIndent(rows, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(e.stdout, string(out))
		return err
	}
	if emphasis > calc.MaxListedComponents {
		rows = append(rows[:calc.MaxListedComponents:calc.MaxListedComponents], rows[emphasis:]...)
		emphasis = calc.MaxListedComponents
	}
	st := theme.New(true)
	_, err := fmt.Fprintln(e.colorWriter(), ninestable.Render(rows, &st, ninestable.Options{Emphasis: emphasis, Title: title}))
	return err
}
