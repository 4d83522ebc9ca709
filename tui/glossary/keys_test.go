package glossary

import (
	"testing"

	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey: in each of the glossary's states, every key it
// answers to is in its full help. While filtering it captures every key,
// so the root's keys reach it too, and typing is the field's.
func TestHelpListsEveryKey(t *testing.T) {
	states := []struct {
		name   string
		keys   []string
		typing bool
	}{
		{"list", []string{"down"}, false},
		{"filtering", []string{"/", "f", "a"}, true},
		{"kept filter", []string{"/", "f", "a", "enter", "down"}, false},
	}
	for _, s := range states {
		fresh := func() teatesting.Subject {
			m := newGlossary(t, 80, 24)
			press(m, s.keys...)
			return teatesting.Subject{Update: m.Update, View: m.View, Help: m}
		}
		skip := teatesting.Global
		if s.typing {
			skip = teatesting.Typing
		}
		teatesting.CheckHelp(t, "glossary, "+s.name, fresh, skip)
	}
}
