package app

import (
	"strings"
	"testing"
)

// lastLine is the help line at the bottom of the screen.
func lastLine(m *Model) string {
	lines := strings.Split(screen(m), "\n")
	return lines[len(lines)-1]
}

func TestShortHelpKeepsTheGlobalKeysWhenNarrow(t *testing.T) {
	tests := []struct {
		name          string
		width, height int
		lesson        string
		section       int
		want          []string
	}{
		// A long section with a live block: every reader key is enabled.
		{"reader with a live block at 80", 80, 24, "availability", 1, []string{"enter open live", "esc back", "? more keys", "q quit"}},
		{"reader at 40", 40, 10, "availability", 1, []string{"? more keys", "q quit"}},
		{"reader at 100", 100, 30, "fallacies", 1, []string{"esc back", "? more keys", "q quit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, tt.width, tt.height, "")
			openLesson(t, m, tt.lesson, tt.section)
			line := lastLine(m)
			for _, w := range tt.want {
				if !strings.Contains(line, w) {
					t.Errorf("help line %q lacks %q", line, w)
				}
			}
			if strings.Contains(line, "…") {
				t.Errorf("help line %q is cut off", line)
			}
		})
	}
}

func TestReaderHelpNamesOnlyKeysThatWork(t *testing.T) {
	m := newTestModel(t, 200, 60, "")
	openLesson(t, m, "intro", 0)
	first := lastLine(m)
	if strings.Contains(first, "previous") {
		t.Errorf("first section's help offers a previous section: %q", first)
	}
	if strings.Contains(first, "scroll down") {
		t.Errorf("a section that fits the screen offers scrolling: %q", first)
	}
	keys(t, m, "G")
	if last := lastLine(m); strings.Contains(last, "next section") {
		t.Errorf("last section's help offers a next section: %q", last)
	}
}
