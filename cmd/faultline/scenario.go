package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"faultline/internal/content"
	"faultline/internal/scenario"
	"faultline/internal/scenario/report"
	"faultline/internal/termtext"
	"faultline/tui/app"
	"faultline/tui/common"
	"faultline/tui/scenarios"
)

// scenarioOptions are the flags of `faultline scenario`.
type scenarioOptions struct {
	set        []string
	seed       uint64
	headless   bool
	list       bool
	challenges bool
	challenge  string
	output     string
}

func newScenarioCmd(e env) *cobra.Command {
	var o scenarioOptions
	names := scenario.Names() // builds every scenario: once, not once per use
	cmd := &cobra.Command{
		Use:   "scenario NAME",
		Short: "Play a failover scenario, or run it headless and print its figures",
		Long: `scenario opens the scenario player on one of faultline's failover scenarios:
the nodes, links and requests drawn as they run, a timeline of events and the
live figures (downtime, availability and its nines, time to detect and to
recover, writes lost). Keys in the player: space play/pause, . step, +/- speed,
x crash the primary, c cut a link, w slow a node, h heal, e parameters,
m mark for comparison, S summary, g cycle the challenges. It draws at most ` + fmt.Sprint(scenarios.FPS) + ` frames a second.

With --headless the scenario runs to its end without a terminal and its
result is printed; -o json gives one JSON object with the scenario, every
parameter, the seed, the events and the metrics.

Each scenario has challenges: a goal in numbers, checked at the end of a run.
--challenges lists them; --challenge ID plays one (or, with --headless, runs
it and adds the verdict, a "challenge" object in JSON, to the result), so a
parameter set handed in by a student can be graded.

Scenarios: ` + strings.Join(names, ", ") + `.`,
		Example: `  faultline scenario hot-standby
  faultline scenario cold-standby --set boot=10s --set heartbeat_timeout=2s
  faultline scenario retry-storm --set policy=backoff --headless -o json
  faultline scenario --list
  faultline scenario --list -o json
  faultline scenario cold-standby --challenges
  faultline scenario cold-standby --challenge cold-downtime --set boot=10s --headless -o json`,
		Args:              atMostOne("scenario", "scenario name", "one of "+strings.Join(names, ", ")),
		ValidArgsFunction: cobra.FixedCompletions(names, cobra.ShellCompDirectiveNoFileComp),
		RunE: func(_ *cobra.Command, args []string) error {
			return o.run(e, args)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&o.set, "set", nil, "set a parameter, key=value (repeatable); see --list")
	addSeedFlag(cmd, &o.seed, "seed", 1, "seed of the run's randomness (retry jitter); the same seed gives the same run")
	f.BoolVar(&o.headless, "headless", false, "run to the end without a terminal and print the result")
	f.BoolVar(&o.list, "list", false, "list the scenarios and their parameters with defaults")
	f.BoolVar(&o.challenges, "challenges", false, "list the scenario's challenges: id, goal and conditions")
	f.StringVar(&o.challenge, "challenge", "", "play or run (with --headless) one of the scenario's challenges, by id")
	f.StringVarP(&o.output, "output", "o", "table", "output format for --headless, --list and --challenges: table or json")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// errScenarioNeedsTerminal is returned when the player is started without a terminal.
var errScenarioNeedsTerminal = badInput("the scenario player needs a terminal on stdin and stdout; " +
	"for scripts use --headless (e.g. faultline scenario hot-standby --headless -o json)")

// run checks the flags, then lists, runs headless or opens the player.
func (o scenarioOptions) run(e env, args []string) error {
	if o.output != "table" && o.output != "json" {
		return badInput("invalid output %s (accepted: table, json)", termtext.Quote(o.output))
	}
	if o.list {
		if len(args) > 0 || len(o.set) > 0 || o.headless {
			return badInput("--list takes no scenario name, --set or --headless")
		}
		return printScenarioList(e, o.output == "json")
	}
	if len(args) == 0 {
		return badInput("name a scenario (one of %s), or use --list", strings.Join(scenario.Names(), ", "))
	}
	spec, ok := scenario.Lookup(args[0])
	if !ok {
		return badInput("unknown scenario %s (accepted: %s)", termtext.Quote(args[0]), strings.Join(scenario.Names(), ", "))
	}
	if o.challenges {
		if len(o.set) > 0 || o.headless || o.challenge != "" {
			return badInput("--challenges takes only a scenario name and -o")
		}
		return printChallenges(e, spec, o.output == "json")
	}
	var challenge *scenario.Challenge
	if o.challenge != "" {
		c, ok := spec.Challenge(o.challenge)
		if !ok {
			return badInput("unknown challenge %s of %s (accepted: %s)", termtext.Quote(o.challenge), spec.Name,
				strings.Join(spec.ChallengeIDs(), ", "))
		}
		challenge = &c
	}
	settings, err := scenario.ParseSettings(spec.Name, o.set)
	if err != nil {
		return usageError{err}
	}
	var values scenario.Values
	if challenge != nil {
		values, err = challenge.Apply(spec, settings)
	} else {
		values, err = spec.Apply(settings)
	}
	if err != nil {
		return usageError{err}
	}
	if o.headless {
		r := headlessResult{Result: scenario.New(spec, values, o.seed).Run()}
		if challenge != nil {
			verdict := challenge.Check(spec, values, r.Metrics)
			r.Challenge = &verdict
		}
		return printResult(e, spec, values, r, o.output == "json")
	}
	if !e.isTerminal {
		return errScenarioNeedsTerminal
	}
	return playScenario(e, spec, values, o.seed, challenge)
}

// headlessResult is what --headless prints: the run, and the verdict on
// the challenge when one was named.
type headlessResult struct {
	scenario.Result
	Challenge *scenario.ChallengeResult `json:"challenge,omitempty"`
}

// playScenario opens the TUI with the player on top of home.
func playScenario(e env, spec scenario.Spec, values scenario.Values, seed uint64, challenge *scenario.Challenge) error {
	course, bank, err := content.Builtin()
	if err != nil {
		return err
	}
	start := func(ctx *common.Context) common.Screen {
		p := scenarios.NewPlayer(ctx, spec, values, seed)
		if challenge != nil {
			p.Take(*challenge, values)
		}
		return p
	}
	return app.Run(appOptions(e, course, bank, app.Config{Start: start}))
}

// printResult writes a finished run as one JSON object or as a table of
// its figures.
func printResult(e env, spec scenario.Spec, values scenario.Values, r headlessResult, asJSON bool) error {
	if asJSON {
		if r.Events == nil {
			r.Events = []scenario.Event{}
		}
		out, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(e.stdout, string(out))
		return err
	}
	if err := report.Write(e.stdout, spec, values, r.Result); err != nil {
		return err
	}
	if r.Challenge != nil {
		return printVerdict(e, spec, *r.Challenge)
	}
	return nil
}

// listedParam is one parameter in `scenario --list -o json`.
type listedParam struct {
	Key      string   `json:"key"`
	Help     string   `json:"help"`
	Unit     string   `json:"unit,omitempty"`
	Default  any      `json:"default"`
	Accepted string   `json:"accepted"`
	Choices  []string `json:"choices,omitempty"`
}

// listedScenario is one scenario in `scenario --list -o json`.
type listedScenario struct {
	Name            string        `json:"name"`
	Title           string        `json:"title"`
	Summary         string        `json:"summary"`
	DurationSeconds float64       `json:"duration_seconds"`
	TimeNote        string        `json:"time_note"`
	Params          []listedParam `json:"params"`
}

// printScenarioList writes every scenario with its parameters and defaults.
func printScenarioList(e env, asJSON bool) error {
	var list []listedScenario
	for _, s := range scenario.Scenarios() {
		ls := listedScenario{Name: s.Name, Title: s.Title, Summary: s.Summary, DurationSeconds: s.Duration.Seconds(), TimeNote: s.TimeNote, Params: []listedParam{}}
		for _, p := range s.Params {
			ls.Params = append(ls.Params, listedParam{Key: p.Key, Help: p.Help, Unit: p.Unit, Default: p.Value(p.Default), Accepted: p.Accepted(), Choices: p.Choices})
		}
		list = append(list, ls)
	}
	if asJSON {
		out, err := json.MarshalIndent(list, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(e.stdout, string(out))
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	for i, s := range scenario.Scenarios() {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "%s\t%s, %.0f s\n", s.Name, s.Title, s.Duration.Seconds())
		fmt.Fprintf(tw, "\t%s\n", s.Summary)
		for _, p := range s.Params {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", p.Key, p.Format(p.Default), p.Help)
		}
	}
	return tw.Flush()
}
