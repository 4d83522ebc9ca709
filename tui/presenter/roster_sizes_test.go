package presenter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestRosterAtEverySize: from the smallest window the presenter draws to
// a large one, the roster fills the screen exactly, no line is wider, and
// the count and the way back are always there.
func TestRosterAtEverySize(t *testing.T) {
	for _, size := range [][2]int{{MinWidth, MinHeight}, {60, 14}, {80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, hub := newJoinPresenter(t, size[0], size[1])
			joinN(t, hub, 57)
			if _, err := hub.Join("a-very-long-name-that-is-cut", "127.0.0.1:9"); err != nil {
				t.Fatal(err)
			}
			press(m, "w")
			got := m.Content()
			lines := strings.Split(got, "\n")
			if len(lines) != size[1] {
				t.Errorf("%d lines, want %d", len(lines), size[1])
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("line %d is %d wide: %q", i, w, ansi.Strip(l))
				}
			}
			text := ansi.Strip(got)
			if !strings.Contains(text, "58 students") || !strings.Contains(text, "s0") {
				t.Errorf("roster at %v:\n%s", size, text)
			}
		})
	}
}

// TestRosterSmallShows is what the roster looks like at 40×10, for a
// reader of this test: the count, names and the way back.
func TestRosterSmallShows(t *testing.T) {
	m, hub := newJoinPresenter(t, MinWidth, MinHeight)
	joinN(t, hub, 30)
	press(m, "w")
	text := plain(m)
	for _, want := range []string{"30 students joined", "s0", "w or esc"} {
		if !strings.Contains(text, want) {
			t.Errorf("roster at 40×10 lacks %q:\n%s", want, text)
		}
	}
}
