package lecture

import (
	"iter"
	"strings"
)

// CountItems returns the number of top-level list items in a Markdown body,
// as described under "Reveal steps" in the package documentation.
func CountItems(markdown string) int {
	n := 0
	for range topItems(markdown) {
		n++
	}
	return n
}

// Revealed returns markdown as shown with the first step top-level list
// items revealed: everything from the start of item step+1 on is left out
// (and the newlines before it), so prose after the list appears together with
// the last item. A negative step, or one at least CountItems, returns
// markdown whole. Items are those CountItems counts.
func Revealed(markdown string, step int) string {
	if step < 0 {
		return markdown
	}
	i := 0
	for start := range topItems(markdown) {
		if i == step {
			return strings.TrimRight(markdown[:start], "\r\n")
		}
		i++
	}
	return markdown
}

// topItems yields the byte offset of each top-level list item's line.
func topItems(markdown string) iter.Seq[int] {
	return func(yield func(int) bool) {
		var fence string // the opening fence while inside a fenced block
		pos := 0
		for raw := range strings.Lines(markdown) {
			start := pos
			pos += len(raw)
			line := strings.TrimRight(raw, "\r\n")
			if fence != "" {
				if isClosingFence(line, fence) {
					fence = ""
				}
				continue
			}
			if f := openingFence(line); f != "" {
				fence = f
				continue
			}
			if isListItem(line) && !yield(start) {
				return
			}
		}
	}
}

// openingFence returns the run of backticks or tildes opening a fenced code
// block on line (indented by at most three spaces), or "" if line opens none.
func openingFence(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 {
		return ""
	}
	c := t[0]
	if c != '`' && c != '~' {
		return ""
	}
	i := 0
	for i < len(t) && t[i] == c {
		i++
	}
	if i < 3 {
		return ""
	}
	if c == '`' && strings.ContainsRune(t[i:], '`') {
		return "" // a backtick fence's info string may not hold backticks
	}
	return t[:i]
}

// isClosingFence reports whether line closes a block opened by fence: the
// same character, at least as many times, and nothing else but spaces.
func isClosingFence(line, fence string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return false
	}
	t = strings.TrimRight(t, " \t")
	if len(t) < len(fence) {
		return false
	}
	return strings.Trim(t, fence[:1]) == ""
}

// isListItem reports whether line starts a top-level list item.
func isListItem(line string) bool {
	if len(line) < 2 {
		return false
	}
	switch line[0] {
	case '-', '*', '+':
		return line[1] == ' ' && !isThematicBreak(line)
	}
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(line[i:], ". ")
}

// isThematicBreak reports whether line is a horizontal rule such as "* * *"
// or "- - -": three or more of one of *, - or _ and nothing but spaces.
func isThematicBreak(line string) bool {
	c := line[0]
	count := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			count++
		case ' ', '\t':
		default:
			return false
		}
	}
	return count >= 3
}
