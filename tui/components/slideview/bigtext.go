package slideview

import (
	"strings"
	"unicode/utf8"
)

// bigRows is the height of a block letter.
const bigRows = 5

// bigFont is faultline's block-letter font: each glyph is bigRows rows of
// '#' (ink) and '.' (paper), all rows of a glyph the same width.
var bigFont = map[rune][bigRows]string{
	'A':  {".##.", "#..#", "####", "#..#", "#..#"},
	'B':  {"###.", "#..#", "###.", "#..#", "###."},
	'C':  {".###", "#...", "#...", "#...", ".###"},
	'D':  {"###.", "#..#", "#..#", "#..#", "###."},
	'E':  {"####", "#...", "###.", "#...", "####"},
	'F':  {"####", "#...", "###.", "#...", "#..."},
	'G':  {".###", "#...", "#.##", "#..#", ".###"},
	'H':  {"#..#", "#..#", "####", "#..#", "#..#"},
	'I':  {"###", ".#.", ".#.", ".#.", "###"},
	'J':  {"..##", "...#", "...#", "#..#", ".##."},
	'K':  {"#..#", "#.#.", "##..", "#.#.", "#..#"},
	'L':  {"#...", "#...", "#...", "#...", "####"},
	'M':  {"#...#", "##.##", "#.#.#", "#...#", "#...#"},
	'N':  {"#..#", "##.#", "#.##", "#..#", "#..#"},
	'O':  {".##.", "#..#", "#..#", "#..#", ".##."},
	'P':  {"###.", "#..#", "###.", "#...", "#..."},
	'Q':  {".##.", "#..#", "#..#", "#.##", ".###"},
	'R':  {"###.", "#..#", "###.", "#.#.", "#..#"},
	'S':  {".###", "#...", ".##.", "...#", "###."},
	'T':  {"#####", "..#..", "..#..", "..#..", "..#.."},
	'U':  {"#..#", "#..#", "#..#", "#..#", ".##."},
	'V':  {"#...#", "#...#", "#...#", ".#.#.", "..#.."},
	'W':  {"#...#", "#...#", "#.#.#", "##.##", "#...#"},
	'X':  {"#...#", ".#.#.", "..#..", ".#.#.", "#...#"},
	'Y':  {"#...#", ".#.#.", "..#..", "..#..", "..#.."},
	'Z':  {"#####", "...#.", "..#..", ".#...", "#####"},
	'0':  {".##.", "#.##", "##.#", "#..#", ".##."},
	'1':  {".#.", "##.", ".#.", ".#.", "###"},
	'2':  {"###.", "...#", ".##.", "#...", "####"},
	'3':  {"###.", "...#", ".##.", "...#", "###."},
	'4':  {"#..#", "#..#", "####", "...#", "...#"},
	'5':  {"####", "#...", "###.", "...#", "###."},
	'6':  {".##.", "#...", "###.", "#..#", ".##."},
	'7':  {"####", "...#", "..#.", ".#..", ".#.."},
	'8':  {".##.", "#..#", ".##.", "#..#", ".##."},
	'9':  {".##.", "#..#", ".###", "...#", ".##."},
	'-':  {"...", "...", "###", "...", "..."},
	'+':  {"...", ".#.", "###", ".#.", "..."},
	'.':  {".", ".", ".", ".", "#"},
	',':  {"..", "..", "..", ".#", "#."},
	':':  {".", "#", ".", "#", "."},
	';':  {"..", ".#", "..", ".#", "#."},
	'!':  {"#", "#", "#", ".", "#"},
	'?':  {"###.", "...#", ".##.", "....", ".#.."},
	'\'': {"#", "#", ".", ".", "."},
	'"':  {"#.#", "#.#", "...", "...", "..."},
	'(':  {".#", "#.", "#.", "#.", ".#"},
	')':  {"#.", ".#", ".#", ".#", "#."},
	'/':  {"....#", "...#.", "..#..", ".#...", "#...."},
	'&':  {".#..", "#.#.", ".#..", "#.#.", ".##."},
	'%':  {"#..#", "..#.", ".#..", "#...", "#..#"},
	'#':  {".#.#.", "#####", ".#.#.", "#####", ".#.#."},
}

// wordGap is the blank columns between two words of block letters.
const wordGap = 2

// bigWordWidth is the width of word in block letters, or -1 if a character
// has no glyph.
func bigWordWidth(word string) int {
	w := 0
	for i, r := range strings.ToUpper(word) {
		g, ok := bigFont[r]
		if !ok {
			return -1
		}
		if i > 0 {
			w++ // the column between letters
		}
		w += utf8.RuneCountInString(g[0])
	}
	return w
}

// bigLines wraps text into lines of block letters at most width columns
// wide. It reports false when a character has no glyph or a word alone is
// wider than width.
func bigLines(text string, width int) ([]string, bool) {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil, false
	}
	var lines []string
	cur, curW := "", 0
	for _, w := range words {
		ww := bigWordWidth(w)
		if ww < 0 || ww > width {
			return nil, false
		}
		switch {
		case cur == "":
			cur, curW = w, ww
		case curW+wordGap+ww <= width:
			cur, curW = cur+" "+w, curW+wordGap+ww
		default:
			lines = append(lines, cur)
			cur, curW = w, ww
		}
	}
	return append(lines, cur), true
}

// bigHeight is the number of rows n lines of block letters take, with a
// blank row between lines.
func bigHeight(n int) int {
	if n == 0 {
		return 0
	}
	return n*(bigRows+1) - 1
}

// drawBig draws one line of text (every character with a glyph) in block
// letters: bigRows rows, ink as '█'.
func drawBig(line string) [bigRows]string {
	var rows [bigRows]strings.Builder
	for wi, word := range strings.Fields(strings.ToUpper(line)) {
		for r := range rows {
			if wi > 0 {
				rows[r].WriteString(strings.Repeat(" ", wordGap))
			}
		}
		for i, c := range word {
			g := bigFont[c]
			for r := range rows {
				if i > 0 {
					rows[r].WriteByte(' ')
				}
				for _, px := range g[r] {
					if px == '#' {
						rows[r].WriteString("█")
					} else {
						rows[r].WriteByte(' ')
					}
				}
			}
		}
	}
	var out [bigRows]string
	for r := range rows {
		out[r] = strings.TrimRight(rows[r].String(), " ")
	}
	return out
}

// BigText draws text in block letters at most width columns wide, as rows
// of '█' and spaces: lines of letters wrapped at words, a blank row
// between them. It reports false when a character has no glyph or a word
// alone is wider than width, so the caller can fall back to plain text.
func BigText(text string, width int) ([]string, bool) {
	lines, ok := bigLines(text, width)
	if !ok {
		return nil, false
	}
	var rows []string
	for i, l := range lines {
		if i > 0 {
			rows = append(rows, "")
		}
		big := drawBig(l)
		rows = append(rows, big[:]...)
	}
	return rows, true
}
