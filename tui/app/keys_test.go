package app

import (
	"testing"

	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey opens each screen the home screen leads to, as a
// student would, and presses every key there: any key the program answers
// to (the screen changes, or a screen opens or closes) must be in the full
// help the root shows, the screen's keys and the global ones together.
// The reader is checked in its own package, where a section costs nothing
// to draw; here each of its 140 keys would render a lesson afresh.
func TestHelpListsEveryKey(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	paths := map[string][]string{
		"home":        nil,
		"lessons":     {entryKey(t, m, "Lessons")},
		"calculators": {entryKey(t, m, "Calculators")},
		"scenarios":   {entryKey(t, m, "Scenarios")},
		"glossary":    {entryKey(t, m, "Glossary")},
		"course map":  {entryKey(t, m, "Course map")},
		"quizzes":     {entryKey(t, m, "Quizzes")},
	}
	for name, path := range paths {
		fresh := func() teatesting.Subject {
			m := newTestModel(t, 100, 30, "")
			keys(t, m, path...)
			return teatesting.Subject{Update: teatesting.Model(m), View: func() string { return screen(m) },
				Help: helpKeys{screen: m.top(), global: m.keys}}
		}
		teatesting.CheckHelp(t, name, fresh, nil)
	}
}
