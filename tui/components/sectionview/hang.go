package sectionview

import (
	"regexp"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// itemStart matches the start of a rendered list item: its indentation and
// its marker ("• " or "12. ").
var itemStart = regexp.MustCompile(`^( *)(• |\d+\. )`)

// hangIndent re-wraps rendered list items so that their wrapped lines
// start under the item's text, not under its bullet: Glamour wraps an item
// flush with its marker. Styles inside the text are kept; width is the
// width the text was wrapped to.
func hangIndent(out string, width int) string {
	lines := strings.Split(out, "\n")
	res := make([]string, 0, len(lines))
	for i := 0; i < len(lines); {
		plain := ansi.Strip(lines[i])
		m := itemStart.FindStringSubmatch(plain)
		if m == nil {
			res = append(res, lines[i])
			i++
			continue
		}
		indent := len(m[1])
		j := i + 1
		for j < len(lines) && continues(ansi.Strip(lines[j]), indent) {
			j++
		}
		if j == i+1 {
			res = append(res, lines[i])
			i++
			continue
		}
		res = append(res, rewrapItem(lines[i:j], indent, lipgloss.Width(m[2]), width)...)
		i = j
	}
	return strings.Join(res, "\n")
}

// continues reports whether a rendered line (styles stripped) is a wrapped
// continuation of an item indented by indent: same indentation, some text,
// and not an item of its own.
func continues(plain string, indent int) bool {
	body := strings.TrimLeft(plain, " ")
	return strings.TrimSpace(body) != "" && len(plain)-len(body) == indent && !itemStart.MatchString(body)
}

// rewrapItem joins an item's lines and wraps its text again with a hanging
// indent of indent+marker columns.
func rewrapItem(lines []string, indent, marker, width int) []string {
	head := indent + marker
	parts := make([]string, len(lines))
	for k, l := range lines {
		skip := indent
		if k == 0 {
			skip = head
		}
		parts[k] = strings.TrimSpace(ansi.Cut(l, skip, lipgloss.Width(l)))
	}
	text := strings.Join(parts, " ")
	wrapped := strings.Split(lipgloss.Wrap(text, max(1, width-head), " "), "\n")
	first := ansi.Cut(lines[0], 0, head)
	pad := strings.Repeat(" ", head)
	out := make([]string, len(wrapped))
	for k, w := range wrapped {
		if k == 0 {
			out[k] = first + w
		} else {
			out[k] = pad + w
		}
	}
	return out
}
