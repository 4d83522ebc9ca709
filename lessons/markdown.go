package lessons

import "strings"

// fence is an open fenced code block.
type fence struct {
	char byte   // '`' or '~'
	n    int    // length of the opening run
	info string // info string after the run
	line int    // 1-based line of the opening fence
}

// openFence reports whether line opens a fenced code block: a run of three
// or more backticks or tildes, optionally indented (fences nested in list
// items are indented), with an info string that holds no backtick when the
// fence is made of backticks.
func openFence(line string, lineNo int) (fence, bool) {
	l := strings.TrimLeft(line, " \t")
	if len(l) < 3 || l[0] != '`' && l[0] != '~' {
		return fence{}, false
	}
	n := runLength(l, l[0])
	if n < 3 {
		return fence{}, false
	}
	info := strings.TrimSpace(l[n:])
	if l[0] == '`' && strings.ContainsRune(info, '`') {
		return fence{}, false
	}
	return fence{char: l[0], n: n, info: info, line: lineNo}, true
}

// closes reports whether line closes the fence: a run of the same character
// at least as long as the opening one, with nothing but spaces after it.
func (f fence) closes(line string) bool {
	l := strings.TrimLeft(line, " \t")
	n := runLength(l, f.char)
	return n >= f.n && strings.TrimSpace(l[n:]) == ""
}

// runLength counts the leading bytes of s equal to c.
func runLength(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

// sectionHeading reports whether line is a "## " heading and returns its
// text, without an optional closing run of "#". Up to three spaces of
// indentation are allowed, as in CommonMark.
func sectionHeading(line string) (string, bool) {
	l := strings.TrimRight(line, " \t")
	for i := 0; i < 3 && strings.HasPrefix(l, " "); i++ {
		l = l[1:]
	}
	if l != "##" && !strings.HasPrefix(l, "## ") && !strings.HasPrefix(l, "##\t") {
		return "", false
	}
	text := strings.TrimSpace(l[2:])
	if closed := strings.TrimRight(text, "#"); closed == "" {
		text = ""
	} else if len(closed) < len(text) && (strings.HasSuffix(closed, " ") || strings.HasSuffix(closed, "\t")) {
		text = strings.TrimSpace(closed)
	}
	return text, true
}

// trimBlankLines joins lines with newlines, dropping blank lines at the start
// and the end.
func trimBlankLines(lines []string) string {
	start, end := 0, len(lines)
	for start < end && strings.TrimSpace(lines[start]) == "" {
		start++
	}
	for end > start && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	return strings.Join(lines[start:end], "\n")
}
