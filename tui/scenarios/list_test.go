package scenarios

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestListShowsTheSelectedSummaryInFull(t *testing.T) {
	for _, size := range [][2]int{{78, 21}, {40, 12}, {100, 30}} {
		l := NewList(testContext())
		l.SetSize(size[0], size[1])
		for i, spec := range l.specs {
			view := ansi.Strip(l.View())
			if h := strings.Count(view, "\n") + 1; h > size[1] {
				t.Errorf("%v, cursor %d: view is %d lines high", size, i, h)
			}
			flat := strings.Join(strings.Fields(view), " ")
			if !strings.Contains(flat, spec.Summary) {
				t.Errorf("%v: the selected %s's summary %q is not shown in full:\n%s", size, spec.Name, spec.Summary, view)
			}
			press(l, "down")
		}
	}
}
