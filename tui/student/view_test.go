package student

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestJoinPromptKeepsKeyRangesWhole checks the name prompt at every
// width from 40 to 120 columns: the answer keys "1 to 9" and "a to i"
// are never split over two lines.
func TestJoinPromptKeepsKeyRangesWhole(t *testing.T) {
	m, _ := newTestStudent(t)
	for w := 40; w <= 120; w++ {
		m.Update(tea.WindowSizeMsg{Width: w, Height: 30})
		screen := strings.ReplaceAll(ansi.Strip(m.Content()), "\u00a0", " ")
		flat := strings.Join(strings.Fields(screen), " ")
		if !strings.Contains(flat, "1 to 9 or a to i pick a choice") {
			t.Fatalf("width %d: the prompt lacks the answer keys:\n%s", w, screen)
		}
		for _, keys := range []string{"1 to 9", "a to i"} {
			if !strings.Contains(screen, keys) {
				t.Errorf("width %d: %q is split over two lines:\n%s", w, keys, screen)
			}
		}
	}
}
