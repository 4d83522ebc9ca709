package home

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
	"faultline/tui/theme"
)

// TestStandingShowsAtEveryHeight checks that the line saying where the
// student stands stays when the menu leaves no room for the subtitle.
func TestStandingShowsAtEveryHeight(t *testing.T) {
	ctx := &common.Context{Styles: theme.New(true)}
	var entries []Entry
	for range 6 {
		entries = append(entries, Entry{Title: "entry", Description: "what it is, at some length so that it wraps onto a second line here"})
	}
	m := New(ctx, entries)
	m.SetStanding("5 of 13 lessons · 3 questions due")
	for _, h := range []int{30, 16} {
		m.SetSize(60, h)
		if v := ansi.Strip(m.View()); !strings.Contains(v, "5 of 13 lessons · 3 questions due") {
			t.Errorf("at 60×%d the home screen lacks the standing:\n%s", h, v)
		}
	}
}
