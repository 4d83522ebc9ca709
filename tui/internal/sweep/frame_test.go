package sweep

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"faultline/internal/figures"
)

// size is a window of w×h cells.
type size struct{ w, h int }

func (s size) String() string { return fmt.Sprintf("%d×%d", s.w, s.h) }

// grid is every window the sweep draws each screen in, smallest first;
// each screen adds its own minimum and the sizes just below it.
var grid = []size{{40, 10}, {40, 12}, {60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 60}}

// frame is one drawing to check: the whole window and, where the screen
// is drawn inside the course's chrome, the screen's own view and the room
// it was given.
type frame struct {
	win     size
	content string // the whole window, as the terminal gets it
	body    string // the screen's own view; "" when there is no chrome
	room    size   // what the screen was given for body
	help    string // the help line, stripped
}

// problems lists what is wrong with f: lines wider than the window or more
// lines than it has, a screen's view that overflows its room (the chrome
// would cut it), and escape or control characters left in the text.
func (f frame) problems() []string {
	var out []string
	lines := strings.Split(f.content, "\n")
	if len(lines) > f.win.h {
		out = append(out, fmt.Sprintf("%d lines in a window of %d", len(lines), f.win.h))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > f.win.w {
			out = append(out, fmt.Sprintf("line %d is %d wide in a window of %d: %q", i+1, w, f.win.w, ansi.Strip(l)))
		}
		if r, ok := control(ansi.Strip(l)); ok {
			out = append(out, fmt.Sprintf("line %d holds the control character %U: %q", i+1, r, ansi.Strip(l)))
		}
	}
	if f.body != "" {
		out = append(out, overflow(f.body, f.room)...)
	}
	return append(out, splitFigures(ansi.Strip(f.content))...)
}

// splitFigures finds a number at the end of a line whose unit starts the
// next ("down for 10" / "s"): every wrap keeps them together
// (figures.Glued). Box edges, bullets and margins are left out.
func splitFigures(s string) []string {
	var out []string
	lines := strings.Split(s, "\n")
	for i := 0; i+1 < len(lines); i++ {
		prev := strings.Fields(strings.Trim(lines[i], " │┃|║•›"))
		next := strings.Fields(strings.Trim(lines[i+1], " │┃|║•›"))
		if len(prev) > 0 && len(next) > 0 && figures.Glued(prev[len(prev)-1], next[0]) {
			out = append(out, fmt.Sprintf("lines %d and %d part %q from its unit %q:\n%s\n%s", i+1, i+2, prev[len(prev)-1], next[0], lines[i], lines[i+1]))
		}
	}
	return out
}

// overflow lists what a screen's view loses for being taller than the
// room it was given: the chrome shows only the room's first lines, so a
// screen that draws more without scrolling hides the rest. Lines wider than
// the room are cut by the chrome with a "…", at a space where one is near;
// cutWords judges those.
func overflow(view string, room size) []string {
	lines := strings.Split(view, "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) > room.h {
		return []string{fmt.Sprintf("the screen drew %d lines in a room of %d; the last one lost is %q",
			len(lines), room.h, strings.TrimSpace(ansi.Strip(lines[len(lines)-1])))}
	}
	return nil
}

// control returns the first control character of s, if any: escape
// sequences from input or content must never reach the frame as text.
func control(s string) (rune, bool) {
	for _, r := range s {
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\t') || r == 0x7f {
			return r, true
		}
		if (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) { // bidi overrides
			return r, true
		}
	}
	return 0, false
}

// cutWords finds words cut short in narrow: a "…" right after a letter or
// digit where wide, the same state drawn much wider, goes on with the word
// instead. Both are stripped text. Each finding is the cut text and what
// the wide frame has there.
func cutWords(narrow, wide string) []string {
	flat := flatten(wide)
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(narrow, "\n") {
		for idx := strings.Index(line, "…"); idx >= 0; {
			frag := fragment(line[:idx])
			if frag != "" && !seen[frag] {
				seen[frag] = true
				if rest, ok := continues(flat, frag); ok {
					out = append(out, fmt.Sprintf("%q cut short (the whole reads %q)", frag+"…", frag+rest))
				}
			}
			next := strings.Index(line[idx+len("…"):], "…")
			if next < 0 {
				break
			}
			idx += len("…") + next
		}
	}
	return out
}

// fragment is the end of a line before a "…": its last two words, or ""
// when the "…" does not follow a letter or digit (a cut at a space, or a
// "…" of its own).
func fragment(before string) string {
	r, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ""
	}
	fields := strings.Fields(before)
	if len(fields) > 2 {
		fields = fields[len(fields)-2:]
	}
	frag := strings.Join(fields, " ")
	frag = strings.TrimLeft(frag, "│┃|║ ")
	if utf8.RuneCountInString(frag) < 4 {
		return ""
	}
	return frag
}

// continues reports whether every occurrence of frag in flat goes on with
// more of the word, and the rest of the word at the first. An occurrence
// followed by a space, punctuation or the "…" itself means the narrow frame
// may have cut at a word's end, or the "…" is part of the text.
func continues(flat, frag string) (string, bool) {
	rest := ""
	for i := strings.Index(flat, frag); i >= 0; {
		after := flat[i+len(frag):]
		r, _ := utf8.DecodeRuneInString(after)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "", false
		}
		if rest == "" {
			end := strings.IndexFunc(after, unicode.IsSpace)
			if end < 0 || end > 30 {
				end = min(len(after), 30)
			}
			rest = after[:end]
		}
		j := strings.Index(after, frag)
		if j < 0 {
			break
		}
		i += len(frag) + j
	}
	return rest, rest != ""
}

// flatten joins a frame's lines with single spaces, without the margins and
// box edges, so text wrapped differently compares equal.
func flatten(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		l = strings.Trim(l, " │┃|║")
		if l == "" {
			continue
		}
		b.WriteString(l)
		b.WriteByte(' ')
	}
	return b.String()
}
