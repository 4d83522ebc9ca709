package common

import (
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestCut(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  string
	}{
		{"fits as it is", 20, "fits as it is"},
		{"running through the log", 16, "running through…"},
		{"running through the log", 12, "running…"},
		// A number is never kept without its unit.
		{"the primary was down for 10 s after the crash", 28, "the primary was down for…"},
		{"the primary was down for 10 s after the crash", 27, "the primary was down for…"},
		{"the primary was down for 10 min after the crash", 30, "the primary was down for…"},
		{"the primary was down for 10 min after the crash", 32, "the primary was down for 10 min…"},
		{"promises 99.9999 % from three replicas", 18, "promises…"},
		// A number with no unit after it may end a cut.
		{"one of 10 replicas is down", 10, "one of 10…"},
		{"abcdefghijklmnop", 8, "abcdefg…"},
		{"x", 1, "x"},
		{"xy", 1, "x"},
	} {
		if got := Cut(c.in, c.width); got != c.want {
			t.Errorf("Cut(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
		if w := ansi.StringWidth(Cut(c.in, c.width)); w > c.width {
			t.Errorf("Cut(%q, %d) is %d wide", c.in, c.width, w)
		}
	}
	styled := lipgloss.NewStyle().Bold(true).Render("down for 10 s after the crash")
	if got := ansi.Strip(Cut(styled, 12)); got != "down for…" {
		t.Errorf("Cut of styled text = %q, want %q", got, "down for…")
	}
}
