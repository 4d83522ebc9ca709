package lessons_test

import (
	"reflect"
	"strings"
	"testing"

	"faultline/lessons"
)

// fullLesson exercises every part of the format. Line numbers matter: the
// test below asserts them.
const fullLesson = `---
id: fault-chain
title: "Fault, error, failure"
order: 5
minutes: 12
summary: How a hidden cause becomes a visible failure.
---

An introduction paragraph.

It has two paragraphs.

## Fault, error, failure

The chain:

` + "```faultline diagram fault-chain" + `
` + "```" + `

???
Ask the room for an example.

## Reveal me ##
<!-- reveal -->

- one
- two

` + "```go" + `
## not a heading
???
<!-- reveal -->
` + "```" + `

### A subheading stays inside

` + "~~~~faultline nines 99.9  99.99" + `
` + "~~~~" + `
` + "```faultline compose lb:99.99 * (web:99.9 | web:99.9)" + `
` + "```" + `
` + "```faultline mtbf 30d 4h" + `
` + "```" + `

## Last
Only body here.
`

func TestParseLesson(t *testing.T) {
	c := mustLoad(t, mapFS(map[string]string{"lessons/05-fault-chain.md": fullLesson}))
	if len(c.Lessons) != 1 {
		t.Fatalf("got %d lessons, want 1", len(c.Lessons))
	}
	l := c.Lessons[0]
	head := lessons.Lesson{ID: "fault-chain", Title: "Fault, error, failure", Order: 5, Minutes: 12,
		Summary: "How a hidden cause becomes a visible failure.", File: "lessons/05-fault-chain.md",
		Intro: "An introduction paragraph.\n\nIt has two paragraphs."}
	got := l
	got.Sections = nil
	if !reflect.DeepEqual(got, head) {
		t.Errorf("lesson fields\n got %+v\nwant %+v", got, head)
	}
	fence, tilde := "```", "~~~~"
	chain := lessons.Block{Kind: "diagram", Args: []string{"fault-chain"}, Line: 17}
	nines := lessons.Block{Kind: "nines", Args: []string{"99.9", "99.99"}, Line: 37}
	compose := lessons.Block{Kind: "compose", Args: []string{"lb:99.99 * (web:99.9 | web:99.9)"}, Line: 39}
	mtbf := lessons.Block{Kind: "mtbf", Args: []string{"30d", "4h"}, Line: 41}
	want := []lessons.Section{
		{
			ID: "fault-error-failure", Title: "Fault, error, failure", Line: 13,
			Body:  "The chain:\n\n" + fence + "faultline diagram fault-chain\n" + fence,
			Notes: "Ask the room for an example.",
			Parts: []lessons.Part{
				{Source: "The chain:\n\n", Line: 15},
				{Source: fence + "faultline diagram fault-chain\n" + fence, Line: 17, Block: &chain},
			},
		},
		{
			ID: "reveal-me", Title: "Reveal me", Line: 23, Reveal: true,
			Body: "- one\n- two\n\n" + fence + "go\n## not a heading\n???\n<!-- reveal -->\n" + fence +
				"\n\n### A subheading stays inside\n\n" +
				tilde + "faultline nines 99.9  99.99\n" + tilde + "\n" +
				fence + "faultline compose lb:99.99 * (web:99.9 | web:99.9)\n" + fence + "\n" +
				fence + "faultline mtbf 30d 4h\n" + fence,
			Parts: []lessons.Part{
				{Source: "- one\n- two\n\n" + fence + "go\n## not a heading\n???\n<!-- reveal -->\n" + fence +
					"\n\n### A subheading stays inside\n\n", Line: 26, Items: []int{0, 6}},
				{Source: tilde + "faultline nines 99.9  99.99\n" + tilde + "\n", Line: 37, Block: &nines},
				{Source: fence + "faultline compose lb:99.99 * (web:99.9 | web:99.9)\n" + fence + "\n", Line: 39, Block: &compose},
				{Source: fence + "faultline mtbf 30d 4h\n" + fence, Line: 41, Block: &mtbf},
			},
		},
		{ID: "last", Title: "Last", Line: 44, Body: "Only body here.", Parts: []lessons.Part{{Source: "Only body here.", Line: 45}}},
	}
	if len(l.Sections) != len(want) {
		t.Fatalf("got %d sections, want %d: %+v", len(l.Sections), len(want), l.Sections)
	}
	for i := range want {
		if !reflect.DeepEqual(l.Sections[i], want[i]) {
			t.Errorf("section %d\n got %#v\nwant %#v", i, l.Sections[i], want[i])
		}
	}
}

func TestParseLessonVariants(t *testing.T) {
	front := "---\nid: a\ntitle: A\norder: 1\nminutes: 2\nsummary: S.\n---\n"
	tests := []struct {
		name     string
		text     string
		intro    string
		sections []string // "ID|Title|Line|Body|Notes|Reveal"
	}{
		{
			name:     "no intro",
			text:     front + "## Only\nText.\n",
			sections: []string{"only|Only|8|Text.||false"},
		},
		{
			name:     "CRLF line endings and BOM",
			text:     "\uFEFF" + strings.ReplaceAll(front+"Intro.\n## One\nText.\n???\nN.\n", "\n", "\r\n"),
			intro:    "Intro.",
			sections: []string{"one|One|9|Text.|N.|false"},
		},
		{
			name:     "indented heading up to three spaces",
			text:     front + "   ## Indented\nText.\n    ## code, not a heading\n",
			sections: []string{"indented|Indented|8|Text.\n    ## code, not a heading||false"},
		},
		{
			name:     "h2 without space is text, h3 stays inside",
			text:     front + "## One\n##Two\n### Three\n",
			sections: []string{"one|One|8|##Two\n### Three||false"},
		},
		{
			name:     "notes keep their own markers and blank lines trimmed",
			text:     front + "## One\n\nText.\n\n???\n\nFirst note.\n<!-- reveal -->\n\n",
			sections: []string{"one|One|8|Text.|First note.\n<!-- reveal -->|false"},
		},
		{
			name:     "reveal marker with spaces",
			text:     front + "## One\n  <!-- reveal -->  \n- a\n",
			sections: []string{"one|One|8|- a||true"},
		},
		{
			name:     "longer closing fence and tilde inside backticks",
			text:     front + "## One\n```\n~~~\n## inside\n`````\n## Two\nx\n",
			sections: []string{"one|One|8|```\n~~~\n## inside\n`````||false", "two|Two|13|x||false"},
		},
		{
			name:     "faultline-like info strings are ordinary code",
			text:     front + "## One\n```faultlines diagram x\n```\n``` go faultline\n```\n",
			sections: []string{"one|One|8|```faultlines diagram x\n```\n``` go faultline\n```||false"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustLoad(t, mapFS(map[string]string{"lessons/a.md": tt.text}))
			l := c.Lessons[0]
			if l.Intro != tt.intro {
				t.Errorf("intro = %q, want %q", l.Intro, tt.intro)
			}
			var got []string
			for _, s := range l.Sections {
				got = append(got, strings.Join([]string{s.ID, s.Title, itoa(s.Line), s.Body, s.Notes, boolText(s.Reveal)}, "|"))
			}
			if !reflect.DeepEqual(got, tt.sections) {
				t.Errorf("sections\n got %q\nwant %q", got, tt.sections)
			}
		})
	}
}

// boolText spells a bool as "true" or "false".
func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestLoadSortsLessonsAndMergesGlossaries(t *testing.T) {
	c := mustLoad(t, mapFS(map[string]string{
		"lessons/01-b.md":     lessonFile("b", 3),
		"lessons/02-a.md":     lessonFile("a", 1),
		"lessons/03-c.md":     lessonFile("c", 2),
		"lessons/notes.txt":   "ignored: not Markdown",
		"glossary.yaml":       "- term: beta\n  lesson: b#first-part\n  definition: B.\n- term: Alpha\n  lesson: a#first-part\n  definition: A.\n",
		"glossary-part2.yaml": "- term: gamma\n  lesson: c#first-part\n  definition: C.\n- term: alpha two\n  lesson: a#first-part\n  definition: A2.\n",
		"glossary-empty.yaml": "",
		"sub/glossary.yaml":   "not: read",
	}))
	if got, want := c.IDs(), []string{"a", "c", "b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("IDs() = %v, want %v", got, want)
	}
	var terms []string
	for _, g := range c.Glossary {
		terms = append(terms, g.Term)
	}
	if want := []string{"Alpha", "alpha two", "beta", "gamma"}; !reflect.DeepEqual(terms, want) {
		t.Errorf("glossary terms = %v, want %v", terms, want)
	}
	if g := c.Glossary[0]; g.Lesson != "a#first-part" || g.Definition != "A." {
		t.Errorf("glossary[0] = %+v", g)
	}
}

func TestCourseLookups(t *testing.T) {
	c := mustLoad(t, mapFS(map[string]string{
		"lessons/a.md": lessonFile("a", 1),
		"lessons/b.md": "---\nid: b\ntitle: B\norder: 2\nminutes: 1\nsummary: B.\n---\n## One\nx\n## Two\ny\n",
	}))
	if l, ok := c.Lesson("b"); !ok || l.Title != "B" {
		t.Errorf("Lesson(b) = %q, %v", l.Title, ok)
	}
	if _, ok := c.Lesson("zzz"); ok {
		t.Errorf("Lesson(zzz) found")
	}
	tests := []struct {
		link   string
		lesson string
		index  int
		ok     bool
	}{
		{"b#two", "b", 1, true},
		{"b#one", "b", 0, true},
		{"a#first-part", "a", 0, true},
		{"b#three", "", -1, false},
		{"b", "", -1, false},
		{"b#", "", -1, false},
		{"#one", "", -1, false},
		{"zzz#one", "", -1, false},
		{"", "", -1, false},
	}
	for _, tt := range tests {
		l, i, ok := c.Resolve(tt.link)
		if l.ID != tt.lesson || i != tt.index || ok != tt.ok {
			t.Errorf("Resolve(%q) = %q, %d, %v; want %q, %d, %v", tt.link, l.ID, i, ok, tt.lesson, tt.index, tt.ok)
		}
	}
}
