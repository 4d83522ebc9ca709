package app

import (
	"strings"
	"testing"

	"faultline/tui/coursemap"
)

// TestCourseMapFromAnywhere: ctrl+g opens the course map from home, from a
// lesson and from a focused text field (the glossary's filter), and esc
// goes back to where the student was, filter text and all.
func TestCourseMapFromAnywhere(t *testing.T) {
	for name, path := range map[string][]string{
		"home":            nil,
		"lesson":          {"enter", "enter"},
		"glossary filter": {"GLOSSARY", "/", "m", "t"},
	} {
		m := newTestModel(t, 80, 24, "")
		for i, k := range path {
			if k == "GLOSSARY" {
				path[i] = entryKey(t, m, "Glossary")
			}
		}
		keys(t, m, path...)
		before := screen(m)
		keys(t, m, "ctrl+g")
		if _, ok := m.Top().(*coursemap.Model); !ok {
			t.Errorf("%s: ctrl+g opened %T, want the course map", name, m.Top())
			continue
		}
		if !strings.Contains(screen(m), "Next: ") {
			t.Errorf("%s: the course map:\n%s", name, screen(m))
		}
		keys(t, m, "ctrl+g") // a second press keeps the one map
		keys(t, m, "esc")
		if got := screen(m); got != before {
			t.Errorf("%s: esc from the map did not return to it:\n%s\nwant:\n%s", name, got, before)
		}
	}
}

// TestCourseMapIsInTheHelp: the full help names ctrl+g on every screen.
func TestCourseMapIsInTheHelp(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	keys(t, m, "?")
	if !strings.Contains(screen(m), "ctrl+g course map") {
		t.Errorf("the full help lacks the course map:\n%s", screen(m))
	}
}
