package app

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/internal/teatesting"
)

// course is the built-in course, loaded once per test binary.
func course(t testing.TB) *lessons.Course {
	t.Helper()
	c, _ := coursetest.Course(t)
	return c
}

// bank is the built-in question bank, loaded once with the course.
func bank(t testing.TB) *quiz.Bank {
	t.Helper()
	_, b := coursetest.Course(t)
	return b
}

// newTestModel returns the root model at width×height with no saved
// progress, or with progress saved under dir when dir is not empty.
func newTestModel(t testing.TB, width, height int, dir string) *Model {
	t.Helper()
	opt := Options{Course: course(t), Bank: bank(t), NoColor: true}
	if dir != "" {
		opt.Store = progress.Open(dir + "/progress.json")
	}
	ctx, _ := NewContext(opt)
	m := New(ctx, opt.Config)
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return m
}

// send delivers msg and then every message its commands produce, the way
// the program would, so navigation and saves complete before it returns.
func send(tb testing.TB, m *Model, msg tea.Msg) {
	tb.Helper()
	teatesting.Send(tb, teatesting.Model(m), msg)
}

// keys sends each key in turn, named as key bindings name them ("q",
// "enter", "esc", "down").
func keys(tb testing.TB, m *Model, names ...string) {
	tb.Helper()
	teatesting.Press(tb, teatesting.Model(m), teatesting.Keys(names...)...)
}

// keyMsg is the press of the key named k.
func keyMsg(k string) tea.KeyPressMsg { return teatesting.Key(k) }

// screen returns what the student sees, without styling.
func screen(m *Model) string { return ansi.Strip(m.View().Content) }

// entryKey returns the digit that opens the home entry titled title.
func entryKey(t testing.TB, m *Model, title string) string {
	t.Helper()
	for i, e := range m.homeEntries() {
		if e.Title == title {
			return string(rune('1' + i))
		}
	}
	t.Fatalf("home has no entry %q", title)
	return ""
}
