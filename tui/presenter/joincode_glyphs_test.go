package presenter

import (
	"testing"

	"faultline/internal/classroom"
	"faultline/tui/components/slideview"
)

// minGlyphDistance is the fewest cells in which the block letters of two
// join-code characters may differ: a student at the back of the room reads
// the code from the join screen, where one cell is easily missed.
const minGlyphDistance = 3

func TestJoinCodeCharactersLookDifferentInBlockLetters(t *testing.T) {
	glyph := func(r rune) []string {
		rows, ok := slideview.BigText(string(r), 80)
		if !ok {
			t.Fatalf("%q has no block letter", r)
		}
		return rows
	}
	alphabet := []rune(classroom.CodeAlphabet)
	for i, a := range alphabet {
		for _, b := range alphabet[i+1:] {
			if d := cellDistance(glyph(a), glyph(b)); d < minGlyphDistance {
				t.Errorf("%q and %q differ in %d cells of their block letters; want at least %d", a, b, d, minGlyphDistance)
			}
		}
	}
}

// cellDistance counts the cells in which two drawings differ, a missing
// cell counting as blank.
func cellDistance(a, b []string) int {
	d := 0
	for r := range max(len(a), len(b)) {
		ra, rb := []rune(row(a, r)), []rune(row(b, r))
		for c := range max(len(ra), len(rb)) {
			if cell(ra, c) != cell(rb, c) {
				d++
			}
		}
	}
	return d
}

func row(rows []string, i int) string {
	if i < len(rows) {
		return rows[i]
	}
	return ""
}

func cell(r []rune, i int) rune {
	if i < len(r) {
		return r[i]
	}
	return ' '
}
