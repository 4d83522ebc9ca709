package scenarios

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
)

var monkeyKeys = []string{
	"enter", "esc", "up", "down", "left", "right", "tab", "space", "backspace",
	".", "s", "S", "+", "-", "r", "x", "c", "w", "h", "e", "m", "j", "k", "l",
	"0", "1", "5", "a", "y", "n", "%", "é", "界",
}

// TestMonkey opens every scenario from the list and feeds the list and the
// player thousands of random keys, ticks and resizes down to 1×1, checking
// that nothing panics and no frame is larger than its room.
func TestMonkey(t *testing.T) {
	l := NewList(testContext())
	for seed := range uint64(6) {
		rng := rand.New(rand.NewPCG(seed, 7))
		l.SetSize(100, 30)
		monkey(t, rng, l, 300, map[string]bool{"enter": true, "l": true, "esc": true})
		l.cursor = int(seed)
		msg, ok := press(l, "enter")().(common.OpenMsg)
		if !ok {
			t.Fatal("enter on the list should open a player")
		}
		p := msg.Screen.(*Player)
		p.SetSize(100, 30)
		monkey(t, rng, p, 3000, nil)
	}
}

// monkey presses n random keys on s, skipping the keys in skip, resizing
// now and then and delivering the ticks s asks for at once.
func monkey(t *testing.T, rng *rand.Rand, s common.Screen, n int, skip map[string]bool) {
	t.Helper()
	w, h := 100, 30
	for i := range n {
		if rng.IntN(25) == 0 {
			w, h = 1+rng.IntN(160), 1+rng.IntN(50)
			if rng.IntN(4) == 0 {
				w, h = 1+rng.IntN(4), 1+rng.IntN(4)
			}
			s.SetSize(w, h)
		}
		k := monkeyKeys[rng.IntN(len(monkeyKeys))]
		if skip[k] {
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%T: key %d (%q) at %d×%d: panic: %v", s, i, k, w, h, r)
				}
			}()
			cmd := s.Update(keyMsg(k))
			for range 3 { // deliver a few frames, without waiting for their timers
				p, ok := s.(*Player)
				if !ok || cmd == nil || !p.playing {
					break
				}
				cmd = s.Update(tickMsg{p: p, gen: p.gen})
			}
			lines := strings.Split(s.View(), "\n")
			if len(lines) > h {
				t.Fatalf("%T: key %d (%q): %d lines at %d×%d", s, i, k, len(lines), w, h)
			}
			for _, line := range lines {
				if lw := ansi.StringWidth(line); lw > w {
					t.Fatalf("%T: key %d (%q): a line is %d wide at %d×%d: %q", s, i, k, lw, w, h, ansi.Strip(line))
				}
			}
		}()
	}
}
