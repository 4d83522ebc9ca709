package presenter

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// start is the fixed time the tests' clock starts at.
var start = time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)

// clock is a settable time source for tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// loadCourse is the built-in course and its questions, loaded once for
// every test; nothing changes them.
func loadCourse(tb testing.TB) (*lessons.Course, *quiz.Bank) { return coursetest.Course(tb) }

// newTestPresenter returns a presenter over the given lessons at w×h, its
// clock stopped at start.
func newTestPresenter(tb testing.TB, w, h int, dur time.Duration, ids ...string) (*Presenter, *clock) {
	tb.Helper()
	c, bank := loadCourse(tb)
	d, err := lecture.NewDeck(c, ids)
	if err != nil {
		tb.Fatal(err)
	}
	clk := &clock{t: start}
	ctx := &common.Context{Styles: theme.New(true), Course: c}
	m := New(ctx, Options{Deck: d, Bank: bank, Duration: dur, Now: clk.now})
	m.Update(sizeMsg(w, h))
	return m, clk
}

// slideWithBlock returns the first slide holding a live block of kind
// whose first argument is arg (a quiz block's question id).
func slideWithBlock(tb testing.TB, m *Presenter, kind, arg string) int {
	tb.Helper()
	for i, s := range m.deck.Slides {
		for _, b := range s.Blocks() {
			if b.Kind == kind && len(b.Args) > 0 && b.Args[0] == arg {
				return i
			}
		}
	}
	tb.Fatalf("no slide with a %s %s block", kind, arg)
	return -1
}

// press sends keys to a model, each name as tea.KeyPressMsg.
func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		m, _ = m.Update(keyMsg(k))
	}
	return m
}

// keyMsg turns a key name ("right", "space", "q", "ctrl+c") into a press.
func keyMsg(name string) tea.KeyPressMsg { return teatesting.Key(name) }

// sizeMsg is a window of w×h.
func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// plain is the presenter's screen without escape codes.
func plain(m *Presenter) string { return ansi.Strip(m.Content()) }

// firstQuestion is the first question of frame f students can answer,
// or nil.
func firstQuestion(f classroom.Frame) *classroom.Question {
	if len(f.Questions) == 0 {
		return nil
	}
	return f.Questions[0]
}
