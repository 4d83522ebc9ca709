// Package report writes a finished scenario run as text: the settings, the
// figures and the narrated event log. `faultline scenario --headless`
// prints it and the accessible course reads it out, from this one place.
package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"faultline/calc"
	"faultline/internal/scenario"
)

// Write writes run r of spec with values: a heading, each setting, the
// figures, then the event log.
func Write(w io.Writer, spec scenario.Spec, values scenario.Values, r scenario.Result) error {
	m := r.Metrics
	a := calc.FromFraction(m.Availability)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s (%s), seed %d, %.0f s simulated\n", spec.Title, r.Scenario, r.Seed, m.DurationSeconds)
	for _, p := range spec.Params {
		fmt.Fprintf(tw, "  %s\t%s\n", p.Key, p.Format(values[p.Key]))
	}
	rows := [][2]string{
		{"requests served", count(m.RequestsOK)},
		{"requests failed", count(m.RequestsFailed)},
		{"requests late", count(m.RequestsLate) + " (unanswered 2 s after arriving)"},
		{"availability", a.String() + " (" + calc.NinesText(a) + " nines)"},
		{"downtime", fmt.Sprintf("%.1f s with more than half the requests failing", m.DowntimeSeconds)},
		{"degraded", fmt.Sprintf("%.1f s with more than 5%% failing", m.DegradedSeconds)},
		{"wait p50, p99", Observed(m.LatencyP50) + ", " + Observed(m.LatencyP99)},
		{"detected after", Observed(m.DetectSeconds)},
		{"recovered after", Observed(m.RecoverSeconds)},
		{"writes lost", count(m.WritesLost)},
		{"conflicting writes", count(m.ConflictingWrites)},
		{"no primary", fmt.Sprintf("%.1f s", m.NoPrimarySeconds)},
		{"wasted calls", count(m.WastedCalls)},
	}
	for _, p := range m.Paths {
		rows = append(rows, [2]string{p.Name + " requests", calc.FromFraction(p.Availability).String() + " served"})
	}
	fmt.Fprintln(tw)
	for _, row := range rows {
		fmt.Fprintf(tw, "%s\t%s\n", row[0], row[1])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return EventLog(w, spec, r.Events)
}

// EventLog writes the run's timeline, each key moment followed by the
// sentence the player shows on its canvas, and the scenario's note on time.
func EventLog(w io.Writer, spec scenario.Spec, events []scenario.Event) error {
	fmt.Fprintf(w, "\nevents (%d)\n", len(events))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, ev := range events {
		what := ev.Node
		if ev.Detail != "" {
			what = strings.TrimPrefix(ev.Node+": "+ev.Detail, ": ")
		}
		fmt.Fprintf(tw, "%7.1f s\t%s\t%s\n", ev.T, ev.Kind, what)
		if ev.Say != "" {
			fmt.Fprintf(tw, "\t\t» %s\n", ev.Say)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if spec.TimeNote != "" {
		_, err := fmt.Fprintf(w, "\n%s\n", spec.TimeNote)
		return err
	}
	return nil
}

// count writes a count with its thousands grouped, as every figure of
// the course is: 11,700.
func count(n int) string { return calc.GroupThousands(float64(n)) }

// Observed formats a time metric, saying so when its moment never came.
func Observed(s float64) string {
	if s == scenario.NotObserved {
		return "not observed"
	}
	return fmt.Sprintf("%.1f s", s)
}
