package presenter

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/assets"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// start is the fixed time the tests' clock starts at.
var start = time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)

// clock is a settable time source for tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func loadCourse(tb testing.TB) (*lessons.Course, *quiz.Bank) {
	tb.Helper()
	c, err := lessons.Load(assets.FS)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := quiz.Load(assets.FS, c)
	if err != nil {
		tb.Fatal(err)
	}
	return c, b
}

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

// press sends keys to a model, each name as tea.KeyPressMsg.
func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		m, _ = m.Update(keyMsg(k))
	}
	return m
}

// keyMsg turns a key name ("right", "space", "q", "ctrl+c") into a press.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// sizeMsg is a window of w×h.
func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// plain is the presenter's screen without escape codes.
func plain(m *Presenter) string { return ansi.Strip(m.Content()) }
