package scenarios

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/scenario"
	"faultline/tui/common"
)

// tickOf runs a tick command's timer-free part: the message it would send.
func tickOf(t *testing.T, cmd tea.Cmd) tickMsg {
	t.Helper()
	if cmd == nil {
		t.Fatal("no tick command returned")
	}
	msg, ok := cmd().(tickMsg)
	if !ok {
		t.Fatalf("command returned %T, want a tick", msg)
	}
	return msg
}

func TestPlayPauseTicks(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 100, 30)
	tick := tickOf(t, p.Init())
	if !p.Playing() {
		t.Fatal("a new player should play")
	}
	before := p.Snapshot().T
	next := p.Update(tick)
	if p.Snapshot().T <= before {
		t.Errorf("a tick should advance the run: t %v → %v", before, p.Snapshot().T)
	}
	tick = tickOf(t, next)

	if cmd := press(p, "space"); cmd != nil || p.Playing() {
		t.Fatalf("space should pause and schedule nothing, got playing=%v cmd=%v", p.Playing(), cmd != nil)
	}
	at := p.Snapshot().T
	if cmd := p.Update(tick); cmd != nil {
		t.Error("a tick arriving after pause scheduled another tick")
	}
	if p.Snapshot().T != at {
		t.Error("a stale tick advanced a paused run")
	}

	cmd := press(p, "space")
	if !p.Playing() {
		t.Fatal("space should play again")
	}
	fresh := tickOf(t, cmd)
	if p.Update(tick) != nil {
		t.Error("a tick from before the pause should be dropped after playing again")
	}
	if p.Update(fresh) == nil {
		t.Error("the current tick should schedule the next")
	}
	other := newTestPlayer(t, "hot-standby", 100, 30)
	if other.Update(fresh) != nil {
		t.Error("a player acted on another player's tick")
	}
}

func TestStepSpeedRestart(t *testing.T) {
	p := newTestPlayer(t, "cold-standby", 100, 30)
	p.Init()
	if cmd := press(p, "."); cmd != nil || p.Playing() {
		t.Fatal("step should pause without scheduling a tick")
	}
	t0 := p.Snapshot().T
	press(p, ".", "s")
	if got := p.Snapshot().T; got != t0+0.2 && got-(t0+0.2) > 1e-9 {
		t.Errorf("two steps: t = %v, want %v", got, t0+0.2)
	}
	tests := []struct {
		keys  []string
		speed float64
		frame time.Duration
		steps int
	}{
		{nil, 1, 100 * time.Millisecond, 1},
		{[]string{"-"}, 0.5, 200 * time.Millisecond, 1},
		{[]string{"-", "-", "-"}, 0.5, 200 * time.Millisecond, 1},
		{[]string{"+", "+"}, 2, 50 * time.Millisecond, 1},
		{[]string{"+"}, 4, 50 * time.Millisecond, 2},
		{[]string{"+", "+", "+", "+"}, 16, 50 * time.Millisecond, 8},
	}
	for _, tt := range tests {
		press(p, tt.keys...)
		d, steps := p.frame()
		if p.Speed() != tt.speed || d != tt.frame || steps != tt.steps {
			t.Errorf("after %v: speed ×%v, frame %v, %d steps; want ×%v, %v, %d", tt.keys, p.Speed(), d, steps, tt.speed, tt.frame, tt.steps)
		}
	}
	if d, _ := p.frame(); d < time.Second/FPS {
		t.Errorf("frame interval %v is faster than the %d fps cap", d, FPS)
	}
	stepTo(p, 300)
	cmd := press(p, "r")
	late := 0
	for _, e := range p.events {
		if e.T > 0.1 {
			late++
		}
	}
	if p.Snapshot().T > 0.15 || !p.Playing() || cmd == nil || late != 0 {
		t.Errorf("restart: t=%v playing=%v events=%d", p.Snapshot().T, p.Playing(), len(p.events))
	}
}

func TestFaultKeys(t *testing.T) {
	nodeState := func(p *Player, name string) string {
		for _, n := range p.Snapshot().Nodes {
			if n.Name == name {
				return n.State
			}
		}
		return ""
	}
	linkUp := func(p *Player, from, to string) bool {
		for _, l := range p.Snapshot().Links {
			if l.From == from && l.To == to {
				return l.Up
			}
		}
		return false
	}
	p := newTestPlayer(t, "hot-standby", 100, 30)
	press(p, "x", ".")
	if got := nodeState(p, "node-1"); got != scenario.StateDown {
		t.Errorf("after x the primary is %q, want down", got)
	}
	press(p, "c", ".")
	if linkUp(p, "node-1", "node-2") {
		t.Error("c should cut the replication link first")
	}
	press(p, "h", ".")
	if !linkUp(p, "node-1", "node-2") || nodeState(p, "node-1") == scenario.StateDown {
		t.Errorf("h should heal: link up %v, node-1 %q", linkUp(p, "node-1", "node-2"), nodeState(p, "node-1"))
	}
	r := newTestPlayer(t, "retry-storm", 100, 30)
	press(r, "w")
	if !strings.Contains(r.status, "database") {
		t.Errorf("w should slow the end of the chain, status %q", r.status)
	}
	found := false
	for _, e := range r.sim.Result().Events {
		found = found || (e.Kind == scenario.KindSlowdown && e.Node == "database")
	}
	if !found {
		t.Error("w did not slow the database")
	}
	stepTo(r, 100000)
	press(r, "x")
	if r.statusOK || !strings.Contains(r.status, "ended") {
		t.Errorf("a fault after the end should be refused, status %q", r.status)
	}
}

func TestRunEndsInSummaryAndComparison(t *testing.T) {
	cmp := &comparison{}
	cold := newTestPlayer(t, "cold-standby", 100, 30)
	cold.cmp = cmp
	stepTo(cold, 100000)
	if cold.Playing() || cold.mode != modeSummary {
		t.Fatal("a finished run should stop and show its summary")
	}
	press(cold, "m")
	hot := newTestPlayer(t, "hot-standby", 100, 30)
	hot.cmp = cmp
	stepTo(hot, 100000)
	if cmp.other == nil || cmp.other.sim != hot.sim {
		t.Fatal("the next finished run should be compared with the marked one")
	}
	view := plain(hot.View())
	for _, want := range []string{"marked", "this run", "cold-standby", "hot-standby", "34.0 s", "3.0 s"} {
		if !strings.Contains(view, want) {
			t.Errorf("comparison lacks %q:\n%s", want, view)
		}
	}
	press(hot, "esc")
	if hot.mode != modeLive {
		t.Error("esc should close the summary first")
	}
	if cmd := press(hot, "esc"); cmd == nil || cmd() != common.Back() {
		t.Error("esc on the live view should go back")
	}
}

func TestEditForm(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 100, 30)
	p.Init()
	press(p, "e")
	if !p.Capturing() || p.Playing() {
		t.Fatal("e should open the form, pause and capture keys")
	}
	// replication is the sixth parameter: choose async with →.
	press(p, "down", "down", "down", "down", "down", "right")
	if got := p.form.values["replication"]; got != 1 {
		t.Fatalf("replication = %v, want 1 (async)", got)
	}
	// A heartbeat_timeout beyond its range is refused, naming the range.
	press(p, "up", "backspace", "5", "0", "s", "enter")
	if !strings.Contains(p.form.err, "30s") || !p.Capturing() {
		t.Fatalf("a timeout of 50s should be refused naming the limit, err %q", p.form.err)
	}
	press(p, "backspace", "backspace", "backspace", "4", "s")
	cmd := press(p, "enter")
	if p.Capturing() || !p.Playing() || cmd == nil {
		t.Fatal("enter should restart and play")
	}
	if p.values["heartbeat_timeout"] != 4 || p.values["replication"] != 1 {
		t.Errorf("values after the form: %v", p.values)
	}
	if p.Snapshot().T > 0.15 {
		t.Error("the run did not restart")
	}
	press(p, "e", "right", "esc")
	if p.Capturing() || p.values["rate"] != 100 {
		t.Errorf("esc should cancel the form, rate %v", p.values["rate"])
	}
	press(p, "e", "x", "y", "enter")
	if !strings.Contains(p.form.err, "rate") {
		t.Errorf("a bad typed value should be named, err %q", p.form.err)
	}
}

func TestLadder(t *testing.T) {
	spec, _ := scenario.Lookup("hot-standby")
	tests := []struct {
		key  string
		from float64
		dir  int
		want float64
	}{
		{"heartbeat_timeout", 3, 1, 5},
		{"heartbeat_timeout", 3, -1, 2},
		{"heartbeat_timeout", 30, 1, 30},
		{"heartbeat_timeout", 0.2, -1, 0.2},
		{"crash_at", 0, 1, 0.01},
		{"crash_at", 0.01, -1, 0},
		{"replication", 1, 1, 0},
		{"rate", 100, 1, 200},
		{"writes", 0.2, 1, 0.3},
	}
	for _, tt := range tests {
		p, _ := spec.Param(tt.key)
		if tt.key == "crash_at" && p.Min > 0 {
			continue
		}
		if got := nextValue(p, tt.from, tt.dir); got != tt.want {
			t.Errorf("%s from %v dir %d = %v, want %v", tt.key, tt.from, tt.dir, got, tt.want)
		}
	}
	ab, _ := scenario.Lookup("active-active")
	nodes, _ := ab.Param("nodes")
	if got := nextValue(nodes, 3, 1); got != 4 {
		t.Errorf("a small integer range should step by one, got %v", got)
	}
}

func TestTinySizes(t *testing.T) {
	p := newTestPlayer(t, "active-active", 30, 8)
	if v := strings.Join(strings.Fields(plain(p.View())), " "); !strings.Contains(v, "needs at least 60×14") {
		t.Errorf("tiny player view = %q", v)
	}
	p.SetSize(0, 0)
	if p.View() != "" {
		t.Error("a 0×0 player should draw nothing")
	}
}

// TestFaultShowsAtOnceWhilePaused: paused, x crashes the primary and the
// picture shows it down before any step; the timeline still gets the
// crash exactly once, with the next step.
func TestFaultShowsAtOnceWhilePaused(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 100, 30)
	press(p, "x")
	for _, n := range p.Snapshot().Nodes {
		if n.Name == "node-1" && n.State != scenario.StateDown {
			t.Errorf("paused, after x node-1 is %q, want down at once", n.State)
		}
	}
	if v := plain(p.View()); strings.Contains(v, "node-1") && !strings.Contains(v, "down") {
		t.Errorf("the picture does not show the crash:\n%s", v)
	}
	press(p, ".")
	crashes := 0
	for _, e := range p.events {
		if e.Kind == scenario.KindCrash && e.Node == "node-1" {
			crashes++
		}
	}
	if crashes != 1 {
		t.Errorf("the timeline has the crash %d times, want once", crashes)
	}
}
