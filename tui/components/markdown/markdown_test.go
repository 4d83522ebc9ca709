package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/theme"
)

// plain renders md at width without escape codes.
func plain(md string, width int) string {
	return New(theme.New(true).Markdown, true).Render(md, width)
}

// styled renders md at width with the dark theme's styles.
func styled(md string, width int) string {
	return New(theme.New(true).Markdown, false).Render(md, width)
}

func lines(ls ...string) string { return strings.Join(ls, "\n") }

func TestConstructs(t *testing.T) {
	tests := []struct {
		name  string
		md    string
		width int
		want  string
	}{
		{"paragraph wide", "Engineers noticed that newcomers kept making\nthe same false assumptions.", 80,
			"Engineers noticed that newcomers kept making the same false assumptions."},
		{"paragraph wrapped", "Engineers noticed that newcomers kept making\nthe same false assumptions.", 20, lines(
			"Engineers noticed",
			"that newcomers kept",
			"making the same",
			"false assumptions.")},
		{"paragraphs apart", "One.\n\nTwo.", 20, "One.\n\nTwo."},
		{"emphasis without markers", "An *emphasised* and a **strong** word, `code` and ***both***.", 80,
			"An emphasised and a strong word, code and both."},
		{"hard break", "first line\\\nsecond line", 80, "first line\nsecond line"},
		{"escapes and entities", `\*not emphasis\* &amp; &#65; &copy;`, 80, "*not emphasis* & A ©"},
		{"headings", "# One\n\n## Two\n\n### Three\n\nText.", 80, "One\n\nTwo\n\nThree\n\nText."},
		{"long heading wraps", "## A heading that is longer than the width", 16, lines(
			"A heading that",
			"is longer than",
			"the width")},
		{"bullets hang", "- Put a timeout on every remote call; retry with backoff.\n- Short.", 30, lines(
			"• Put a timeout on every",
			"  remote call; retry with",
			"  backoff.",
			"• Short.")},
		{"bullet soft breaks joined", "- an item written\n  over two lines", 80, "• an item written over two lines"},
		{"numbers line up", "8. eight\n9. nine and more words\n10. ten\n11. eleven", 14, lines(
			" 8. eight",
			" 9. nine and",
			"    more words",
			"10. ten",
			"11. eleven")},
		{"ordered start", "3) three\n4) four", 80, "3) three\n4) four"},
		{"nested", "- outer item\n  - inner item that wraps\n    1. deepest\n- next", 24, lines(
			"• outer item",
			"  ◦ inner item that",
			"    wraps",
			"    1. deepest",
			"• next")},
		{"loose list", "- one\n\n- two\n\n  second paragraph", 80, lines(
			"• one",
			"",
			"• two",
			"",
			"  second paragraph")},
		{"quote", "> Everything fails, all the time.\n>\n> Werner Vogels", 20, lines(
			"│ Everything fails,",
			"│ all the time.",
			"│",
			"│ Werner Vogels")},
		{"code kept as written", "Before:\n\n```go\nfunc f() {\n\treturn  1\n}\n```", 80, lines(
			"Before:",
			"",
			"  func f() {",
			"      return  1",
			"  }")},
		{"code wider than the screen breaks", "```\nabcdefghijklmnop\n```", 10, lines(
			"  abcdefgh",
			"  ijklmnop")},
		{"indented code", "    x := 1", 80, "  x := 1"},
		{"link", "See [the paper](https://example.org/p) now.", 80, "See the paper (https://example.org/p) now."},
		{"link to itself", "[https://example.org](https://example.org) and <https://a.example>", 80,
			"https://example.org and https://a.example"},
		{"rule", "above\n\n---\n\nbelow", 10, "above\n\n──────────\n\nbelow"},
		{"html comment hidden", "one\n\n<!-- reveal -->\n\n- two", 80, "one\n\n• two"},
		{"raw html shown as text", "a <b>bold</b> tag", 80, "a <b>bold</b> tag"},
		{"control characters dropped", "bell\a and \x1b[31mred\x1b[0m", 80, "bell and [31mred[0m"},
		{"hyphen break", "a well-known non-malicious fault", 16, lines(
			"a well-known",
			"non-malicious",
			"fault")},
		{"hyphen break to fill", "abc well-known", 9, lines(
			"abc well-",
			"known")},
		{"word wider than the line", "x abcdefghijkl y", 5, lines(
			"x",
			"abcde",
			"fghij",
			"kl y")},
		{"wide runes", "宽字符的文本需要正确地换行", 9, lines(
			"宽字符的",
			"文本需要",
			"正确地换",
			"行")},
		{"table", "| a | bb |\n| --- | ---: |\n| one | 2 |\n| three | 40 |", 80, lines(
			"╭───────┬────╮",
			"│ a     │ bb │",
			"├───────┼────┤",
			"│ one   │  2 │",
			"│ three │ 40 │",
			"╰───────┴────╯")},
		{"table narrowed keeps words", "| dimension | why |\n| --- | --- |\n| phase | it happened while running |", 30, lines(
			"╭───────────┬────────────────╮",
			"│ dimension │ why            │",
			"├───────────┼────────────────┤",
			"│ phase     │ it happened    │",
			"│           │ while running  │",
			"╰───────────┴────────────────╯")},
		{"table as list when too narrow", "| dimension | class |\n| --- | --- |\n| phase | operational |\n| boundary | external |", 8, lines(
			"dimensio",
			"n: phase",
			"class:",
			"operatio",
			"nal",
			"",
			"dimensio",
			"n:",
			"boundary",
			"class:",
			"external")},
		{"table of headers only, narrow", "| dimension | class |\n| --- | --- |", 8, lines(
			"dimensio",
			"n",
			"class")},
		{"empty", "", 80, ""},
		{"width zero", "text", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := plain(tt.md, tt.width)
			if got != tt.want {
				t.Errorf("at %d:\n%s\nwant:\n%s", tt.width, got, tt.want)
			}
			// The styled output has the same text.
			if s := ansi.Strip(styled(tt.md, tt.width)); s != tt.want {
				t.Errorf("styled, at %d:\n%s\nwant:\n%s", tt.width, s, tt.want)
			}
		})
	}
}

// TestEveryWidth renders a document holding every construct at every
// width from 1 to 120: no line is wider, no text is lost, and plain
// output holds no escape codes.
func TestEveryWidth(t *testing.T) {
	md := lines(
		"# Fault, error, failure",
		"",
		"A *fault* is the **hypothesised cause** of an `error`; see [the text](https://example.org/x).",
		"",
		"1. First, with a nested list:",
		"   - dormant faults wait",
		"   - active faults produce errors",
		"2. Second item, long enough to wrap at most widths.",
		"",
		"> A quote with 宽字符 in it.",
		"",
		"```",
		"code line that is fairly long",
		"```",
		"",
		"| dimension | class |",
		"| --- | --- |",
		"| persistence | transient |",
		"",
		"---",
	)
	words := strings.Fields("Fault hypothesised cause error text dormant active Second quote 宽字符 transient persistence")
	for w := 1; w <= 120; w++ {
		for _, p := range []bool{true, false} {
			out := New(theme.New(false).Markdown, p).Render(md, w)
			for i, l := range strings.Split(out, "\n") {
				if lw := ansi.StringWidth(l); lw > w {
					t.Fatalf("plain %v, width %d: line %d is %d wide: %q", p, w, i, lw, l)
				}
			}
			if p && strings.Contains(out, "\x1b") {
				t.Fatalf("width %d: plain output has escape codes", w)
			}
			if w >= 12 {
				flat := strings.Join(strings.Fields(ansi.Strip(out)), " ")
				joined := strings.ReplaceAll(strings.ReplaceAll(ansi.Strip(out), "\n", ""), " ", "")
				for _, word := range words {
					if !strings.Contains(flat, word) && !strings.Contains(joined, word) {
						t.Errorf("plain %v, width %d: %q is missing:\n%s", p, w, word, out)
					}
				}
			}
		}
	}
}

// TestNoColorKeepsWeights writes styled output through an Ascii colour
// profile, as Bubble Tea does under NO_COLOR: the colours go, bold and
// italics stay, and no Markdown marker is printed.
func TestNoColorKeepsWeights(t *testing.T) {
	md := "Some *emphasis*, some **strong text**, a `code span` and a [link](https://example.org).\n\n- an item with **bold**"
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(styled(md, 40)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"\x1b[1mstrong text", "\x1b[3memphasis", "\x1b[1mbold"} {
		if !strings.Contains(out, want) {
			t.Errorf("Ascii output lacks %q:\n%q", want, out)
		}
	}
	if strings.Contains(out, "38;") || strings.Contains(out, "48;") {
		t.Errorf("Ascii output has colours:\n%q", out)
	}
	if s := ansi.Strip(out); strings.Contains(s, "*") || strings.Contains(s, "`") {
		t.Errorf("Markdown markers printed:\n%s", s)
	}
}

// TestStylesCloseOnEachLine checks that no style runs from one line into
// the next: a viewport that shows only some lines shows them right.
func TestStylesCloseOnEachLine(t *testing.T) {
	md := "A **strong phrase that is long enough to wrap over several lines** and *an emphasised one that also wraps*."
	for _, l := range strings.Split(styled(md, 20), "\n") {
		if i := strings.LastIndex(l, "\x1b["); i >= 0 && !strings.HasPrefix(l[i:], ansi.ResetStyle) {
			t.Errorf("line leaves a style open: %q", l)
		}
	}
}

// TestStylesFromTheme checks the renderer draws with the theme's palette.
func TestStylesFromTheme(t *testing.T) {
	st := theme.New(true)
	out := styled("## Heading\n\n- item", 40)
	accent := sgr(st.Markdown.H2)
	if accent == "" || !strings.Contains(out, accent+"Heading") {
		t.Errorf("heading not in the theme's H2 style %q:\n%q", accent, out)
	}
	if m := sgr(st.Markdown.Marker); !strings.Contains(out, m+"•") {
		t.Errorf("bullet not in the theme's marker style %q:\n%q", m, out)
	}
}

// TestTablesAsLines: with SetTablesAsLines a table that fits its box is
// still drawn as rows of "header: value" lines.
func TestTablesAsLines(t *testing.T) {
	md := "| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n"
	r := New(theme.New(true).Markdown, true)
	if boxed := r.Render(md, 60); !strings.Contains(boxed, "│") {
		t.Fatalf("a table that fits is not boxed by default:\n%s", boxed)
	}
	r.SetTablesAsLines(true)
	want := "a: 1\nb: 2\n\na: 3\nb: 4"
	if got := r.Render(md, 60); got != want {
		t.Errorf("tables as lines:\n%s\nwant:\n%s", got, want)
	}
}
