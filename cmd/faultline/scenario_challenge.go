package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"faultline/internal/scenario"
)

// printChallenges writes the scenario's challenges: as JSON, a list of
// {id, goal, conditions, fixed, hint}; as a table, each goal with its
// conditions and the settings it fixes.
func printChallenges(e env, spec scenario.Spec, asJSON bool) error {
	list := spec.Challenges()
	if asJSON {
		out, err := json.MarshalIndent(list, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(e.stdout, string(out))
		return err
	}
	for i, c := range list {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "%s\n  %s\n  pass when: %s\n", c.ID, c.Goal, conditionsText(c.Conditions))
		if len(c.Fixed) > 0 {
			fmt.Fprintf(e.stdout, "  fixed: %s\n", fixedText(c.Fixed))
		}
	}
	_, err := fmt.Fprintf(e.stdout, "\nRun one: faultline scenario %s --challenge ID [--set key=value ...] [--headless]\n", spec.Name)
	return err
}

func conditionsText(cs []scenario.Condition) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, ", ")
}

func fixedText(fixed map[string]string) string {
	keys := make([]string, 0, len(fixed))
	for k := range fixed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		keys[i] = k + "=" + fixed[k]
	}
	return strings.Join(keys, ", ")
}

// printVerdict writes the verdict on a challenge under a headless table:
// each condition with the figure reached, and why a failed one failed.
func printVerdict(e env, spec scenario.Spec, r scenario.ChallengeResult) error {
	c, _ := spec.Challenge(r.ID)
	verdict := "not met"
	if r.Passed {
		verdict = "met"
	}
	fmt.Fprintf(e.stdout, "\nchallenge %s: %s\n  %s\n", r.ID, verdict, c.Goal)
	for _, cr := range r.Conditions {
		mark := "✓"
		if !cr.Passed {
			mark = "✗"
		}
		actual := fmt.Sprint(round(cr.Actual))
		if cr.Actual == scenario.NotObserved {
			actual = "never (not observed in the run)"
		}
		fmt.Fprintf(e.stdout, "  %s %s %s %g: %s\n", mark, cr.Metric, cr.Op, cr.Value, actual)
		if cr.Why != "" {
			fmt.Fprintf(e.stdout, "    %s\n", cr.Why)
		}
	}
	if !r.Passed {
		fmt.Fprintf(e.stdout, "  hint: %s\n", c.Hint)
	}
	return nil
}

// round keeps four decimals of a figure, enough for an availability.
func round(x float64) float64 {
	if x < 0 {
		return -round(-x)
	}
	return float64(int64(x*10000+0.5)) / 10000
}
