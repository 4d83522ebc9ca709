package app

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// monkeyKeys are the keys the monkey presses: every key any screen binds,
// plus letters, digits and symbols that type into fields. q and ctrl+c are
// left out so that the monkey stays in the program.
var monkeyKeys = []string{
	"enter", "esc", "up", "down", "left", "right", "tab", "space", "backspace", "pgup", "pgdown", "home", "end",
	"j", "k", "h", "l", "n", "p", "g", "G", "b", "f", "/", "?", "+", "-", "[", "]", "a", "d", "e", "r", "s", "t", "x",
	"1", "2", "3", "4", "5", "9", "0", ".", "%", "*", "|", "(", ")", ":", "é", "界",
}

// TestMonkey feeds every screen thousands of random keys and resizes, down
// to 1×1, and fails on any panic.
func TestMonkey(t *testing.T) {
	for seed := range uint64(2) {
		rng := rand.New(rand.NewPCG(seed, 42))
		m := newTestModel(t, 100, 30, t.TempDir())
		for i := range 2500 {
			if rng.IntN(25) == 0 {
				send(t, m, tea.WindowSizeMsg{Width: rng.IntN(220), Height: rng.IntN(70)})
			}
			k := monkeyKeys[rng.IntN(len(monkeyKeys))]
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("seed %d, key %d (%q) on %T: panic: %v", seed, i, k, m.Top(), r)
					}
				}()
				keys(t, m, k)
				_ = m.View()
			}()
			if len(m.stack) == 1 && rng.IntN(3) == 0 {
				keys(t, m, []string{"1", "2", "3", "4", "5"}[rng.IntN(5)]) // wander off home
			}
		}
	}
}
