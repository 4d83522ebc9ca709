package scenarios

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// rowWith is the first row of the plain view holding s.
func rowWith(v, s string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// linkInto is the row of the view with the arrowhead into node's box.
func linkInto(v, node string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "▶│") && strings.Contains(l, node) {
			return l
		}
	}
	return ""
}

// TestFailedRequestsLookFailed: while the dead primary is still the one the
// clients use, its link carries failure marks, not the dots of requests in
// flight; once the standby took over, nothing flows to the old primary and
// the replication arrow points from the new primary to the old one.
func TestFailedRequestsLookFailed(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 100, 30)
	stepTo(p, 115)
	v := plain(p.View())
	row := linkInto(v, "node-1")
	if !strings.ContainsRune(row, glyphFailed) || strings.ContainsRune(row, glyphInFlight) {
		t.Errorf("the link into the dead primary should carry ✕ marks only:\n%s", v)
	}
	stepTo(p, 200)
	v = plain(p.View())
	row = linkInto(v, "node-1")
	if strings.ContainsRune(row, glyphFailed) || strings.ContainsRune(row, glyphInFlight) {
		t.Errorf("after the failover nothing should flow to node-1:\n%s", v)
	}
	if !strings.ContainsRune(linkInto(v, "node-2"), glyphInFlight) {
		t.Errorf("after the failover requests should flow to node-2:\n%s", v)
	}
	if !strings.Contains(v, "▲") || strings.Contains(v, "▼") {
		t.Errorf("replication should run up from node-2 to node-1 now:\n%s", v)
	}
}

// TestOutcomesReadWithoutColour: the legend names four marks with four
// different glyphs, and the view is drawn with them in plain text.
func TestOutcomesReadWithoutColour(t *testing.T) {
	p := newTestPlayer(t, "circuit-breaker", 100, 30)
	stepTo(p, 115)
	v := plain(p.View())
	for _, want := range []string{"● in flight", "✕ failed", "◷ timed out", "⊘ rejected"} {
		if !strings.Contains(v, want) {
			t.Errorf("legend lacks %q:\n%s", want, v)
		}
	}
	stepTo(p, 150) // breaker open: requests for reviews rejected
	if v := plain(p.View()); !strings.ContainsRune(v, glyphRejected) || !strings.Contains(v, "✕ down") {
		t.Errorf("an open breaker should show rejected requests and the dead dependency:\n%s", v)
	}
}

// TestCaptionTellsTheMoment: a key moment's sentence appears on the canvas
// and in the timeline when it happens, stays while paused, and goes once
// the moment is long past.
func TestCaptionTellsTheMoment(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 100, 30)
	stepTo(p, 101)
	const say = "primary crashed: every request fails until someone notices"
	v := plain(p.View())
	if !strings.Contains(strings.Split(v, "\n")[1], say) {
		t.Errorf("the crash's caption is not on the canvas:\n%s", v)
	}
	if !strings.Contains(plain(p.timeline(100, 8)), say) {
		t.Errorf("the timeline does not tell the crash:\n%s", plain(p.timeline(100, 8)))
	}
	if p.Playing() || !strings.Contains(plain(p.View()), say) {
		t.Error("a paused player should keep the caption")
	}
	stepTo(p, 400)
	if strings.Contains(plain(p.View()), "»") {
		t.Errorf("an old caption should be gone after %v s:\n%s", captionHold, plain(p.View()))
	}
}

// TestScaleFixedForTheRun: one mark stands for the same number of requests
// on every frame of a run.
func TestScaleFixedForTheRun(t *testing.T) {
	for _, name := range []string{"retry-storm", "circuit-breaker", "cold-standby"} {
		p := newTestPlayer(t, name, 100, 30)
		first := rowWith(plain(p.View()), "one mark =")
		for p.ticks < 600 && !p.sim.Done() {
			stepTo(p, p.ticks+37)
			if got := rowWith(plain(p.View()), "one mark ="); got != first {
				t.Fatalf("%s: legend changed from %q to %q at tick %d", name, first, got, p.ticks)
			}
		}
	}
}

// TestFitsAt80x24: at 80×24 every scenario keeps its clock and its
// breaker labels whole, and no line is wider than the window.
func TestFitsAt80x24(t *testing.T) {
	for _, name := range []string{"cold-standby", "warm-standby", "hot-standby", "split-brain", "active-active", "correlated-failure", "circuit-breaker", "retry-storm"} {
		p := newTestPlayer(t, name, 80, 24)
		p.values["policy"] = 1  // retry-storm with its breaker
		p.values["fencing"] = 1 // split-brain with its witness
		p.reset()
		for _, tick := range []int{1, 120, 160, 300} {
			stepTo(p, tick)
			p.playing = tick%2 == 0 // the longer "▶ playing" header
			v := plain(p.View())
			lines := strings.Split(v, "\n")
			if len(lines) != 24 {
				t.Errorf("%s tick %d: %d lines", name, tick, len(lines))
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > 80 {
					t.Errorf("%s tick %d: line wider than 80: %q", name, tick, l)
				}
			}
			if !strings.Contains(lines[0], "t ") || !strings.Contains(lines[0], " s of ") {
				t.Errorf("%s tick %d: header lost its clock: %q", name, tick, lines[0])
			}
			for _, l := range p.snap.Links {
				if l.Breaker != "" && !strings.Contains(v, l.Breaker) {
					t.Errorf("%s tick %d: breaker label %q cut:\n%s", name, tick, l.Breaker, v)
				}
			}
		}
	}
}

// TestCanvasGrowsWithTheTerminal: at 200×60 the drawing spans most of the
// rows it is given instead of staying small in the middle.
func TestCanvasGrowsWithTheTerminal(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 200, 60)
	stepTo(p, 50)
	lines := strings.Split(plain(p.View()), "\n")
	first, last := -1, -1
	for i, l := range lines {
		if strings.ContainsAny(l, "╭╰") {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if last-first < 20 {
		t.Errorf("the drawing spans rows %d to %d of 60:\n%s", first, last, strings.Join(lines, "\n"))
	}
}
