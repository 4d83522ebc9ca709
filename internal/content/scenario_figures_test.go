package content

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"faultline/assets"
	"faultline/internal/scenario"
)

// TestLessonSplitBrainFigures keeps the failover lesson's account of the
// split-brain scenario true: every figure it quotes is the one a run with
// the defaults gives, without fencing and with a quorum, and the challenge
// it sends the student to exists with the goal it states.
func TestLessonSplitBrainFigures(t *testing.T) {
	text := lessonText(t, "lessons/12-failover.md")
	spec, none := runScenario(t, "split-brain", nil)
	_, quorum := runScenario(t, "split-brain", map[string]string{"fencing": "quorum"})
	d := spec.Defaults()
	if d["stranded"] != 0.2 {
		t.Errorf("the lesson says a fifth of the clients are stranded; the default is %v", d["stranded"])
	}
	promoted, ok := eventTime(none, scenario.KindPromoted)
	if !ok {
		t.Fatal("no fencing: node-2 is never promoted")
	}
	if _, ok := eventTime(quorum, scenario.KindStepDown); !ok {
		t.Error("quorum: node-1 never steps down")
	}
	wantChallenge(t, spec, 2, "sb-quick", "no_primary_seconds", 1.5)
	for _, want := range []string{
		fmt.Sprintf("The network splits at %s s and node-2 is primary from %s s", num(d["cut_at"]), num(promoted)),
		fmt.Sprintf("At %s s the network heals", num(d["heal_at"])),
		fmt.Sprintf("its %d writes since the split are thrown away, %d of them made while node-2 was taking writes of its own",
			none.Metrics.WritesLost, none.Metrics.ConflictingWrites),
		fmt.Sprintf("once it has gone %s s without a majority", num(d["heartbeat_timeout"])),
		fmt.Sprintf("availability falls from %s%% to %s%%, with %s s and no primary at all",
			percent(none.Metrics.Availability), percent(quorum.Metrics.Availability), num(quorum.Metrics.NoPrimarySeconds)),
		"press `g` twice for challenge `sb-quick`: with a quorum, get that gap under 1.5 s",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the lesson should say %q", want)
		}
	}
	if quorum.Metrics.WritesLost != 0 || quorum.Metrics.ConflictingWrites != 0 {
		t.Errorf("the lesson says a quorum loses nothing; it lost %d and conflicted %d",
			quorum.Metrics.WritesLost, quorum.Metrics.ConflictingWrites)
	}
}

// TestLessonCorrelatedFigures keeps the availability lesson's account of
// the correlated-failure scenario true: the formula's promise, the run with
// the three replicas in one rack, the run with one replica a rack, and the
// challenge it names.
func TestLessonCorrelatedFigures(t *testing.T) {
	text := lessonText(t, "lessons/09-availability.md")
	spec, together := runScenario(t, "correlated-failure", nil)
	_, spread := runScenario(t, "correlated-failure", map[string]string{"per_rack": "1"})
	d := spec.Defaults()
	if d["nodes"] != 3 || d["per_rack"] != 3 {
		t.Errorf("the lesson says three replicas in one rack; the defaults are %v replicas, %v a rack", d["nodes"], d["per_rack"])
	}
	formula := 1 - math.Pow(1-d["replica_availability"], d["nodes"])
	wantChallenge(t, spec, 2, "cf-two-racks", "availability", 0.99)
	for _, want := range []string{
		fmt.Sprintf("Three replicas of %s%% sit behind a load balancer, and the parallel formula promises %s%% from them",
			percent(d["replica_availability"]), strings.TrimSuffix(fmt.Sprintf("%.4f", 100*formula), ".0000")),
		fmt.Sprintf("at %s s the rack loses power", num(d["fail_at"])),
		fmt.Sprintf("Every request fails for the %s s the power is out", num(together.Metrics.DowntimeSeconds)),
		fmt.Sprintf("the run ends at %s%% availability", percent(together.Metrics.Availability)),
		fmt.Sprintf("availability holds at %s%%", percent(spread.Metrics.Availability)),
		"press `g` twice for challenge `cf-two-racks`: with two replicas to a rack, what single change keeps it above 99%?",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the lesson should say %q", want)
		}
	}
	if together.Metrics.DowntimeSeconds != d["repair"] {
		t.Errorf("the lesson says requests fail for as long as the power is out: downtime %v s, repair %v s",
			together.Metrics.DowntimeSeconds, d["repair"])
	}
}

// lessonText is the lesson file with every run of white space made one
// space, so a figure may fall across a line break.
func lessonText(t *testing.T, path string) string {
	t.Helper()
	b, err := assets.FS.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

// runScenario runs the named scenario with the seed the lessons play.
func runScenario(t *testing.T, name string, set map[string]string) (scenario.Spec, scenario.Result) {
	t.Helper()
	spec, ok := scenario.Lookup(name)
	if !ok {
		t.Fatalf("no scenario %q", name)
	}
	v, err := spec.Apply(set)
	if err != nil {
		t.Fatal(err)
	}
	return spec, scenario.New(spec, v, 1).Run()
}

// eventTime is the time of the first event of the kind.
func eventTime(r scenario.Result, kind string) (float64, bool) {
	for _, e := range r.Events {
		if e.Kind == kind {
			return e.T, true
		}
	}
	return 0, false
}

// wantChallenge fails unless the scenario's challenge number nth (from 1,
// the player's g steps through them in order) is id, with a condition on
// metric at value.
func wantChallenge(t *testing.T, spec scenario.Spec, nth int, id, metric string, value float64) {
	t.Helper()
	c, ok := spec.Challenge(id)
	if !ok {
		t.Fatalf("%s has no challenge %q", spec.Name, id)
	}
	if ids := spec.ChallengeIDs(); len(ids) < nth || ids[nth-1] != id {
		t.Errorf("the lesson says g %d times reaches %s; the challenges are %v", nth, id, ids)
	}
	for _, cond := range c.Conditions {
		if cond.Metric == metric && cond.Value == value {
			return
		}
	}
	t.Errorf("challenge %s: no condition on %s at %v: %v", id, metric, value, c.Conditions)
}

// num writes a figure as the lessons do: at most one decimal, none for a
// whole number.
func num(f float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0")
}
