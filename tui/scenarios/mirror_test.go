package scenarios

import (
	"strings"
	"sync"
	"testing"
)

// TestMirrorIsFrozenUntilThePlayerChanges checks the look handed to
// students: the same drawing while nothing changes, a new one when the
// run moves, the player plays or pauses, or a key is pressed; and a
// drawing taken earlier keeps showing its own moment.
func TestMirrorIsFrozenUntilThePlayerChanges(t *testing.T) {
	p := newTestPlayer(t, "cold-standby", 100, 30)
	before := p.Mirror()
	if p.Mirror() != before {
		t.Fatal("the mirror changed while the player did not")
	}
	was := plain(before.Draw(80, 20, true))
	p.Init() // plays
	if p.Mirror() == before {
		t.Error("playing did not change the mirror")
	}
	stepTo(p, 50)
	moved := p.Mirror()
	if moved == before {
		t.Error("fifty steps did not change the mirror")
	}
	if got := plain(before.Draw(80, 20, true)); got != was {
		t.Errorf("an earlier drawing moved with the player:\n%s", got)
	}
	if !strings.Contains(plain(moved.Draw(80, 20, true)), "t 5.0 s of 120 s") {
		t.Errorf("the drawing after fifty steps lacks its clock:\n%s", plain(moved.Draw(80, 20, true)))
	}
	press(p, "e") // the parameter form is the presenter's own
	if got := plain(p.Mirror().Draw(80, 20, true)); !strings.Contains(got, editingNote) || strings.Contains(got, "enter restarts with them") {
		t.Errorf("followers see the form, or are not told it is open:\n%s", got)
	}
}

// TestMirrorDrawsAtEachSize checks that a drawing fits each size it is
// asked for, on light and dark backgrounds, and that students drawing
// it at once agree (run with -race).
func TestMirrorDrawsAtEachSize(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 100, 30)
	stepTo(p, 30)
	d := p.Mirror()
	var wg sync.WaitGroup
	for _, w := range []int{60, 64, 72, 80, 118} {
		for _, dark := range []bool{false, true} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				out := plain(d.Draw(w, 20, dark))
				lines := strings.Split(out, "\n")
				if len(lines) > 20 {
					t.Errorf("at %d×20 the drawing is %d lines", w, len(lines))
				}
				for _, l := range lines {
					if n := len([]rune(l)); n > w {
						t.Errorf("at %d columns a line is %d wide: %q", w, n, l)
					}
					if strings.Contains(l, "…") && strings.Contains(l, "mark") {
						t.Errorf("at %d columns the legend is cut: %q", w, l)
					}
				}
				if again := plain(d.Draw(w, 20, dark)); again != out {
					t.Errorf("at %d columns two drawings differ", w)
				}
			}()
		}
	}
	wg.Wait()
}
