package textwrap

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestWrapKeepsANumberWithItsUnit wraps at every width from that of the
// longest word ("availability.") to the text's own: no line ends in a
// number whose unit starts the next line, every line fits, and the words
// come back as they went in, with plain spaces.
func TestWrapKeepsANumberWithItsUnit(t *testing.T) {
	text := "The primary was down for 10 s, then 2 min; 99.95% allows 21.6 min a month, about 4 nines, " +
		"and a run of 10,000 years at 512 KiB costs 2.4 × the formula's 30 s downtime at 99.9 % availability; " +
		"node-2 declares node-1 dead after 1-2 min; yearly downtime 2d 0h 24m → 1d 0h 16m."
	for _, wrap := range []struct {
		name string
		do   func(string, int) string
	}{
		{"Wrap", func(s string, w int) string { return Wrap(s, w, "") }},
		{"Wrap with space breakpoints", func(s string, w int) string { return Wrap(s, w, " ") }},
		{"Render", func(s string, w int) string { return Render(lipgloss.NewStyle().Width(w), s) }},
		{"Render styled", func(s string, w int) string {
			return ansi.Strip(Render(lipgloss.NewStyle().Width(w).Bold(true), s))
		}},
	} {
		for w := len("availability."); w <= len(text); w++ {
			out := wrap.do(text, w)
			if strings.ContainsAny(out, "\u00a0\u2011") {
				t.Fatalf("%s at %d leaves a no-break space:\n%s", wrap.name, w, out)
			}
			lines := strings.Split(out, "\n")
			for i, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Errorf("%s at %d: line %q is wider", wrap.name, w, l)
				}
				if i+1 < len(lines) {
					prev, next := strings.Fields(l), strings.Fields(lines[i+1])
					if len(prev) > 0 && len(next) > 0 && glued(prev[len(prev)-1], next[0]) {
						t.Errorf("%s at %d splits %q from %q:\n%s", wrap.name, w, prev[len(prev)-1], next[0], out)
					}
					if strings.HasSuffix(strings.TrimRight(l, " "), "-") && len(next) > 0 && next[0][0] >= '0' && next[0][0] <= '9' {
						t.Errorf("%s at %d splits a hyphen from the number after it:\n%s", wrap.name, w, out)
					}
				}
			}
			if got := strings.Join(strings.Fields(out), " "); got != text {
				t.Errorf("%s at %d changed the words: %q", wrap.name, w, got)
			}
		}
	}
}

// glued are the pairs the text above must never split.
func glued(a, b string) bool {
	for _, p := range [][2]string{{"10", "s,"}, {"2", "min;"}, {"21.6", "min"}, {"4", "nines,"}, {"10,000", "years"},
		{"512", "KiB"}, {"2.4", "×"}, {"30", "s"}, {"99.9", "%"}, {"2d", "0h"}, {"0h", "24m"}, {"1d", "0h"}, {"0h", "16m."}} {
		if a == p[0] && b == p[1] {
			return true
		}
	}
	return false
}

// TestEveryWrapKeepsFigures: no code of faultline's but this package calls
// Lip Gloss's or x/ansi's word wrap itself, so every wrapped line keeps a
// number with its unit. Wrap text with textwrap.Wrap, or a style's width
// with textwrap.Render.
func TestEveryWrapKeepsFigures(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	calls := []string{"lipgloss.Wrap(", "ansi.Wrap(", "ansi.WrapWc(", "ansi.Wordwrap(", "ansi.WordwrapWc("}
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || filepath.Base(filepath.Dir(path)) == "textwrap" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		for i, line := range strings.Split(string(data), "\n") {
			for _, c := range calls {
				if strings.Contains(line, c) {
					t.Errorf("%s:%d calls %s: wrap with textwrap.Wrap (or a style's width with textwrap.Render), which keeps a number with its unit", path, i+1, strings.TrimSuffix(c, "("))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("found only %d Go files under %s", files, root)
	}
}
