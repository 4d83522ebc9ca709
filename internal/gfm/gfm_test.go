package gfm

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/extension/ast"
)

// render converts md to HTML with goldmark and the given extensions.
func render(t *testing.T, md []byte, ext ...goldmark.Extender) string {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(ext...)).Convert(md, &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// tricky are tables and strikethroughs at the edges of GFM's rules.
var tricky = []string{
	"| a | b |\n|---|:-:|\n| 1 | 2 |\n",
	"a | b\n:-- | --:\n1 | 2 | 3\n",
	"| a |\n| - |\n",
	"| a | b |\n| : | - |\n",
	"| a | b |\n|:-:|-: |\n| x \\| y | `c | d` |\n",
	"| a |\n|: - |\n| 1 |\n",
	"|a|b|\n|--|--|\n|1|\n|1|2|3|\n",
	"text\n| a |\n|---|\n| 1 |\n",
	"    | a |\n    |---|\n",
	"| a | b |\n| --- | --- |\n\tx\n",
	"~~gone~~ and ~one~ and ~~~three~~~ and ~~open",
	"| ~~a~~ | **b** |\n|---|---|\n| ~~1~~ | [l](u) |\n",
	"|---|\n|---|\n",
	"| a |\n|\t:--\t|\n| 1 |\n",
}

// TestSameHTMLAsGoldmark checks the adapted extensions against goldmark's
// own on the course's lessons and on tricky input.
func TestSameHTMLAsGoldmark(t *testing.T) {
	inputs := map[string][]byte{}
	for i, s := range tricky {
		inputs[string(rune('a'+i))] = []byte(s)
	}
	files, _ := filepath.Glob("../../assets/lessons/*.md")
	if len(files) == 0 {
		t.Fatal("no lessons found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = b
	}
	tables := 0
	for name, md := range inputs {
		want := render(t, md, extension.Table, extension.Strikethrough)
		got := render(t, md, Table, Strikethrough)
		if got != want {
			t.Errorf("%s: HTML differs from goldmark's\n got: %q\nwant: %q", name, got, want)
		}
		tables += bytes.Count([]byte(got), []byte("<table>"))
	}
	if tables < 5 {
		t.Errorf("only %d tables rendered; the inputs should hold more", tables)
	}
}

// TestDelimAlignMatchesGoldmarkRegexps checks delimAlign against the
// regexps it replaces.
func TestDelimAlignMatchesGoldmarkRegexps(t *testing.T) {
	res := []struct {
		re *regexp.Regexp
		a  ast.Alignment
	}{
		{regexp.MustCompile(`^\s*\:\-+\s*$`), ast.AlignLeft},
		{regexp.MustCompile(`^\s*\-+\:\s*$`), ast.AlignRight},
		{regexp.MustCompile(`^\s*\:\-+\:\s*$`), ast.AlignCenter},
		{regexp.MustCompile(`^\s*\-+\s*$`), ast.AlignNone},
	}
	for _, col := range []string{"", " ", ":", "::", "-", ":-", "-:", ":-:", " :--- ", "\t-\t", "- -", ": -", "-: ", ":-:-", "--x", "\v-", "-\f", "\r:-\n", ":::"} {
		wantOK, want := false, ast.AlignNone
		for _, r := range res {
			if r.re.MatchString(col) {
				wantOK, want = true, r.a
				break
			}
		}
		got, ok := delimAlign([]byte(col))
		if ok != wantOK || (ok && got != want) {
			t.Errorf("delimAlign(%q) = %v, %v; want %v, %v", col, got, ok, want, wantOK)
		}
	}
}
