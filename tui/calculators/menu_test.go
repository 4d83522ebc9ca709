package calculators

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestMenuWrapsRatherThanCuts(t *testing.T) {
	for _, width := range []int{38, 60, 78} {
		view := ansi.Strip(sized(New(testCtx()), width, 40).View())
		flat := strings.Join(strings.Fields(view), " ")
		if strings.Contains(strings.ReplaceAll(flat, "day … year", ""), "…") {
			t.Errorf("menu at %d columns cuts text off:\n%s", width, view)
		}
		for _, want := range []string{"`faultline nines` prints.", "per day … year.", "what would improve it.", "see what redundancy buys."} {
			if !strings.Contains(flat, want) {
				t.Errorf("menu at %d columns lacks %q:\n%s", width, want, view)
			}
		}
	}
}
