package home

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

type opened int

// TestHelpListsEveryKey: every key the home screen answers to is in its
// full help; the root's own keys never reach it.
func TestHelpListsEveryKey(t *testing.T) {
	ctx := &common.Context{Styles: theme.New(true)}
	fresh := func() teatesting.Subject {
		var entries []Entry
		for i := range 3 {
			entries = append(entries, Entry{Title: "entry", Description: "what it is",
				Open: func() tea.Cmd { return func() tea.Msg { return opened(i) } }})
		}
		m := New(ctx, entries)
		m.SetSize(80, 24)
		return teatesting.Subject{Update: m.Update, View: m.View, Help: m}
	}
	teatesting.CheckHelp(t, "home", fresh, teatesting.Global)
}
