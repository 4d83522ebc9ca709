package sectionview

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/theme"
)

func TestHangIndent(t *testing.T) {
	in := strings.Join([]string{
		"  • Security, administration, homogeneity and topology lead to surprises from",
		"  parts you do not control.",
		"  • Short item.",
		"  12. A numbered item that wraps",
		"  onto a second line.",
		"",
		"  A paragraph that is not an item",
		"  and wraps.",
	}, "\n")
	want := strings.Join([]string{
		"  • Security, administration, homogeneity and topology lead to surprises from",
		"    parts you do not control.",
		"  • Short item.",
		"  12. A numbered item that wraps onto a second line.",
		"",
		"  A paragraph that is not an item",
		"  and wraps.",
	}, "\n")
	if got := hangIndent(in, 80); got != want {
		t.Errorf("hangIndent:\n%s\nwant:\n%s", got, want)
	}
}

// TestRenderedItemsHang renders a real lesson list at a narrow width and
// checks every wrapped line of an item starts under the item's text.
func TestRenderedItemsHang(t *testing.T) {
	r := New(theme.New(true), false)
	md := "- **Failover time**: minutes to hours. Boot, configure, restore the latest backup, check, redirect.\n- Short.\n"
	out := r.Markdown(md, 40)
	lines := strings.Split(ansi.Strip(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("expected the first item to wrap at 40 columns:\n%s", ansi.Strip(out))
	}
	for i, l := range lines {
		if lipgloss.Width(l) > 40 {
			t.Errorf("line %d is %d wide: %q", i, lipgloss.Width(l), l)
		}
	}
	if !strings.HasPrefix(lines[1], "    ") || strings.HasPrefix(lines[1], "     ") {
		t.Errorf("the wrapped line should hang under the text (4 spaces): %q", lines[1])
	}
}
