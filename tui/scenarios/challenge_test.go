package scenarios

import (
	"strings"
	"testing"

	"faultline/internal/scenario"
	"faultline/tui/common"
)

// TestChallengeFromThePlayer: g takes the first challenge from its start
// values and shows its goal; a run with the defaults ends "not met" with the
// failed condition's figure and reason; a run with a solution ends "met" and
// records it in the progress, once.
func TestChallengeFromThePlayer(t *testing.T) {
	p := newTestPlayer(t, "cold-standby", 100, 30)
	press(p, "g")
	c := p.Challenge()
	if c == nil || c.ID != "cold-downtime" {
		t.Fatalf("g should take cold-downtime, took %v", c)
	}
	if v := plain(p.View()); !strings.Contains(v, "◎ cold-downtime: Keep cold standby's downtime under 15 s") {
		t.Errorf("the goal is not shown:\n%s", v)
	}
	stepTo(p, 1<<30)
	v := plain(p.View())
	for _, want := range []string{"✗ Challenge cold-downtime not met yet", "downtime_seconds < 15, this run: 34", "The boot is most of it", "Hint:"} {
		if !strings.Contains(v, want) {
			t.Errorf("the verdict lacks %q:\n%s", want, v)
		}
	}
	if cmd := p.Update(nil); cmd != nil {
		t.Error("a failed challenge should record nothing")
	}

	spec, _ := scenario.Lookup("cold-standby")
	values, err := c.Apply(spec, map[string]string{"boot": "10s", "promotion": "0s"})
	if err != nil {
		t.Fatal(err)
	}
	p.Take(*c, values)
	stepTo(p, 1<<30)
	if v := plain(p.View()); !strings.Contains(v, "✓ Challenge cold-downtime met") {
		t.Errorf("a solved challenge should say so:\n%s", v)
	}
	cmd := p.Update(nil)
	if cmd == nil {
		t.Fatal("a met challenge should be recorded")
	}
	saved, ok := cmd().(common.ProgressSavedMsg)
	if !ok || !saved.State.Solved("cold-standby", "cold-downtime") {
		t.Errorf("recorded %+v", saved)
	}
	if p.Update(nil) != nil {
		t.Error("a run is recorded once")
	}
}

// TestChallengeKeepsFixedSettings: the form cannot move a setting the
// challenge fixes; it is put back and the player says so.
func TestChallengeKeepsFixedSettings(t *testing.T) {
	p := newTestPlayer(t, "warm-standby", 100, 30)
	press(p, "g")
	press(p, "e", "down", "down", "right", "enter") // crash_at up a step
	if p.values["crash_at"] != 10 || !strings.Contains(p.status, "fixes crash_at 10s") {
		t.Errorf("crash_at = %v, status %q", p.values["crash_at"], p.status)
	}
}

// TestChallengeCycle: g walks through every challenge, then back to free
// play with the defaults.
func TestChallengeCycle(t *testing.T) {
	p := newTestPlayer(t, "circuit-breaker", 100, 30)
	var seen []string
	for range 3 {
		press(p, "g")
		seen = append(seen, p.Challenge().ID)
	}
	press(p, "g")
	if p.Challenge() != nil || strings.Join(seen, " ") != "cb-no-breaker cb-p99 cb-back" {
		t.Errorf("cycle %v, then %v", seen, p.Challenge())
	}
	if p.values["breaker"] != 1 {
		t.Errorf("free play should start from the defaults: %v", p.values)
	}
}
