package main

import (
	"encoding/json"
	"strings"
	"testing"

	"faultline/internal/content"
	"faultline/internal/lecture"
	"faultline/tui/components/slideview"
)

// trickyDeck is a deck of one lesson whose sections hold the fences the
// reader, lecture mode, handouts and the content checks once read
// differently: "```x`y" (a backtick info string cannot hold a backtick,
// so it opens no fence and the list after it is three items), and an
// example of a live block inside a four-backtick fence (code, not a block)
// beside a real one.
const trickyDeck = "---\nid: tricky\ntitle: Tricky fences\norder: 1\nminutes: 5\nsummary: Fences read one way everywhere.\n---\n\n" +
	"## Backtick info\n<!-- reveal -->\n\n```x`y\n- first item\n- second item\n- third item\n\n" +
	"## Example\n\nWrite this:\n\n````markdown\n```faultline nines\n```\n````\n\nand get this:\n\n```faultline nines 99.95\n```\n"

// TestTrickyFencesAgree: the content checks, the reader, the handout and
// lecture mode see the same parts in a deck with tricky fences.
func TestTrickyFencesAgree(t *testing.T) {
	dir := deckDir(t, map[string]string{"lessons/01-tricky.md": trickyDeck})

	// Content checks and `lessons -o json`: one live block, in the
	// second section, on line 28; none in the first.
	out, errOut, code := run(t, "lessons", "--content", dir, "-o", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("lessons: exit %d, stderr %q", code, errOut)
	}
	var got []struct {
		Sections []struct {
			Blocks []struct {
				Kind string   `json:"kind"`
				Args []string `json:"args"`
				Line int      `json:"line"`
			} `json:"blocks"`
		} `json:"sections"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Sections) != 2 || len(got[0].Sections[0].Blocks) != 0 || len(got[0].Sections[1].Blocks) != 1 {
		t.Fatalf("lessons -o json: %s", out)
	}
	if b := got[0].Sections[1].Blocks[0]; b.Kind != "nines" || len(b.Args) != 1 || b.Args[0] != "99.95" || b.Line != 28 {
		t.Errorf("the live block is %+v, want nines 99.95 on line 28", b)
	}

	// The reader: the example is drawn as code and only the real block
	// as a table.
	out, errOut, code = run(t, "lesson", "tricky", "--content", dir, "--plain")
	if code != 0 || errOut != "" {
		t.Fatalf("lesson: exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "```faultline nines") || strings.Count(out, "99.95%") != 1 || strings.Count(out, "99.999%") != 0 {
		t.Errorf("the reader draws the example live, or the block twice:\n%s", out)
	}
	if !strings.Contains(out, "x`y") || !strings.Contains(out, "third item") {
		t.Errorf("the reader lost the list after ```x`y:\n%s", out)
	}

	// The handout: the example kept as written, the block as its table.
	out, errOut, code = run(t, "export", "tricky", "--content", dir, "--format", "markdown")
	if code != 0 || errOut != "" {
		t.Fatalf("export: exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "````markdown\n```faultline nines\n```\n````") || strings.Count(out, "| 99.95% |") != 1 || strings.Contains(out, "| 99.999% |") {
		t.Errorf("the handout does not keep the example and compute the block once:\n%s", out)
	}

	// Lecture mode: three reveal steps, each showing one more item, and
	// one widget on the second slide.
	c, bank, err := content.Load(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if problems := content.Check(c.Lessons, bank); len(problems) != 0 {
		t.Errorf("content checks: %v", problems)
	}
	d, err := lecture.NewDeck(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := d.Slides[1]
	if s.Steps != 3 {
		t.Fatalf("the reveal slide has %d steps, want 3", s.Steps)
	}
	for step, want := range []string{"", "first item", "second item", "third item"} {
		text := slideText(slideview.Parts(s, step))
		if want != "" && !strings.Contains(text, want) {
			t.Errorf("step %d does not show %q: %q", step, want, text)
		}
		if next := []string{"first item", "second item", "third item", ""}[step]; next != "" && strings.Contains(text, next) {
			t.Errorf("step %d already shows %q: %q", step, next, text)
		}
	}
	widgets := 0
	for _, p := range slideview.Parts(d.Slides[2], -1) {
		if p.Block != nil {
			widgets++
			if p.Block.Kind != "nines" || p.Block.Line != 28 {
				t.Errorf("the widget is %+v, want the nines block of line 28", p.Block)
			}
		}
	}
	if widgets != 1 {
		t.Errorf("the example slide has %d widgets, want 1", widgets)
	}
}

// slideText is the Markdown a slide's parts show.
func slideText(parts []slideview.Part) string {
	var b strings.Builder
	for _, p := range parts {
		for _, sp := range p.Static {
			b.WriteString(sp.Source)
		}
	}
	return b.String()
}
