package glossary

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// newGlossary returns the glossary over the built-in course (loaded once
// for every test; nothing changes it) at w×h.
func newGlossary(t *testing.T, w, h int) *Model {
	t.Helper()
	course, _ := coursetest.Course(t)
	m := New(&common.Context{Styles: theme.New(true), Course: course, Progress: progress.NewState()})
	m.SetSize(w, h)
	return m
}

// press sends named keys ("down", "up", "enter", "esc") or typed text.
func press(m *Model, keys ...string) tea.Cmd {
	codes := map[string]rune{"down": tea.KeyDown, "up": tea.KeyUp, "enter": tea.KeyEnter, "esc": tea.KeyEscape}
	var cmd tea.Cmd
	for _, k := range keys {
		if c, ok := codes[k]; ok {
			cmd = m.Update(tea.KeyPressMsg{Code: c})
			continue
		}
		for _, r := range k {
			cmd = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	return cmd
}

// TestArrowsLeaveTheFilterAndMove checks that ↓ and ↑ typed in the filter
// keep it and move the highlight at once, as they do everywhere else.
func TestArrowsLeaveTheFilterAndMove(t *testing.T) {
	m := newGlossary(t, 80, 22)
	press(m, "/", "fail")
	if len(m.Terms()) < 3 {
		t.Fatalf("filter %q matched %d terms, want at least 3", "fail", len(m.Terms()))
	}
	press(m, "down")
	if m.filtering || m.cursor != 1 {
		t.Fatalf("after ↓ in the filter: filtering %v, cursor %d; want false, 1", m.filtering, m.cursor)
	}
	if m.input.Value() != "fail" {
		t.Errorf("filter %q after ↓, want %q kept", m.input.Value(), "fail")
	}
	press(m, "down", "/", "up")
	if m.filtering || m.cursor != 1 {
		t.Errorf("after ↓ / ↑: filtering %v, cursor %d; want false, 1", m.filtering, m.cursor)
	}
	msg := press(m, "enter")()
	open, ok := msg.(common.OpenLessonMsg)
	if !ok {
		t.Fatalf("enter gave %T, want OpenLessonMsg", msg)
	}
	if l, i, _ := m.ctx.Course.Resolve(m.Terms()[1].Lesson); open.Lesson != l.ID || open.Section != i {
		t.Errorf("enter opened %+v, want lesson %s section %d", open, l.ID, i)
	}
	if got := ansi.Strip(m.View()); !strings.Contains(got, "› "+m.Terms()[1].Term) {
		t.Errorf("the highlight is not on %q:\n%s", m.Terms()[1].Term, got)
	}
}
