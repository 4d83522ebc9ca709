package quizscreen

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
