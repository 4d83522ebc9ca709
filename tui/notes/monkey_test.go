package notes

import (
	"math/rand/v2"
	"testing"
	"time"

	"faultline/internal/lecture"
	"faultline/internal/lecture/link"
)

// monkeyKeys are the keys the notes view answers to and some it does not;
// no q or ctrl+c, so the run goes on.
var monkeyKeys = []string{"up", "down", "j", "k", "right", "enter", "esc", "x", "?", "G", "1"}

// TestMonkey feeds the notes view thousands of link updates (every slide
// of the course, reveal steps, a timer, the presenter coming and going),
// random keys and resizes down to 1×1 and 0×0, drawing after each:
// nothing may panic.
func TestMonkey(t *testing.T) {
	steps := 4000
	if testing.Short() {
		steps = 800
	}
	rng := rand.New(rand.NewPCG(7, 11))
	d := testDeck(t)
	clk := &clock{t: start}
	n := newTestNotes(100, 30, clk)
	timer := lecture.NewTimer(time.Duration(rng.IntN(90))*time.Minute, start)
	for i := range steps {
		slide := rng.IntN(d.Len())
		nav := lecture.Nav{Slide: slide, Step: rng.IntN(d.Slides[slide].Steps + 1)}
		key := monkeyKeys[rng.IntN(len(monkeyKeys))]
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("step %d, key %q at %+v: panic: %v", i, key, nav, r)
				}
			}()
			if rng.IntN(12) == 0 {
				w, h := 1+rng.IntN(220), 1+rng.IntN(70)
				if rng.IntN(3) == 0 {
					w, h = rng.IntN(3), rng.IntN(3)
				}
				n.Update(sizeMsg(w, h))
			}
			clk.t = clk.t.Add(time.Duration(rng.IntN(90)) * time.Second)
			n.Update(updateMsg(link.Update{State: d.State(nav, timer, rng.IntN(10) == 0, clk.t), Connected: rng.IntN(5) > 0}))
			n.Update(keyMsg(key))
			_ = n.View()
		}()
	}
}
