package markdown

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/internal/figures"
	"faultline/tui/theme"
)

// TestWrapKeepsNumbersWithTheirUnits renders figures in a paragraph, a
// quote, a list and across styles and a soft line break, at every width
// from 16 to 80, plain and styled: no line ends in a number whose unit
// starts the next line, and no word is lost.
func TestWrapKeepsNumbersWithTheirUnits(t *testing.T) {
	md := lines(
		"The primary was down for **10** s, then for 2 min; 99.95% allows 21.6 min a month,",
		"about 4 nines, and the formula says 2.4 × the downtime of a run of 10,000 years.",
		"",
		"> A quote that waits 30 s for a heartbeat, and 1-2 min more for 512 KiB.",
		"",
		"- A list item where `99.9` % is written loosely and 3 h pass.",
	)
	for w := 16; w <= 80; w++ {
		for _, p := range []bool{true, false} {
			out := ansi.Strip(New(theme.New(true).Markdown, p).Render(md, w))
			ls := strings.Split(out, "\n")
			for i := 0; i+1 < len(ls); i++ {
				prev := strings.Fields(ls[i])
				next := strings.Fields(strings.TrimLeft(ls[i+1], "│ •"))
				if len(prev) > 0 && len(next) > 0 && figures.Glued(prev[len(prev)-1], next[0]) {
					t.Errorf("plain %v, width %d splits %q from %q:\n%s", p, w, prev[len(prev)-1], next[0], out)
				}
			}
			flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ", "•", " ").Replace(out)), " ")
			for _, want := range []string{"down for 10 s, then for 2 min;", "21.6 min a month,", "about 4 nines,", "2.4 × the", "10,000 years.",
				"waits 30 s for", "1-2 min more for 512 KiB.", "99.9 % is", "3 h pass."} {
				if !strings.Contains(flat, want) {
					t.Errorf("plain %v, width %d lost %q:\n%s", p, w, want, out)
				}
			}
		}
	}
}

// TestWrapKeepsAHyphenWithTheNumberAfterIt: "node-" / "1" is never drawn,
// though a long line may still break after other hyphens.
func TestWrapKeepsAHyphenWithTheNumberAfterIt(t *testing.T) {
	md := "Heartbeat timeout: node-2 declares node-1 dead; fallacies-3 asks about it; a well-known fault-tolerance rule."
	for w := 12; w <= 60; w++ {
		out := plain(md, w)
		ls := strings.Split(out, "\n")
		for i := 0; i+1 < len(ls); i++ {
			next := strings.TrimLeft(ls[i+1], " ")
			if strings.HasSuffix(ls[i], "-") && next != "" && next[0] >= '0' && next[0] <= '9' {
				t.Errorf("width %d parts a hyphen from its number:\n%s", w, out)
			}
		}
		if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, "node-2 declares node-1 dead; fallacies-3 asks") {
			t.Errorf("width %d lost words:\n%s", w, out)
		}
	}
}
