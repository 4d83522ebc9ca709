package quizscreen

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// wrap breaks plain text into lines of at most width cells.
func wrap(s string, width int) []string {
	return strings.Split(ansi.Wrap(s, max(8, width), ""), "\n")
}

// hanging wraps text after a first-line prefix and indents the following
// lines to line up under the text; style colours the text only.
func hanging(prefix, text string, width int, style lipgloss.Style) []string {
	indent := lipgloss.Width(prefix)
	lines := wrap(text, width-indent)
	out := make([]string, len(lines))
	for i, l := range lines {
		p := strings.Repeat(" ", indent)
		if i == 0 {
			p = prefix
		}
		out[i] = p + style.Render(l)
	}
	return out
}

// window returns at most height lines of lines, keeping line focus in view.
func window(lines []string, focus, height int) []string {
	if height <= 0 {
		return nil
	}
	if len(lines) <= height {
		return lines
	}
	first := max(0, min(focus-height/2, len(lines)-height))
	return lines[first : first+height]
}
