package theme

import (
	"testing"
	"unsafe"

	"charm.land/lipgloss/v2"
)

// TestStylesAreCheapToPass: screens pass Styles by value, into every
// function that draws. Holding the styles themselves (a Style is over 600
// bytes) made that a 23 KB copy and gave drawing functions stack frames of
// 50-80 KB, which every command and every classroom session paid for in
// page faults and stack.
func TestStylesAreCheapToPass(t *testing.T) {
	if size := unsafe.Sizeof(Styles{}); size > 256 {
		t.Errorf("a Styles is %d bytes; keep the styles behind the shared pointer (a Style alone is %d)", size, unsafe.Sizeof(lipgloss.Style{}))
	}
}

// TestCloneDoesNotChangeTheOriginal: the styles are shared by every copy,
// so a change goes through Clone.
func TestCloneDoesNotChangeTheOriginal(t *testing.T) {
	s := New(true)
	before := s.Table.Cell.Render("x")
	c := s.Clone()
	c.Table.Cell = c.Table.Cell.Bold(true).Foreground(s.Palette.Bad)
	if got := s.Table.Cell.Render("x"); got != before {
		t.Errorf("changing a clone changed the original: %q, was %q", got, before)
	}
	if c.Table.Cell.Render("x") == before {
		t.Error("the clone's change did not take")
	}
}
