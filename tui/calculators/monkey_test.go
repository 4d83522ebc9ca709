package calculators

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
)

// monkeyKeys are the keys the monkey presses: every key the calculators
// answer to, and some they do not.
var monkeyKeys = []string{
	"tab", "shift+tab", "enter", "esc", "backspace", "up", "down", "left", "right", "shift+up", "shift+down", "ctrl+u",
	"a", "p", "d", "r", "e", "k", "h", "l", "j", "q", "?", "x", "+", "-", "=", "[", "]", "1", "2", "3", "4",
	"9", ".", "%", "*", "|", "(", ")", ":", " ", "n", "o", "f", "s", "m",
}

// TestMonkey feeds every calculator thousands of random keys, resizes down
// to 1×1 and 0×0 and stray window-size messages, drawing after each:
// nothing may panic.
func TestMonkey(t *testing.T) {
	screens := map[string]func() common.Screen{
		"menu":    func() common.Screen { return New(testCtx()) },
		"nines":   func() common.Screen { return NewNines(testCtx(), "", "") },
		"budget":  func() common.Screen { return NewBudget(testCtx(), "", "") },
		"mtbf":    func() common.Screen { return NewMTBF(testCtx(), "", "") },
		"compose": func() common.Screen { return NewCompose(testCtx(), "") },
	}
	steps := 2000
	if testing.Short() {
		steps = 500
	}
	for name, build := range screens {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(len(name))))
			s := build()
			s.SetSize(100, 30)
			for i := range steps {
				if rng.IntN(10) == 0 {
					w, h := rng.IntN(121), rng.IntN(41)
					if rng.IntN(3) == 0 {
						w, h = rng.IntN(3), rng.IntN(3)
					}
					s.SetSize(w, h)
				}
				k := monkeyKeys[rng.IntN(len(monkeyKeys))]
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Fatalf("step %d, key %q: panic: %v", i, k, r)
						}
					}()
					s.Update(press(k))
					s.Update(tea.WindowSizeMsg{Width: rng.IntN(3), Height: rng.IntN(3)})
					_ = s.View()
					_ = s.ShortHelp()
					_ = s.FullHelp()
				}()
			}
		})
	}
}
