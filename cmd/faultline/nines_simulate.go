package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"faultline/calc"
	"faultline/internal/termtext"
)

// simulateOptions are the flags of `faultline nines --simulate`.
type simulateOptions struct {
	years       string
	repair      string
	repairDist  string
	commonCause string
	crews       int
	seed        uint64
	shared      string
}

// simulateOnlyFlags are the flags that mean something only with --simulate.
var simulateOnlyFlags = []string{"repair", "repair-dist", "common-cause", "crews", "seed", "shared-dependency"}

func (s *simulateOptions) register(f *pflag.FlagSet, seedVar func(p *uint64)) {
	f.StringVar(&s.years, "simulate", "", "simulate the composed system for this many years and compare with the formula")
	f.StringVar(&s.repair, "repair", "", "with --simulate: every component's mean time to repair (default 1h)")
	f.StringVar(&s.repairDist, "repair-dist", "exponential", "with --simulate: repair times exponential, fixed or lognormal")
	f.StringVar(&s.commonCause, "common-cause", "0", "with --simulate: share of a replica's failures that take its whole group down, e.g. 0.1 or 10%")
	f.IntVar(&s.crews, "crews", 0, "with --simulate: repairs that can run at once (default 0: unlimited)")
	f.StringVar(&s.shared, "shared-dependency", "", "with --simulate: A[,MTTR], a component every replica depends on (a rack switch, a power feed), e.g. 99.99,4h")
	seedVar(&s.seed)
}

// simulation reads the --simulate flags into calc's options.
func (s simulateOptions) simulation(given func(string) bool) (calc.SimOptions, error) {
	var o calc.SimOptions
	years, err := strconv.ParseFloat(strings.TrimSpace(s.years), 64)
	if err != nil || !(years > 0) || years > calc.MaxSimYears {
		return o, badInput("invalid --simulate %s: it is not a number of years (accepted: a number above 0 and at most %s, e.g. 10000)", termtext.Quote(s.years), calc.GroupThousands(calc.MaxSimYears))
	}
	o.Years, o.Seed, o.Crews = years, s.seed, s.crews
	if given("repair") {
		d, err := calc.ParseDuration(s.repair)
		if err != nil {
			return o, forFlag("repair", err)
		}
		if d <= 0 {
			return o, badInput("invalid --repair %s: a repair takes some time (accepted: a positive duration such as 1h or 30m)", termtext.Quote(s.repair))
		}
		o.MTTR = d
	}
	if o.Repair, err = calc.ParseRepairDist(s.repairDist); err != nil {
		return o, forFlag("repair-dist", err)
	}
	if o.CommonCause, err = parseShare(s.commonCause); err != nil {
		return o, err
	}
	if s.crews < 0 {
		return o, badInput("invalid --crews %s: it is negative (accepted: 0 for unlimited, or a number of repair crews)", termtext.Quote(strconv.Itoa(s.crews)))
	}
	if given("shared-dependency") {
		d, err := calc.ParseSharedDependency(s.shared)
		if err != nil {
			return o, forFlag("shared-dependency", err)
		}
		o.Shared = &d
	}
	return o, nil
}

// parseShare reads --common-cause as a fraction (0.1) or a percentage (10%).
func parseShare(text string) (float64, error) {
	f, err := calc.ParseShare(text)
	if err != nil {
		return 0, badInput("invalid --common-cause %s", err)
	}
	return f, nil
}

// simulated runs the simulation of system and prints it beside the formula.
func (o ninesOptions) simulated(e env, system calc.Block) error {
	so, err := o.sim.simulation(o.given)
	if err != nil {
		return err
	}
	r, err := calc.Simulate(system, so)
	if err != nil {
		return err
	}
	if o.output == "json" {
		out, err := json.MarshalIndent(simulationJSON(system, so, r), "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(e.stdout, string(out))
		return err
	}
	_, err = fmt.Fprint(e.stdout, simulationTable(system, so, r))
	return err
}

// simJSON is the JSON of `nines --simulate`.
type simJSON struct {
	Expression string `json:"expression"`
	Analytical struct {
		Availability float64  `json:"availability"`
		Nines        *float64 `json:"nines"`
	} `json:"analytical"`
	Simulated struct {
		Availability           float64  `json:"availability"`
		CILow                  float64  `json:"ci_low"`
		CIHigh                 float64  `json:"ci_high"`
		Years                  float64  `json:"years"`
		Outages                int      `json:"outages"`
		MeanOutageSeconds      float64  `json:"mean_outage_seconds"`
		P99OutageSeconds       float64  `json:"p99_outage_seconds"`
		DowntimeSecondsPerYear float64  `json:"downtime_seconds_per_year"`
		Events                 int64    `json:"events"`
		UnavailabilityRatio    *float64 `json:"unavailability_ratio"`
		Method                 string   `json:"ci_method"`
	} `json:"simulated"`
	Seed        uint64  `json:"seed"`
	CommonCause float64 `json:"common_cause"`
	// Shared is the shared dependency, null when there is none.
	Shared      *sharedJSON `json:"shared_dependency"`
	Crews       int         `json:"crews"`
	MTTRSeconds float64     `json:"mttr_seconds"`
	Repair      string      `json:"repair_distribution"`
}

// sharedJSON is a shared dependency in the JSON of `nines --simulate`.
type sharedJSON struct {
	Availability float64 `json:"availability"`
	MTTRSeconds  float64 `json:"mttr_seconds"`
}

func simulationJSON(system calc.Block, o calc.SimOptions, r calc.SimResult) simJSON {
	var j simJSON
	j.Expression = system.String()
	j.Analytical.Availability = r.Analytical.Fraction()
	if n, ok := r.Analytical.Nines(); ok {
		j.Analytical.Nines = &n
	}
	s := &j.Simulated
	s.Availability, s.CILow, s.CIHigh, s.Years = r.Availability, r.CILow, r.CIHigh, r.Years
	s.Outages, s.Events, s.Method = r.Outages, r.Events, calc.SimMethod
	s.MeanOutageSeconds = r.MeanOutage.Seconds()
	s.P99OutageSeconds = r.P99Outage.Seconds()
	s.DowntimeSecondsPerYear = r.DowntimePerYear.Seconds()
	if ratio := r.UnavailabilityRatio(); !math.IsInf(ratio, 0) {
		s.UnavailabilityRatio = &ratio
	}
	j.Seed, j.CommonCause, j.Crews = o.Seed, o.CommonCause, o.Crews
	j.MTTRSeconds, j.Repair = mttrOf(o).Seconds(), o.Repair.String()
	if o.Shared != nil {
		j.Shared = &sharedJSON{Availability: o.Shared.A.Fraction(), MTTRSeconds: sharedMTTR(o).Seconds()}
	}
	return j
}

func mttrOf(o calc.SimOptions) time.Duration {
	if o.MTTR == 0 {
		return calc.DefaultMTTR
	}
	return o.MTTR
}

// sharedMTTR is the shared dependency's mean time to repair: its own, or
// the run's.
func sharedMTTR(o calc.SimOptions) time.Duration {
	if o.Shared.MTTR > 0 {
		return o.Shared.MTTR
	}
	return mttrOf(o)
}

// simulationTable prints the formula and the measurement side by side.
func simulationTable(system calc.Block, o calc.SimOptions, r calc.SimResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "System: %s\n", cutExpression(system.String()))
	crews := "unlimited repair crews"
	if o.Crews > 0 {
		crews = fmt.Sprintf("%d repair crew%s", o.Crews, plural(o.Crews))
	}
	cause := "independent failures"
	if o.CommonCause > 0 {
		cause = "common cause " + calc.ShareText(o.CommonCause)
	}
	mttr := mttrOf(o)
	fmt.Fprintf(&b, "Simulated %s years (seed %d): %s, %s, %s repairs with MTTR %s.\n",
		calc.GroupThousands(o.Years), o.Seed, cause, crews, o.Repair, calc.FormatDuration(mttr))
	if o.Shared != nil {
		fmt.Fprintf(&b, "Shared dependency: %s (MTTR %s) under every replica; it takes the system down with it, so the formula has it in series.\n",
			o.Shared.A, calc.FormatDuration(sharedMTTR(o)))
	}
	b.WriteString("\n")
	analyticalDown := calc.FormatDuration(time.Duration(math.Round(r.Analytical.DowntimeSeconds(calc.Year.Length) * float64(time.Second))))
	rows := [][3]string{
		{"", "analytical", "simulated"},
		{"availability", r.Analytical.String(), percent(r.Availability)},
		{"95% interval", "", percent(r.CILow) + " to " + percent(r.CIHigh)},
		{"nines", calc.NinesText(r.Analytical), ninesOf(r.Availability)},
		{"downtime per year", analyticalDown, calc.FormatDuration(r.DowntimePerYear)},
		{"outages", "", fmt.Sprintf("%s (%s a year)", calc.GroupThousands(float64(r.Outages)), strconv.FormatFloat(float64(r.Outages)/r.Years, 'f', 2, 64))},
		{"mean outage", "", calc.FormatDuration(r.MeanOutage)},
		{"p99 outage", "", calc.FormatDuration(r.P99Outage)},
		{"down time ratio", "1", ratioText(r.UnavailabilityRatio())},
	}
	for _, row := range rows {
		fmt.Fprintf(&b, "%-19s %-14s %s\n", row[0], row[1], row[2])
	}
	fmt.Fprintf(&b, "\nInterval: %s.\n", calc.SimMethod)
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// percent prints a measured availability to 1e-7, the resolution that
// separates six nines from seven.
func percent(f float64) string { return strconv.FormatFloat(100*f, 'f', 5, 64) + "%" }

func ninesOf(f float64) string {
	if f >= 1 {
		return "∞"
	}
	return strconv.FormatFloat(-math.Log10(1-f), 'f', 2, 64)
}

func ratioText(r float64) string {
	if math.IsInf(r, 1) {
		return "∞ (down, where the formula says never)"
	}
	return strconv.FormatFloat(r, 'f', 2, 64)
}

// simulateFlagGiven returns the first flag given that needs --simulate.
func (o ninesOptions) simulateFlagGiven() string {
	for _, name := range simulateOnlyFlags {
		if o.given(name) {
			return name
		}
	}
	return ""
}

// runSimulation is `nines --simulate`: the system of --expr, --serial or
// --parallel, simulated and printed beside its formula.
func (o ninesOptions) runSimulation(e env, args []string) error {
	if o.output != "table" && o.output != "json" {
		return badInput("invalid output %s (accepted: table, json)", termtext.Quote(o.output))
	}
	if name := o.simulateFlagGiven(); !o.given("simulate") {
		return badInput("--%s goes with --simulate YEARS, e.g. --simulate 10000 --%s …", name, name)
	}
	mode, err := o.mode(args)
	if err != nil {
		return err
	}
	if mode != "--expr" && mode != "--serial" && mode != "--parallel" {
		return badInput("--simulate needs a system: --expr 'EXPR', --serial A B … or --parallel A B …")
	}
	if o.given("window") {
		return badInput("--window cannot be combined with --simulate")
	}
	system, err := o.system(mode, args)
	if err != nil {
		return err
	}
	return o.simulated(e, system)
}
