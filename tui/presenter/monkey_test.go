package presenter

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/lecture"
	"faultline/tui/internal/teatesting"
)

// monkeyKeys are every key the presenter and its widgets answer to, and some they do not; no ctrl+c, so the run goes on.
var monkeyKeys = []string{
	"right", "left", "up", "down", "home", "end", "pgup", "pgdown", "enter", "tab", "esc", "space", "backspace",
	"l", "h", "n", "p", "g", "G", "i", "b", "t", "?", "q", "y", "r", "j", "k", "x", "c", "w", "e", "m", "S",
	"0", "1", "2", "3", "9", ".", "+", "-", "[", "]", "a", "d", "ctrl+u",
}

// TestMonkey feeds the presenter (over every lesson, so every widget)
// thousands of random keys, resizes down to 1×1 and 0×0 and widget
// ticks, drawing and taking its state after each: nothing may panic.
func TestMonkey(t *testing.T) {
	steps := 4000
	if testing.Short() {
		steps = 800
	}
	rng := rand.New(rand.NewPCG(7, 11))
	m, _ := newTestPresenter(t, 100, 30, 0)
	var live []int // slides with live blocks, visited often
	for i, s := range m.deck.Slides {
		if len(s.Blocks()) > 0 {
			live = append(live, i)
		}
	}
	var pending []tea.Msg
	bg := &teatesting.Background{KeepTicks: true} // widget frames and the clock, as they come
	for i := range steps {
		if rng.IntN(100) == 0 {
			m.move(lecture.Nav{Slide: live[rng.IntN(len(live))]})
		}
		k := monkeyKeys[rng.IntN(len(monkeyKeys))]
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("step %d, key %q at %+v: panic: %v", i, k, m.Nav(), r)
				}
			}()
			if rng.IntN(12) == 0 {
				w, h := 1+rng.IntN(220), 1+rng.IntN(70)
				if rng.IntN(3) == 0 {
					w, h = rng.IntN(3), rng.IntN(3)
				}
				m.Update(sizeMsg(w, h))
			}
			if m.mode == modeQuit && k == "y" {
				k = "n" // stay in the lecture
			}
			_, cmd := m.Update(keyMsg(k))
			// Deliver some of what widgets asked for (their ticks and
			// the keys they hand back) once it has come, never waiting
			// on a timer.
			if rng.IntN(4) == 0 {
				bg.Go(cmd)
			}
			pending = append(pending, bg.Arrived()...)
			if len(pending) > 0 && rng.IntN(2) == 0 {
				msg := pending[0]
				pending = pending[1:]
				_, cmd := m.Update(msg)
				if rng.IntN(3) == 0 {
					bg.Go(cmd)
				}
			}
			if len(pending) > 64 {
				pending = pending[:0]
			}
			_ = m.View()
			_ = m.State()
		}()
	}
}
