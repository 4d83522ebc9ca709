package student

import (
	"testing"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey: following the slides, with and without an open
// question, every key the student's screen answers to is named in its
// footer.
func TestHelpListsEveryKey(t *testing.T) {
	for _, withQuestion := range []bool{false, true} {
		name := "following"
		if withQuestion {
			name = "following, a question open"
		}
		teatesting.CheckHelp(t, name, func() teatesting.Subject {
			m, hub := newTestStudent(t)
			deck := m.slides.Deck()
			n, q := quizSlide(t, deck)
			typeKeys(m, "enter")
			frame := classroom.Frame{State: deck.State(navAt(n, deck), zeroTimer, false, zeroTime)}
			if withQuestion {
				frame.Question = classroom.QuestionFrom(q, false)
			}
			hub.Publish(frame)
			f, _ := hub.Current()
			m.Update(frameMsg{f})
			m.Update(teatesting.Key("down"))
			var h help.KeyMap = m
			return teatesting.Subject{Update: teatesting.Model(m), View: func() string { return ansi.Strip(m.Content()) }, Help: h}
		}, nil)
	}
}
