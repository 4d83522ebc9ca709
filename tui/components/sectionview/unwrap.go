package sectionview

import "strings"

// joinListLines joins the continuation lines of list items onto the item's
// first line. Glamour keeps a soft line break inside a list item as a hard
// one, so an item wrapped in the source would break mid-sentence wherever
// the terminal's width differs from the source's. Lines in fenced code,
// blank lines, nested items and other blocks are left alone.
func joinListLines(md string) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, len(lines))
	inFence, inItem := false, false
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			inFence = !inFence
			inItem = false
		case inFence:
		case trimmed == "":
			inItem = false
		case isListItem(trimmed):
			inItem = true
		case inItem && line != trimmed && !startsBlock(trimmed):
			out[len(out)-1] += " " + trimmed
			continue
		default:
			inItem = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// isListItem reports whether a trimmed line opens a list item.
func isListItem(t string) bool {
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") {
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// startsBlock reports whether a trimmed line starts a block of its own
// (a nested list, a quote, a table, a heading) rather than continuing text.
func startsBlock(t string) bool {
	return isListItem(t) || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "|") || strings.HasPrefix(t, "#")
}
