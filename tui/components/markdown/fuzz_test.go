package markdown

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/tui/theme"
)

// FuzzRender feeds random Markdown at random widths: rendering never
// panics, no line is wider than the width, and plain output holds no
// escape codes, whatever the document holds.
func FuzzRender(f *testing.F) {
	for _, seed := range []string{
		"# Title\n\nA *b* **c** `d` [e](f) <g>\n\n- h\n  1. i\n\n> j\n\n```\nk\n```\n\n---\n\n| l | m |\n| - | -: |\n| n | o |",
		"- a\n\n  b\n- c\n    - d\n      - e",
		"宽字符的文本需要正确地换行 a-b-c-d-e-f-g ﷽﷽﷽ e\u0301\u0301",
		"| a |\n| --- |\n| 宽字符的文本需要 |\n| x | y | z |",
		"\x1b[31mred\x1b[0m \x00 \t\ttab\r\n> > > nested\n>>>> deeper",
		"1. \n2.\n\n*\n\n***\n\n<!-- c -->\n<div>\nhtml\n</div>",
		"[a **b** `c`](<u v>) ![i](j \"t\") \\* &amp; &#0; &#x110000;",
	} {
		f.Add(seed, uint8(40))
		f.Add(seed, uint8(3))
	}
	dark := theme.New(true).Markdown
	f.Fuzz(func(t *testing.T, md string, w uint8) {
		width := int(w)
		for _, p := range []bool{true, false} {
			out := New(dark, p).Render(md, width)
			if width < 1 && out != "" {
				t.Fatalf("width %d gave output %q", width, out)
			}
			for i, l := range strings.Split(out, "\n") {
				if lw := ansi.StringWidth(l); lw > width {
					t.Fatalf("plain %v, width %d: line %d is %d wide: %q", p, width, i, lw, l)
				}
			}
			if p && strings.ContainsAny(out, "\x1b\x07\x00") {
				t.Fatalf("width %d: plain output holds control characters: %q", width, out)
			}
		}
	})
}
