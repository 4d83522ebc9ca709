package presenter

import (
	"strings"
	"testing"

	"faultline/internal/lecture"
	"faultline/lessons"
)

// TestWidgetDrawnInPlaceAt100x30: on a projector-sized screen every
// slide of the availability lesson holding the nines calculator draws the
// calculator itself, its form and a table with every value the block
// names, not the one-line entry it falls back to when squeezed; its check
// question waits on the next slide. At 100×30 the slide with one value
// does; one naming three whose prose leaves too little room names them
// all on its one line instead of cutting the table's box; at 100×40
// every one draws in place.
func TestWidgetDrawnInPlaceAt100x30(t *testing.T) {
	for _, h := range []int{30, 40} {
		m, _ := newTestPresenter(t, 100, h, 0, "availability")
		found := 0
		for i, s := range m.deck.Slides {
			blocks := s.Blocks()
			if len(blocks) == 0 || blocks[0].Kind != lessons.KindNines {
				continue
			}
			found++
			m.move(lecture.Nav{Slide: i})
			out := plain(m)
			if strings.Count(out, "╭") != strings.Count(out, "╰") {
				t.Errorf("slide %d %q at 100×%d cuts a box:\n%s", i+1, s.Title, h, out)
			}
			inPlace := !strings.Contains(out, "enter to open") && strings.Contains(out, "per day")
			if !inPlace && (h == 40 || len(blocks[0].Args) < 2) {
				t.Errorf("slide %d %q at 100×%d does not draw its calculator in place:\n%s", i+1, s.Title, h, out)
			}
			for _, v := range blocks[0].Args {
				if !strings.Contains(out, v) {
					t.Errorf("slide %d %q at 100×%d does not show %s, a value its block names:\n%s", i+1, s.Title, h, v, out)
				}
			}
			if strings.Contains(out, "Question ") {
				t.Errorf("slide %d %q shares the screen with its check question:\n%s", i+1, s.Title, out)
			}
		}
		if found == 0 {
			t.Fatal("the availability lesson has no slide with the nines calculator")
		}
	}
}
