package sectionview

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/lessons"
	"faultline/tui/theme"
)

func course(tb testing.TB) *lessons.Course {
	tb.Helper()
	c, _ := coursetest.Course(tb)
	return c
}

// section finds a section by lesson and section id.
func section(tb testing.TB, c *lessons.Course, lesson, id string) (int, lessons.Section) {
	tb.Helper()
	l, ok := c.Lesson(lesson)
	if !ok {
		tb.Fatalf("no lesson %q", lesson)
	}
	for i, s := range l.Sections {
		if s.ID == id {
			return i, s
		}
	}
	tb.Fatalf("no section %s#%s", lesson, id)
	return 0, lessons.Section{}
}

func TestEverySectionRenders(t *testing.T) {
	c := course(t)
	for _, plain := range []bool{false, true} {
		r := New(theme.New(true), plain)
		for _, l := range c.Lessons {
			for i, s := range l.Sections {
				for _, w := range []int{30, 45, 80, 100, 160} {
					out := r.Section(l.ID, i, s, w)
					where := l.ID + "#" + s.ID
					if strings.TrimSpace(ansi.Strip(out)) == "" {
						t.Errorf("%s at %d: empty", where, w)
					}
					if strings.Contains(out, "```faultline") || strings.Contains(out, "FLTLIVEBLOCK") {
						t.Errorf("%s at %d: a live block was left undrawn:\n%s", where, w, ansi.Strip(out))
					}
					if plain && strings.Contains(out, "\x1b") {
						t.Errorf("%s at %d: plain output has escape codes", where, w)
					}
					for n, line := range strings.Split(out, "\n") {
						if lw := lipgloss.Width(line); lw > w {
							t.Errorf("%s at %d: line %d is %d wide: %q", where, w, n, lw, ansi.Strip(line))
						}
					}
				}
			}
		}
	}
}

func TestSectionContent(t *testing.T) {
	c := course(t)
	tests := []struct {
		lesson, section string
		width           int
		want            []string
	}{
		{"fault-chain", "fault-error-failure", 100, []string{"FAULT", "ERROR", "FAILURE", "dormant", "virus"}},
		{"fault-chain", "fault-error-failure", 30, []string{"FAULT", "ERROR", "FAILURE", "virus"}},
		{"availability", "the-nines", 100, []string{"99.99999%", "36d 12h", "8h 45m 36s", "per day", "Calendar:", "year 365 d", "ten times less"}},
		{"availability", "the-nines", 50, []string{"99.99999%", "36d 12h", "8h 45m 36s", "Calendar:"}},
		{"availability", "the-nines", 30, []string{"99.99999%", "36d 12h", "8h 45m 36s", "Calendar:"}},
		{"availability", "mtbf-mttr-and-steady-state-availability", 100, []string{"MTBF 30d", "MTTR 4h", "99.44751%", "halve MTTR to 2h", "double MTBF to 60d", "99.72299%"}},
		{"availability", "components-in-series-multiply", 100, []string{"99.9 * 99.9", "c5 99.9%", "99.501%", "nines", "down a year"}},
		{"availability", "redundancy-in-parallel", 100, []string{"lb 99.99%", "web 99.9%", "db 99.95%", "99.939905%"}},
		{"availability", "when-replicas-fail-together", 100, []string{"a:99.9 | b:99.9", "formula (independent): 99.9999%", "simulated, independent: 99.99991%", "simulated, 10% common cause: 99.99493%", "4.29 nines", "seed 1"}},
		{"availability", "when-replicas-fail-together", 30, []string{"99.9999%", "99.99493%", "seed 1"}},
		{"availability", "quorums-k-of-n", 100, []string{"2of3", "99.9702%"}},
		{"taxonomy", "six-dimensions", 100, []string{"phenomenological cause", "human-made", "transient"}},
		{"dependability", "one-tree-three-branches", 100, []string{"Dependability", "Maintainability", "Fault forecasting", "justifiably"}},
		{"failure-spectrum", "from-optimal-to-complete", 100, []string{"optimal", "degraded", "complete"}},
		{"fault-tolerance", "the-circuit-breaker", 100, []string{"CLOSED", "HALF-OPEN", "fails fast"}},
	}
	for _, plain := range []bool{false, true} {
		r := New(theme.New(false), plain)
		for _, tt := range tests {
			i, s := section(t, c, tt.lesson, tt.section)
			out := ansi.Strip(r.Section(tt.lesson, i, s, tt.width))
			flat := strings.Join(strings.Fields(out), " ")
			for _, want := range tt.want {
				if !strings.Contains(out, want) && !strings.Contains(flat, want) {
					t.Errorf("%s#%s at %d (plain %v) lacks %q:\n%s", tt.lesson, tt.section, tt.width, plain, want, out)
				}
			}
		}
	}
}

func TestMarkdownHeadingsAndNotes(t *testing.T) {
	md := "# Big title\n\nSome *prose*.\n\n### A smaller heading\n\n- one\n- two\n\n```go\nx := 1\n```\n"
	for _, plain := range []bool{false, true} {
		out := ansi.Strip(New(theme.New(true), plain).Markdown(md, 60))
		for _, want := range []string{"Big title", "A smaller heading", "prose", "one", "x := 1"} {
			if !strings.Contains(out, want) {
				t.Errorf("plain %v: output lacks %q:\n%s", plain, want, out)
			}
		}
	}
	if got := New(theme.New(true), true).Markdown("text", 0); got != "" {
		t.Errorf("width 0 gave %q, want nothing", got)
	}
}

// TestBadBlocks: a block the renderer cannot draw (one a deck could only
// hold if loading had not checked it) is a message between the paragraphs.
func TestBadBlocks(t *testing.T) {
	r := New(theme.New(true), true)
	tests := []struct {
		block lessons.Block
		want  string
	}{
		{lessons.Block{Kind: "diagram", Args: []string{"nope"}}, `unknown diagram "nope"`},
		{lessons.Block{Kind: "nines", Args: []string{"abc"}}, `"abc"`},
		{lessons.Block{Kind: "compose", Args: []string{"99 * (99"}}, "missing )"},
		{lessons.Block{Kind: "mtbf", Args: []string{"1d"}}, "MTBF and MTTR, got 1"},
		{lessons.Block{Kind: "mtbf", Args: []string{"0s", "1h"}}, "MTBF"},
		{lessons.Block{Kind: "simulate", Args: []string{"99 | (99"}}, "names a system"},
		{lessons.Block{Kind: "simulate", Args: []string{"99 | (99", "10", "0"}}, "missing )"},
		{lessons.Block{Kind: "frobnicate"}, `"frobnicate"`},
		{lessons.Block{Kind: "nines", Args: []string{"99.95", "4n"}}, "99.95%"},
	}
	for _, tt := range tests {
		out := r.Parts([]lessons.Part{{Source: "Before.\n\n"}, {Source: "```faultline\n```\n", Block: &tt.block}, {Source: "\nAfter."}}, 70)
		if !strings.Contains(out, tt.want) || !strings.Contains(out, "Before.") || !strings.Contains(out, "After.") {
			t.Errorf("%+v: want %q between the paragraphs, got:\n%s", tt.block, tt.want, out)
		}
	}
}

func TestCache(t *testing.T) {
	c := course(t)
	i, s := section(t, c, "availability", "the-nines")
	r := New(theme.New(true), false)
	if r.Cached("availability", i, 100) {
		t.Fatal("cached before the first render")
	}
	first := r.Section("availability", i, s, 100)
	if !r.Cached("availability", i, 100) {
		t.Fatal("not cached after the first render")
	}
	// A cache hit does not look at the section again.
	if again := r.Section("availability", i, lessons.Section{Body: "different"}, 100); again != first {
		t.Error("a second render at the same width did not come from the cache")
	}
	if r.Cached("availability", i, 80) {
		t.Error("another width should not be cached")
	}
	r.Section("availability", i, s, 80)
	r.SetStyles(theme.New(false))
	if r.Cached("availability", i, 100) || r.Cached("availability", i, 80) {
		t.Error("SetStyles should forget what was rendered with the old styles")
	}
}

func BenchmarkRenderCold(b *testing.B) {
	c := course(b)
	i, s := section(b, c, "availability", "the-nines")
	st := theme.New(true)
	for b.Loop() {
		New(st, false).Section("availability", i, s, 100)
	}
}

func BenchmarkRenderCached(b *testing.B) {
	c := course(b)
	i, s := section(b, c, "availability", "the-nines")
	r := New(theme.New(true), false)
	r.Section("availability", i, s, 100)
	b.ResetTimer()
	for b.Loop() {
		r.Section("availability", i, s, 100)
	}
}

// TestRenderedItemsHang renders a real lesson list at a narrow width and
// checks every wrapped line of an item starts under the item's text.
func TestRenderedItemsHang(t *testing.T) {
	r := New(theme.New(true), false)
	md := "- **Failover time**: minutes to hours. Boot, configure, restore the latest backup, check, redirect.\n- Short.\n"
	out := r.Markdown(md, 40)
	lines := strings.Split(ansi.Strip(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("expected the first item to wrap at 40 columns:\n%s", ansi.Strip(out))
	}
	for i, l := range lines {
		if lipgloss.Width(l) > 40 {
			t.Errorf("line %d is %d wide: %q", i, lipgloss.Width(l), l)
		}
	}
	if !strings.HasPrefix(lines[1], "    ") || strings.HasPrefix(lines[1], "     ") {
		t.Errorf("the wrapped line should hang under the text (4 spaces): %q", lines[1])
	}
}

// BenchmarkLongSection reads and draws one section holding a fence or a
// list of 1,000 and 10,000 lines, as `faultline lesson` does: the time per
// line stays flat, so a long section costs in proportion to its length.
func BenchmarkLongSection(b *testing.B) {
	docs := map[string]func(i int) string{
		"fence": func(i int) string { return fmt.Sprintf("line %d of a long listing\n", i) },
		"list":  func(i int) string { return fmt.Sprintf("- item %d with **strong** words\n", i) },
	}
	for _, kind := range []string{"fence", "list"} {
		for _, n := range []int{1000, 10000} {
			var md strings.Builder
			if kind == "fence" {
				md.WriteString("```\n")
			}
			for i := range n {
				md.WriteString(docs[kind](i))
			}
			if kind == "fence" {
				md.WriteString("```\n")
			}
			b.Run(fmt.Sprintf("%s-%d", kind, n), func(b *testing.B) {
				st := theme.New(true)
				for b.Loop() {
					s, err := lessons.ParseSection("Long", md.String())
					if err != nil {
						b.Fatal(err)
					}
					New(st, false).Section("long", 0, s, 80)
				}
			})
		}
	}
}
