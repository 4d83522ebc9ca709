package common

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit cuts s to at most width columns and height lines, padding nothing.
// It is the last line of defence that keeps any screen inside the terminal.
func Fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if lipgloss.Width(l) > width {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// ProgressBar draws a bar of width cells with done of total filled.
func ProgressBar(done, total, width int, filled, empty lipgloss.Style) string {
	if width <= 0 {
		return ""
	}
	n := 0
	if total > 0 {
		n = done * width / total
	}
	n = max(0, min(n, width))
	return filled.Render(strings.Repeat("█", n)) + empty.Render(strings.Repeat("░", width-n))
}
