package presenter

import (
	"fmt"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"faultline/internal/lecture"
	"faultline/tui/common"
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

// widgetHelp is what the help overlay lists while a widget has the keys:
// the widget's own, then the lecture's that still reach the presenter.
type widgetHelp struct {
	w    common.Screen
	keys KeyMap
}

func (h widgetHelp) ShortHelp() []key.Binding { return nil }

func (h widgetHelp) FullHelp() [][]key.Binding {
	return append(widgetHelpGroups(h.w), []key.Binding{h.keys.Cycle, h.keys.Help, h.keys.HelpAnywhere, h.keys.ForceQuit})
}

// TestWidgetHelpListsEveryKey: while each kind of widget of the course
// has the keys, every key the presenter answers to is in the help overlay:
// the widget's keys and the lecture's that still apply. Typing into a
// widget's field is the field's.
func TestWidgetHelpListsEveryKey(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0)
	seen := map[string]bool{}
	for i := range m.deck.Slides {
		m.move(lecture.Nav{Slide: i})
		for j, w := range m.visibleWidgets() {
			kind := fmt.Sprintf("%T", w)
			if seen[kind] {
				continue
			}
			seen[kind] = true
			skip := func(string) bool { return false }
			if capturing(w) {
				skip = teatesting.Typing
			}
			lesson, section := m.deck.Slides[i].Lesson.ID, m.deck.Slides[i].Section
			teatesting.CheckHelp(t, "presenter, "+kind+" in use", func() teatesting.Subject {
				m, _ := newTestPresenter(t, 100, 30, 0, lesson) // one lesson: quick to build
				for k, s := range m.deck.Slides {
					if s.Section == section {
						m.move(lecture.Nav{Slide: k})
					}
				}
				m.ensureTick() // the clock runs already, as in a lecture under way
				w := m.visibleWidgets()[j]
				m.focus = j
				m.start(w) // its first command (a scenario's first frame) is not needed
				return teatesting.Subject{Update: teatesting.Model(m), View: func() string { return plain(m) }, Help: widgetHelp{w, m.keys}}
			}, skip)
		}
	}
	if len(seen) < 3 {
		t.Errorf("checked %d kinds of widget, want the calculators, scenarios and questions", len(seen))
	}
}
