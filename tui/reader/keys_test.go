package reader

import (
	"strings"
	"testing"
	"time"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// TestHelpListsEveryKey: every key the reader answers to is in its full
// help, on a long section in the middle of a lesson (so every move does
// something) and while it asks which live block to open.
func TestHelpListsEveryKey(t *testing.T) {
	c, _ := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	// Long enough to scroll both ways at 80×24.
	render := func(l lessons.Lesson, i, width int) string {
		return strings.Repeat(l.Sections[i].Title+"\n", 100)
	}
	lesson, section := withLiveBlocks(t, c, 2)
	fresh := func(keys ...string) func() teatesting.Subject {
		return func() teatesting.Subject {
			m := New(ctx, lesson, section, render)
			m.now = func() (z time.Time) { return z }
			m.SetSize(80, 24)
			m.Update(teatesting.Key("down"))
			for _, k := range keys {
				m.Update(teatesting.Key(k))
			}
			return teatesting.Subject{Update: m.Update, View: m.View, Help: m}
		}
	}
	teatesting.CheckHelp(t, "reader", fresh(), teatesting.Global)
	teatesting.CheckHelp(t, "reader, picking a live block", fresh("enter"), teatesting.Global)
}

// withLiveBlocks returns a lesson and the index of a section, neither the
// first nor the last, with at least n live blocks that open as screens.
func withLiveBlocks(t *testing.T, c *lessons.Course, n int) (lessons.Lesson, int) {
	t.Helper()
	for _, l := range c.Lessons {
		for i, s := range l.Sections {
			live := 0
			for _, b := range s.Blocks() {
				if common.Interactive(b) {
					live++
				}
			}
			if live >= n && i > 0 && i < len(l.Sections)-1 {
				return l, i
			}
		}
	}
	t.Fatalf("no section in the middle of a lesson has %d live blocks", n)
	return lessons.Lesson{}, 0
}
