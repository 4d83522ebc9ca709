package presenter

import (
	"strings"
	"testing"

	"faultline/internal/lecture"
	"faultline/lessons"
)

// TestWidgetDrawnInPlaceAt100x30: on a projector-sized 100×30 screen every
// slide of the availability lesson holding the nines calculator draws the
// calculator itself, its form and table, not the one-line entry it falls
// back to when squeezed; its check question waits on the next slide.
func TestWidgetDrawnInPlaceAt100x30(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "availability")
	found := 0
	for i, s := range m.deck.Slides {
		blocks := s.Blocks()
		if len(blocks) == 0 || blocks[0].Kind != lessons.KindNines {
			continue
		}
		found++
		m.move(lecture.Nav{Slide: i})
		out := plain(m)
		if strings.Contains(out, "▶ ") || !strings.Contains(out, "per day") {
			t.Errorf("slide %d %q at 100×30 does not draw its calculator in place:\n%s", i+1, s.Title, out)
		}
		if strings.Contains(out, "Question ") {
			t.Errorf("slide %d %q shares the screen with its check question:\n%s", i+1, s.Title, out)
		}
	}
	if found == 0 {
		t.Fatal("the availability lesson has no slide with the nines calculator")
	}
}
