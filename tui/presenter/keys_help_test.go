package presenter

import (
	"testing"

	"charm.land/bubbles/v2/help"

	"faultline/internal/lecture"
	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey: on the slides, on a slide too tall for the
// window, and in the index of slides, every key the presenter answers to
// is in the help it shows there (the overlay for the slides, the index's
// own keys for the index).
func TestHelpListsEveryKey(t *testing.T) {
	states := []struct {
		name string
		w, h int
		keys []string
		help func(m *Presenter) help.KeyMap
	}{
		{"slides", 100, 30, []string{"right", "right"}, func(m *Presenter) help.KeyMap { return m.keys }},
		{"a tall slide", 60, 12, nil, func(m *Presenter) help.KeyMap { return m.keys }},
		{"index", 100, 30, []string{"right", "right", "i", "down"}, func(m *Presenter) help.KeyMap { return indexKeys{m.keys} }},
	}
	for _, s := range states {
		fresh := func() teatesting.Subject {
			m, _ := newTestPresenter(t, s.w, s.h, 0, "availability")
			if s.keys == nil {
				m.move(tallSlide(t, m))
				press(m, "down")
			}
			press(m, s.keys...)
			return teatesting.Subject{Update: teatesting.Model(m), View: func() string { return plain(m) }, Help: s.help(m)}
		}
		teatesting.CheckHelp(t, s.name, fresh, nil)
	}
}

// tallSlide returns the position of the first slide that scrolls in m's
// window.
func tallSlide(t *testing.T, m *Presenter) lecture.Nav {
	t.Helper()
	for i := range m.deck.Slides {
		m.move(lecture.Nav{Slide: i})
		before := plain(m)
		press(m, "down")
		if plain(m) != before {
			m.move(lecture.Nav{Slide: i})
			return lecture.Nav{Slide: i}
		}
	}
	t.Fatal("no slide is taller than the window")
	return lecture.Nav{}
}
