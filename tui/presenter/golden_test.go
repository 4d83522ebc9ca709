package presenter

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"faultline/internal/lecture"
)

// slideWith returns the first slide holding a live block of kind.
func slideWith(tb testing.TB, m *Presenter, kind string) int {
	tb.Helper()
	for i, s := range m.deck.Slides {
		for _, b := range s.Blocks() {
			if b.Kind == kind {
				return i
			}
		}
	}
	tb.Fatalf("no slide with a %s block", kind)
	return -1
}

// TestGolden draws the presenter at 100×30 without styling: a title
// slide, a content slide half revealed, a slide with the nines calculator
// in place (at 100×41, beside its check question) and in use, the index
// and the help.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		draw func(t *testing.T) string
	}{
		{"title_slide", func(t *testing.T) string {
			m, clk := newTestPresenter(t, 100, 30, 45*time.Minute, "fallacies", "availability")
			clk.t = start.Add(90 * time.Second)
			return plain(m)
		}},
		{"title_slide_big_letters", func(t *testing.T) string {
			m, _ := newTestPresenter(t, 100, 30, 0, "intro")
			return plain(m)
		}},
		{"content_slide_revealing", func(t *testing.T) string {
			m, clk := newTestPresenter(t, 100, 30, 45*time.Minute, "fallacies", "availability")
			press(m, "right", "right", "right", "right")
			clk.t = start.Add(41 * time.Minute) // four minutes left: Soon
			return plain(m)
		}},
		{"live_calculator", func(t *testing.T) string {
			m, _ := newTestPresenter(t, 100, 30, 0, "availability")
			m.move(lecture.Nav{Slide: slideWith(t, m, "nines")})
			return plain(m)
		}},
		{"live_calculator_in_use", func(t *testing.T) string {
			m, _ := newTestPresenter(t, 100, 30, 0, "availability")
			m.move(lecture.Nav{Slide: slideWith(t, m, "nines")})
			press(m, "enter", "ctrl+u")
			press(m, "9", "9", ".", "9", "9")
			return plain(m)
		}},
		{"index", func(t *testing.T) string {
			m, _ := newTestPresenter(t, 100, 30, 0, "fallacies", "availability")
			press(m, "i", "down", "down")
			return plain(m)
		}},
		{"join_screen", func(t *testing.T) string {
			m, hub := newJoinPresenter(t, 100, 30)
			press(m, "j")
			joinN(t, hub, 3)
			return plain(m)
		}},
		{"help", func(t *testing.T) string {
			m, _ := newTestPresenter(t, 100, 30, 0, "fallacies")
			press(m, "?")
			return plain(m)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden.RequireEqual(t, []byte(tt.draw(t)))
		})
	}
}
