package notes

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// start is the fixed time the tests' clock starts at.
var start = time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)

// clock is a settable time source for tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// testDeck is the deck of the named lessons of the built-in course (all
// of them without ids).
func testDeck(tb testing.TB, ids ...string) *lecture.Deck { return coursetest.Deck(tb, ids...) }

// newTestNotes is a notes view at w×h on clk, reading no link.
func newTestNotes(w, h int, clk *clock) *Notes {
	n := New(&common.Context{Styles: theme.New(true)}, nil, clk.now)
	n.Update(sizeMsg(w, h))
	return n
}

// sizeMsg is a window of w×h.
func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// keyMsg turns a key name ("up", "down", "q") into a press.
func keyMsg(name string) tea.KeyPressMsg { return teatesting.Key(name) }

// ansiText is the notes view without escape codes.
func ansiText(n *Notes) string { return ansi.Strip(n.Content()) }
