package student

import (
	"testing"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/quiz"
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
				frame.Questions = []*classroom.Question{classroom.QuestionFrom(q, false)}
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

// TestNamePromptHelpListsEveryKey: at the name prompt, enter joins and
// esc joins without a name, and both are in the screen's help; typing is
// the name field's. A slide is already up, so joining gets its frame at
// once.
func TestNamePromptHelpListsEveryKey(t *testing.T) {
	teatesting.CheckHelp(t, "name prompt", func() teatesting.Subject {
		m, hub := newTestStudent(t)
		deck := m.slides.Deck()
		hub.Publish(classroom.Frame{State: deck.State(navAt(0, deck), zeroTimer, false, zeroTime)})
		var h help.KeyMap = m
		return teatesting.Subject{Update: teatesting.Model(m), View: func() string { return ansi.Strip(m.Content()) }, Help: h}
	}, teatesting.Typing)
}

// TestHelpListsEveryKeyOfEveryType: on an open question of each type,
// every key the student's screen answers to is in its full help (typing
// into a numeric answer aside).
func TestHelpListsEveryKeyOfEveryType(t *testing.T) {
	for _, typ := range quiz.Types {
		var skip func(string) bool
		if typ == quiz.NumericType {
			skip = teatesting.Typing
		}
		teatesting.CheckHelp(t, string(typ)+" question open", func() teatesting.Subject {
			m, hub := newTestStudent(t)
			deck := m.slides.Deck()
			n, q := slideOfType(t, deck, typ)
			typeKeys(m, "enter")
			hub.Publish(classroom.Frame{State: deck.State(navAt(n, deck), zeroTimer, false, zeroTime), Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
			f, _ := hub.Current()
			m.Update(frameMsg{f})
			if typ != quiz.NumericType {
				m.Update(teatesting.Key("down")) // a cursor that can move both ways
			}
			var h help.KeyMap = m
			return teatesting.Subject{Update: teatesting.Model(m), View: func() string { return ansi.Strip(m.Content()) }, Help: h}
		}, skip)
	}
}
