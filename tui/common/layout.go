package common

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/figures"
	"faultline/tui/components/textwrap"
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
			lines[i] = Cut(l, width)
		}
	}
	return strings.Join(lines, "\n")
}

// Cut shortens s to at most width columns, ending in "…" when anything is
// left out. Where the cut would split a word and a space is near, it cuts
// at the space instead, so no word is left half drawn: "running through…"
// rather than "running thr…"; nor does it keep a number without the unit
// after it ("down for…" rather than "down for 10…", which reads as some
// other 10).
func Cut(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	if width <= 1 {
		return ansi.Truncate(s, width, "")
	}
	plain := ansi.Strip(s)
	kept := ansi.Truncate(plain, width-1, "")
	cut := len(kept)
	next, _ := utf8.DecodeRuneInString(plain[cut:])
	last, _ := utf8.DecodeLastRuneInString(kept)
	if wordRune(last) && wordRune(next) {
		cut = spaceBefore(kept, cut, width)
	}
	head := strings.TrimRight(plain[:cut], " ")
	if rest := plain[len(head):]; strings.HasPrefix(rest, " ") && figures.Glued(head, rest[1:]) {
		cut = spaceBefore(head, cut, width)
	}
	if cut == len(kept) {
		return ansi.Truncate(s, width, "…")
	}
	return ansi.Truncate(s, ansi.StringWidth(strings.TrimRight(plain[:cut], " "))+1, "…")
}

// spaceBefore is where a cut of width columns goes back to instead of cut:
// the last space in text, if what stays before it is at least a third of
// the width, else cut itself.
func spaceBefore(text string, cut, width int) int {
	if i := strings.LastIndexByte(text, ' '); i > 0 {
		if w := ansi.StringWidth(strings.TrimRight(text[:i], " ")); w >= (width-1)/3 {
			return i
		}
	}
	return cut
}

// wordRune reports whether r belongs to a word a cut should not split.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Frame places s in a box of width×height: each line indented by left
// columns and cut to fit, then blank lines to fill the height. It is one
// pass over the lines, cheaper than a padded, fixed-height lipgloss style.
func Frame(s string, width, height, left int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	inner := max(0, width-left)
	indent := strings.Repeat(" ", min(left, width))
	lines := strings.SplitN(s, "\n", height+1)
	if len(lines) > height {
		lines = lines[:height]
	}
	var b strings.Builder
	b.Grow(len(s) + height*(left+1))
	for i := range height {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i >= len(lines) || lines[i] == "" {
			continue
		}
		l := lines[i]
		if ansi.StringWidth(l) > inner {
			l = Cut(l, inner)
		}
		b.WriteString(indent)
		b.WriteString(l)
	}
	return b.String()
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

// Hanging wraps text after a first-line prefix and indents the following
// lines to line up under the text; style colours the text only. Text is
// wrapped to at least 8 columns, however narrow width is.
func Hanging(prefix, text string, width int, style lipgloss.Style) []string {
	indent := lipgloss.Width(prefix)
	lines := strings.Split(textwrap.Wrap(text, max(8, width-indent), ""), "\n")
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
