package lessons

import "strings"

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
