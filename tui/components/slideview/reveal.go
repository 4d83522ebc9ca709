package slideview

import "strings"

// revealed cuts Markdown md so that only its first step top-level list
// items show: everything from the start of item step+1 on is left out, so
// the rest of the slide appears with its last item. Top-level items are
// counted as lecture.CountItems counts them (column 0, outside fenced
// blocks). A negative step shows everything.
func revealed(md string, step int) string {
	if step < 0 {
		return md
	}
	items := 0
	fence := ""
	pos := 0
	for line := range strings.Lines(md) {
		t := strings.TrimRight(line, "\r\n")
		switch {
		case fence != "":
			if closesFence(t, fence) {
				fence = ""
			}
		case opensFence(t) != "":
			fence = opensFence(t)
		case isTopItem(t):
			if items == step {
				return strings.TrimRight(md[:pos], "\n")
			}
			items++
		}
		pos += len(line)
	}
	return md
}

// opensFence returns the backticks or tildes opening a fenced block on
// line (indented at most three spaces), or "".
func opensFence(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return ""
	}
	i := 0
	for i < len(t) && t[i] == t[0] {
		i++
	}
	if i < 3 {
		return ""
	}
	return t[:i]
}

// closesFence reports whether line closes a block opened with fence.
func closesFence(line, fence string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= len(fence) && strings.Trim(t, fence[:1]) == ""
}

// isTopItem reports whether line starts a list item at column 0: "- ",
// "* ", "+ " or a number and ". ", but not a thematic break.
func isTopItem(line string) bool {
	if len(line) < 2 {
		return false
	}
	switch line[0] {
	case '-', '*', '+':
		return line[1] == ' ' && strings.Trim(line, string(line[0])+" \t") != ""
	}
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(line[i:], ". ")
}
