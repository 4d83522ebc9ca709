package notes

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"faultline/internal/lecture"
	"faultline/internal/lecture/link"
)

// TestGolden draws the notes view at 100×30 without styling: following a
// presenter on its second slide of a 45-minute lecture, and waiting for
// one.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		draw func(t *testing.T) string
	}{
		{"notes", func(t *testing.T) string {
			d := testDeck(t, "fallacies", "availability")
			clk := &clock{t: start.Add(12*time.Minute + 5*time.Second)}
			// What a presenter started at start publishes one slide on.
			st := d.State(lecture.Nav{}.Next(d), lecture.NewTimer(45*time.Minute, start), false, clk.t)
			n := newTestNotes(100, 30, clk)
			n.Update(updateMsg(link.Update{State: st, Connected: true}))
			return ansi.Strip(n.Content())
		}},
		{"notes_waiting", func(t *testing.T) string {
			return ansi.Strip(newTestNotes(100, 30, &clock{t: start}).Content())
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden.RequireEqual(t, []byte(tt.draw(t)))
		})
	}
}
