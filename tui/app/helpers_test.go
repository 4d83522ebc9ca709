package app

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/assets"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/internal/teatesting"
)

var (
	testCourse *lessons.Course
	testBank   *quiz.Bank
)

func course(t testing.TB) *lessons.Course {
	t.Helper()
	if testCourse == nil {
		c, err := lessons.Load(assets.FS)
		if err != nil {
			t.Fatalf("loading the course: %v", err)
		}
		b, err := quiz.Load(assets.FS, c)
		if err != nil {
			t.Fatalf("loading the questions: %v", err)
		}
		testCourse, testBank = c, b
	}
	return testCourse
}

// newTestModel returns the root model at width×height with no saved
// progress, or with progress saved under dir when dir is not empty.
func newTestModel(t testing.TB, width, height int, dir string) *Model {
	t.Helper()
	opt := Options{Course: course(t), Bank: testBank, NoColor: true}
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
