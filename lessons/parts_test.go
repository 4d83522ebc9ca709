package lessons_test

import (
	"strings"
	"testing"

	"faultline/lessons"
)

// oneSection loads a lesson whose only section has body md and returns it.
func oneSection(t *testing.T, md string) lessons.Section {
	t.Helper()
	c := mustLoad(t, mapFS(map[string]string{"lessons/a.md": "---\nid: a\ntitle: A\norder: 1\nminutes: 2\nsummary: S.\n---\n## S\n<!-- reveal -->\n" + md + "\n"}))
	return c.Lessons[0].Sections[0]
}

// kinds describes parts as "md" or the block kind, one per part.
func kinds(parts []lessons.Part) string {
	var out []string
	for _, p := range parts {
		if p.IsBlock() {
			out = append(out, p.Block.Kind)
		} else {
			out = append(out, "md")
		}
	}
	return strings.Join(out, " ")
}

func TestPartsFollowCommonMarkFences(t *testing.T) {
	bt := "```"
	tests := []struct {
		name, md, kinds string
		steps           int
	}{
		{"live block between text", "Before.\n\n" + bt + "faultline nines\n" + bt + "\n\nAfter.", "md nines md", 0},
		{"example inside a longer fence stays text", "````markdown\n" + bt + "faultline nines\n" + bt + "\n````", "md", 0},
		{"example inside a tilde fence stays text", "~~~\n" + bt + "faultline nines\n" + bt + "\n~~~", "md", 0},
		{"backtick in a backtick info string opens no fence", bt + "x`y\n- one\n- two\n- three", "md", 3},
		{"tilde fence may have backticks in its info", "~~~x`y\n- not an item\n~~~\n- one", "md", 1},
		{"four spaces make indented code, not a fence", "Text.\n\n    " + bt + "faultline nines\n    " + bt, "md", 0},
		{"three spaces of indent still open a fence", "   " + bt + "faultline nines\n   " + bt, "nines", 0},
		{"closing fence shorter than the opening one does not close", "````\n" + bt + "\n- hidden\n````\n- one", "md", 1},
		{"tilde live block", "~~~faultline mtbf 30d 4h\n~~~", "mtbf", 0},
		{"adjacent live blocks", bt + "faultline nines\n" + bt + "\n" + bt + "faultline compose 99.9 * 99.9\n" + bt, "nines compose", 0},
		{"items around a block", "- one\n\n" + bt + "faultline nines\n" + bt + "\n\n- two\n  - nested\n- three", "md nines md", 3},
		{"ordered list and a thematic break", "1. one\n2. two\n\n* * *\n\nText.", "md", 2},
		{"an ordered item other than 1 cannot interrupt a paragraph", "Text\n2. not an item", "md", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := oneSection(t, tt.md)
			if got := kinds(s.Parts); got != tt.kinds {
				t.Errorf("parts %q, want %q", got, tt.kinds)
			}
			if got := s.RevealSteps(); got != tt.steps {
				t.Errorf("RevealSteps() = %d, want %d", got, tt.steps)
			}
			checkParts(t, s)
		})
	}
}

// TestNestedLiveBlockIsAProblem: a live block inside a list item or quote
// cannot be cut out as a part of its own, so loading says so.
func TestNestedLiveBlockIsAProblem(t *testing.T) {
	bt := "```"
	for md, line := range map[string]string{
		"- item\n\n  " + bt + "faultline nines\n  " + bt: "11",
		"> " + bt + "faultline nines\n> " + bt:           "9",
	} {
		_, err := lessons.Load(mapFS(map[string]string{"lessons/a.md": "---\nid: a\ntitle: A\norder: 1\nminutes: 2\nsummary: S.\n---\n## S\n" + md + "\n"}))
		if err == nil || !strings.Contains(err.Error(), "lessons/a.md:"+line+": live block inside a list item or block quote") {
			t.Errorf("%q: err = %v, want the nested live block on line %s", md, err, line)
		}
	}
}

func TestShownCutsAtItems(t *testing.T) {
	bt := "```"
	s := oneSection(t, "Intro.\n\n- one\n- two\n\n"+bt+"faultline nines\n"+bt+"\n\n- three\n\nOutro.")
	if n := s.RevealSteps(); n != 3 {
		t.Fatalf("RevealSteps() = %d, want 3", n)
	}
	want := []string{
		"Intro.",
		"Intro.\n\n- one",
		"Intro.\n\n- one\n- two\n\n|nines|",
		"Intro.\n\n- one\n- two\n\n|nines|\n- three\n\nOutro.",
	}
	for step, w := range want {
		var b strings.Builder
		for _, p := range s.Shown(step) {
			if p.IsBlock() {
				b.WriteString("|" + p.Block.Kind + "|")
				continue
			}
			b.WriteString(p.Source)
		}
		if b.String() != w {
			t.Errorf("Shown(%d) = %q, want %q", step, b.String(), w)
		}
	}
	if got := len(s.Shown(-1)); got != len(s.Parts) {
		t.Errorf("Shown(-1) has %d parts, want all %d", got, len(s.Parts))
	}
}

// checkParts asserts what every consumer of a section's parts relies on:
// parts in order of their lines, Source joined gives Body back, block
// parts carry their block and no items, items point at list markers, and
// each reveal step shows one more item than the step before.
func checkParts(t *testing.T, s lessons.Section) {
	t.Helper()
	var joined strings.Builder
	line, blocks := 0, 0
	for i, p := range s.Parts {
		joined.WriteString(p.Source)
		if p.Source == "" {
			t.Errorf("part %d is empty", i)
		}
		if p.Line < line {
			t.Errorf("part %d on line %d comes after line %d", i, p.Line, line)
		}
		line = p.Line
		if p.IsBlock() {
			if len(p.Items) > 0 {
				t.Errorf("block part %d has list items", i)
			}
			if blocks >= len(s.Blocks()) || p.Block.Line != p.Line || !equalBlock(*p.Block, s.Blocks()[blocks]) {
				t.Errorf("block part %d (%+v) does not match Blocks", i, p.Block)
			}
			blocks++
		}
		for _, at := range p.Items {
			if at < 0 || at >= len(p.Source) || (at > 0 && p.Source[at-1] != '\n') {
				t.Errorf("part %d: item offset %d is not at a line start of %q", i, at, p.Source)
			}
		}
	}
	if joined.String() != s.Body {
		t.Errorf("parts join to %q, want Body %q", joined.String(), s.Body)
	}
	if blocks != len(s.Blocks()) {
		t.Errorf("%d block parts, %d Blocks", blocks, len(s.Blocks()))
	}
	steps := s.RevealSteps()
	prev := -1
	for step := 0; step <= steps; step++ {
		n := shownLen(s.Shown(step))
		if n <= prev && step > 0 {
			t.Errorf("reveal step %d shows no more than step %d", step, step-1)
		}
		prev = n
	}
	if shownLen(s.Shown(steps)) != len(s.Body) {
		t.Errorf("the last reveal step does not show the whole section")
	}
}

// shownLen is the length of the text parts show.
func shownLen(parts []lessons.Part) int {
	n := 0
	for _, p := range parts {
		n += len(p.Source)
	}
	return n
}

// equalBlock compares two blocks.
func equalBlock(a, b lessons.Block) bool {
	return a.Kind == b.Kind && a.Line == b.Line && strings.Join(a.Args, "\x00") == strings.Join(b.Args, "\x00")
}

// revealSection reads md as the body of a section with reveal.
func revealSection(t *testing.T, md string) lessons.Section {
	t.Helper()
	s, err := lessons.ParseSection("S", "<!-- reveal -->\n"+md)
	if err != nil {
		t.Fatalf("ParseSection(%q): %v", md, err)
	}
	return s
}

// TestRevealSteps counts the top-level list items CommonMark sees.
func TestRevealSteps(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want int
	}{
		{"prose", "Just a paragraph.\nAnother line.\n", 0},
		{"dashes", "- a\n- b\n- c\n", 3},
		{"stars and pluses", "* a\n+ b\n", 2},
		{"numbered", "1. a\n2. b\n10. c\n", 3},
		{"nested not counted", "- a\n  - a1\n  - a2\n- b\n", 2},
		{"continuation not counted", "- a\n  more of a\n\n- b\n", 2},
		{"up to three spaces of indent is still top level", "  - a\n", 1},
		{"needs a space", "-a\n*emphasis*\n1.5 litres\n", 0},
		{"thematic breaks", "* * *\n- - -\n\n***\n", 0},
		{"fenced code ignored", "- a\n\n```\n- not\n1. not\n```\n- b\n", 2},
		{"tilde fence", "~~~\n- not\n~~~\n- b\n", 1},
		{"longer closing fence", "````\n- not\n```\n- still not\n`````\n- b\n", 1},
		{"live block", "```faultline nines 99.9\n```\n- a\n", 1},
		{"CRLF", "- a\r\n- b\r\n", 2},
		{"no trailing newline", "- a\n- b", 2},
		{"ten digits is not a list", "1234567890. big\n", 0},
		{"mixed with prose", "Intro:\n\n1. one\n2. two\n\nAfter.\n", 2},
		{"quoted list not top level", "> - a\n> - b\n", 0},
		{"backtick in info opens no fence", "```x`y\n- a\n- b\n- c\n", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := revealSection(t, tt.md)
			if got := s.RevealSteps(); got != tt.want {
				t.Errorf("RevealSteps(%q) = %d, want %d", tt.md, got, tt.want)
			}
			checkParts(t, s)
		})
	}
}

func TestShownKeepsProseWithTheLastItem(t *testing.T) {
	s := revealSection(t, "Three:\n\n- one\n  more of one\n- two\n```\n- code\n```\n- three\n\nAfter.\n")
	want := []string{
		"Three:",
		"Three:\n\n- one\n  more of one",
		"Three:\n\n- one\n  more of one\n- two\n```\n- code\n```",
		s.Body,
		s.Body,
	}
	for step, w := range want {
		if got := joinSources(s.Shown(step)); got != w {
			t.Errorf("Shown(%d) = %q, want %q", step, got, w)
		}
	}
	plain, err := lessons.ParseSection("S", "- a\n- b")
	if err != nil {
		t.Fatal(err)
	}
	if plain.RevealSteps() != 0 || joinSources(plain.Shown(0)) != plain.Body {
		t.Errorf("a section without reveal is shown whole at every step")
	}
}

// joinSources concatenates the parts' Source.
func joinSources(parts []lessons.Part) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.Source)
	}
	return b.String()
}

// FuzzParseSection feeds random Markdown to the one parser of sections and
// checks what every consumer relies on (see checkParts): parts in order,
// their Source joining to Body, blocks matching Blocks, and each reveal
// step showing exactly one more top-level item than the one before.
func FuzzParseSection(f *testing.F) {
	// The tricky fences are in testdata/fuzz/FuzzParseSection.
	f.Add("Text.\n\n```faultline nines 99.9\n```\n\nMore.")
	f.Fuzz(func(t *testing.T, md string) {
		s, err := lessons.ParseSection("Fuzzed", md)
		if err != nil {
			checkFailure(t, err)
			return
		}
		checkParts(t, s)
		steps := lessons.ItemCount(s.Parts)
		for step := 0; step <= steps; step++ {
			if got := lessons.ItemCount(lessons.ShownParts(s.Parts, step)); got != step {
				t.Fatalf("step %d shows %d items", step, got)
			}
		}
		if s.Reveal && s.RevealSteps() != steps || !s.Reveal && s.RevealSteps() != 0 {
			t.Fatalf("RevealSteps() = %d with reveal %v and %d items", s.RevealSteps(), s.Reveal, steps)
		}
	})
}

// TestDeepNestingIsAProblem: lists and quotes nested more than 16 deep are
// refused with a problem (reading them costs the square of the depth),
// while 16 levels load.
func TestDeepNestingIsAProblem(t *testing.T) {
	if _, err := lessons.ParseSection("S", strings.Repeat("> ", 16)+"x"); err != nil {
		t.Errorf("16 nested quotes: %v", err)
	}
	var nested strings.Builder
	for i := range 16 {
		nested.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	if _, err := lessons.ParseSection("S", nested.String()); err != nil {
		t.Errorf("16 nested lists: %v", err)
	}
	for _, md := range []string{strings.Repeat(">", 100000) + " x", strings.Repeat("> - ", 50000) + "x", nested.String() + strings.Repeat("  ", 16) + "- x\n"} {
		_, err := lessons.ParseSection("S", md)
		if err == nil || !strings.Contains(err.Error(), "nest more than 16 deep") {
			t.Errorf("%.20q…: err = %v, want the nesting refused", md, err)
		}
	}
}

// TestParseSectionConcurrently: the shared block parser keeps each parse's
// state to itself (run with -race).
func TestParseSectionConcurrently(t *testing.T) {
	md := "<!-- reveal -->\n- a\n\n```faultline nines\n```\n\n- b\n"
	done := make(chan lessons.Section)
	for range 8 {
		go func() {
			s, err := lessons.ParseSection("S", md)
			if err != nil {
				t.Error(err)
			}
			done <- s
		}()
	}
	for range 8 {
		if s := <-done; s.RevealSteps() != 2 || len(s.Blocks()) != 1 {
			t.Errorf("a concurrent parse gave %d steps and %d blocks", s.RevealSteps(), len(s.Blocks()))
		}
	}
}
