package app

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/assets"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
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
func send(m *Model, msg tea.Msg) {
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0 && steps < 50; steps++ {
		next := queue[0]
		queue = queue[1:]
		_, cmd := m.Update(next)
		queue = append(queue, runCmd(cmd)...)
	}
}

// runCmd runs cmd and returns the messages it yields, skipping the ones
// that talk to a terminal.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Millisecond): // timers such as cursor blinks
		return nil
	}
	switch msg := msg.(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runCmd(c)...)
		}
		return out
	case nil, tea.QuitMsg:
		return nil
	case common.OpenMsg, common.OpenLessonMsg, common.OpenBlockMsg, common.BackMsg, common.ProgressSavedMsg:
		return []tea.Msg{msg}
	default:
		return nil
	}
}

// keys sends each key in turn: single characters as typed text, longer
// names ("enter", "esc", "down") as special keys.
func keys(m *Model, names ...string) {
	for _, k := range names {
		send(m, keyMsg(k))
	}
}

var specialKeys = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "down": tea.KeyDown, "up": tea.KeyUp,
	"left": tea.KeyLeft, "right": tea.KeyRight, "tab": tea.KeyTab, "space": tea.KeySpace,
	"backspace": tea.KeyBackspace, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
}

func keyMsg(k string) tea.KeyPressMsg {
	if code, ok := specialKeys[k]; ok {
		if k == "space" {
			return tea.KeyPressMsg{Code: code, Text: " "}
		}
		return tea.KeyPressMsg{Code: code}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

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
