package lessons_test

import (
	"strings"
	"testing"
)

// want is an expected problem: the file, the line, and a part of the message.
type want struct {
	file string
	line int
	msg  string
}

func TestLoadReportsProblems(t *testing.T) {
	const front = "---\nid: a\ntitle: A\norder: 1\nminutes: 2\nsummary: S.\n---\n"
	const file = "lessons/a.md"
	const ok = "## One\nText.\n"
	fence := "```"
	tests := []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"no lessons", map[string]string{"glossary.yaml": ""},
			[]want{{"lessons", 0, "no lesson files"}}},
		{"no front matter", map[string]string{file: ok},
			[]want{{file, 1, "must start with front matter"}}},
		{"front matter never closed", map[string]string{file: "---\nid: a\n## One\nText.\n"},
			[]want{{file, 1, "never closed"}}},
		{"missing keys", map[string]string{file: "---\nid: a\ntitle: A\n---\n" + ok},
			[]want{{file, 1, `lacks the required key "order"`}, {file, 1, `"minutes"`}, {file, 1, `"summary"`}}},
		{"empty front matter", map[string]string{file: "---\n---\n" + ok},
			[]want{{file, 1, `"id"`}, {file, 1, `"title"`}, {file, 1, `"order"`}, {file, 1, `"minutes"`}, {file, 1, `"summary"`}}},
		{"front matter not a mapping", map[string]string{file: "---\n- id\n---\n" + ok},
			[]want{{file, 2, "must be a mapping"}}},
		{"invalid YAML", map[string]string{file: "---\nid: a\ntitle: a: b\n---\n" + ok},
			[]want{{file, 3, "invalid YAML: mapping values are not allowed"}}},
		{"duplicate key", map[string]string{file: "---\nid: a\nid: b\ntitle: A\norder: 1\nminutes: 2\nsummary: S.\n---\n" + ok},
			[]want{{file, 3, `front matter key "id" appears twice`}}},
		{"unknown key", map[string]string{file: "---\nid: a\ntitle: A\norder: 1\nminute: 2\nminutes: 2\nsummary: S.\n---\n" + ok},
			[]want{{file, 5, `unknown front matter key "minute"`}}},
		{"bad id charset", map[string]string{file: strings.Replace(front, "id: a", "id: Fault_Chain", 1) + ok},
			[]want{{file, 2, `id "Fault_Chain" must be lowercase`}}},
		{"id with edge hyphen", map[string]string{file: strings.Replace(front, "id: a", "id: -a-", 1) + ok},
			[]want{{file, 2, `id "-a-"`}}},
		{"id too long", map[string]string{file: strings.Replace(front, "id: a", "id: "+strings.Repeat("a", 41), 1) + ok},
			[]want{{file, 2, "longer than 40"}}},
		{"empty title", map[string]string{file: strings.Replace(front, "title: A", "title: \"  \"", 1) + ok},
			[]want{{file, 3, "title is empty"}}},
		{"null summary", map[string]string{file: strings.Replace(front, "summary: S.", "summary:", 1) + ok},
			[]want{{file, 6, "summary must be a single line"}}},
		{"multi-line summary", map[string]string{file: strings.Replace(front, "summary: S.", "summary: |\n  one\n  two", 1) + ok},
			[]want{{file, 6, "summary must be a single line"}}},
		{"list title", map[string]string{file: strings.Replace(front, "title: A", "title: [A]", 1) + ok},
			[]want{{file, 3, "title must be a single line"}}},
		{"order not a number", map[string]string{file: strings.Replace(front, "order: 1", "order: first", 1) + ok},
			[]want{{file, 4, `order "first" must be a whole number`}}},
		{"order quoted", map[string]string{file: strings.Replace(front, "order: 1", `order: "1"`, 1) + ok},
			[]want{{file, 4, "must be a whole number"}}},
		{"order zero", map[string]string{file: strings.Replace(front, "order: 1", "order: 0", 1) + ok},
			[]want{{file, 4, "order 0 must be 1 or more"}}},
		{"minutes fractional", map[string]string{file: strings.Replace(front, "minutes: 2", "minutes: 2.5", 1) + ok},
			[]want{{file, 5, `minutes "2.5" must be a whole number`}}},
		{"minutes out of range", map[string]string{file: strings.Replace(front, "minutes: 2", "minutes: 601", 1) + ok},
			[]want{{file, 5, "between 1 and 600"}}},
		{"duplicate ids and orders", map[string]string{"lessons/a.md": lessonFile("x", 1), "lessons/b.md": lessonFile("x", 1)},
			[]want{{"lessons/b.md", 2, `lesson id "x" is already used by lessons/a.md`}, {"lessons/b.md", 4, "order 1 is already used by lessons/a.md"}}},
		{"no sections", map[string]string{file: front + "Just an intro.\n"},
			[]want{{file, 8, "no sections"}}},
		{"empty section", map[string]string{file: front + "## Empty\n\n## Full\nText.\n"},
			[]want{{file, 8, `section "Empty" is empty`}}},
		{"section with only notes", map[string]string{file: front + "## Empty\n???\nNotes only.\n"},
			[]want{{file, 8, `section "Empty" is empty`}}},
		{"section with only reveal", map[string]string{file: front + "## Empty\n<!-- reveal -->\n"},
			[]want{{file, 8, `section "Empty" is empty`}}},
		{"empty heading", map[string]string{file: front + "##\nText.\n"},
			[]want{{file, 8, "heading is empty"}}},
		{"heading without slug", map[string]string{file: front + "## ¿¡…!?\nText.\n"},
			[]want{{file, 8, "no letters a-z or digits"}}},
		{"duplicate slug", map[string]string{file: front + "## Fault tolerance\nA.\n## Fault-Tolerance!\nB.\n"},
			[]want{{file, 10, `section id "fault-tolerance", already used by the heading on line 8`}}},
		{"notes in intro", map[string]string{file: front + "Intro.\n???\nNotes.\n" + ok},
			[]want{{file, 9, "speaker notes (???) before the first"}}},
		{"reveal in intro", map[string]string{file: front + "<!-- reveal -->\n" + ok},
			[]want{{file, 8, "<!-- reveal --> before the first"}}},
		{"two notes markers", map[string]string{file: front + "## One\nText.\n???\nA.\n???\nB.\n"},
			[]want{{file, 12, "second ??? line"}}},
		{"unclosed fence", map[string]string{file: front + "## One\nText.\n" + fence + "go\ncode\n## Two\nMore.\n"},
			[]want{{file, 10, "never closed"}}},
		{"unclosed tilde fence closed by backticks", map[string]string{file: front + "## One\n~~~\n" + fence + "\n"},
			[]want{{file, 9, "never closed"}}},
		{"short closing fence", map[string]string{file: front + "## One\n````\nx\n" + fence + "\n"},
			[]want{{file, 9, "never closed"}}},
		{"unknown live block", map[string]string{file: front + "## One\n" + fence + "faultline chart\n" + fence + "\n"},
			[]want{{file, 9, `unknown live block "chart"`}}},
		{"live block naming nothing", map[string]string{file: front + "## One\n" + fence + "faultline\n" + fence + "\n"},
			[]want{{file, 9, "names nothing to draw"}}},
		{"unknown diagram", map[string]string{file: front + "## One\n" + fence + "faultline diagram fault-tree\n" + fence + "\n"},
			[]want{{file, 9, `unknown diagram "fault-tree"`}}},
		{"diagram without name", map[string]string{file: front + "## One\n" + fence + "faultline diagram\n" + fence + "\n"},
			[]want{{file, 9, "takes one diagram name, got 0"}}},
		{"diagram with two names", map[string]string{file: front + "## One\n" + fence + "faultline diagram fault-chain circuit-breaker\n" + fence + "\n"},
			[]want{{file, 9, "takes one diagram name, got 2"}}},
		{"compose without expression", map[string]string{file: front + "## One\n" + fence + "faultline compose\n" + fence + "\n"},
			[]want{{file, 9, "needs an expression"}}},
		{"mtbf with one duration", map[string]string{file: front + "## One\n" + fence + "faultline mtbf 30d\n" + fence + "\n"},
			[]want{{file, 9, "two durations, MTBF and MTTR, got 1"}}},
		{"mtbf with three durations", map[string]string{file: front + "## One\n" + fence + "faultline mtbf 1 2 3\n" + fence + "\n"},
			[]want{{file, 9, "got 3"}}},
		{"live block with a body", map[string]string{file: front + "## One\n" + fence + "faultline nines\n99.9\n99.99\n" + fence + "\n"},
			[]want{{file, 10, "opened on line 9 must have an empty body"}}},
		{"live block in intro", map[string]string{file: front + fence + "faultline nines\n" + fence + "\n" + ok},
			[]want{{file, 8, "live block before the first"}}},
		{"live block in notes", map[string]string{file: front + "## One\nText.\n???\n" + fence + "faultline nines\n" + fence + "\n"},
			[]want{{file, 11, "live block in speaker notes"}}},
		{"glossary not a list", map[string]string{file: front + ok, "glossary.yaml": "term: x\n"},
			[]want{{"glossary.yaml", 1, "must be a list"}}},
		{"glossary invalid YAML", map[string]string{file: front + ok, "glossary.yaml": "- term: x\n  lesson: a: b\n"},
			[]want{{"glossary.yaml", 2, "invalid YAML: mapping values are not allowed"}}},
		{"glossary duplicate key", map[string]string{file: front + ok, "glossary.yaml": "- term: x\n  term: y\n  lesson: a#one\n  definition: D.\n"},
			[]want{{"glossary.yaml", 2, `glossary key "term" appears twice`}}},
		{"glossary entry not a mapping", map[string]string{file: front + ok, "glossary.yaml": "- Fault\n"},
			[]want{{"glossary.yaml", 1, "must be a mapping"}}},
		{"glossary missing keys", map[string]string{file: front + ok, "glossary.yaml": "- term: Fault\n"},
			[]want{{"glossary.yaml", 1, `lacks the required key "lesson"`}, {"glossary.yaml", 1, `"definition"`}}},
		{"glossary unknown and empty keys", map[string]string{file: front + ok, "glossary.yaml": "- term: Fault\n  lesson: a#one\n  definition: \"\"\n  see: Error\n"},
			[]want{{"glossary.yaml", 3, "definition must be non-empty"}, {"glossary.yaml", 4, `unknown glossary key "see"`}}},
		{"glossary link to a missing section", map[string]string{file: front + ok, "glossary.yaml": "- term: Fault\n  definition: D.\n  lesson: a#two\n"},
			[]want{{"glossary.yaml", 3, `links to "a#two", which is not a LESSON#SECTION`}}},
		{"glossary link without section", map[string]string{file: front + ok, "glossary.yaml": "- term: Fault\n  lesson: a\n  definition: D.\n"},
			[]want{{"glossary.yaml", 2, `links to "a"`}}},
		{"glossary duplicate across files", map[string]string{file: front + ok,
			"glossary-a.yaml": "- term: Fault\n  lesson: a#one\n  definition: D.\n",
			"glossary-b.yaml": "- term: Other\n  lesson: a#one\n  definition: D.\n- term: fault\n  lesson: a#one\n  definition: D.\n"},
			[]want{{"glossary-b.yaml", 4, `glossary term "fault" is already defined at glossary-a.yaml:1`}}},
		{"problems in several files, all reported in order", map[string]string{
			"lessons/b.md":  strings.Replace(front, "id: a", "id: b", 1) + "## One\n\n## Two\n" + fence + "faultline diagram nope\n" + fence + "\n",
			"lessons/a.md":  strings.Replace(front, "order: 1", "order: x", 1) + ok,
			"glossary.yaml": "- term: T\n  lesson: nowhere#at-all\n  definition: D.\n"},
			[]want{
				{"glossary.yaml", 2, "nowhere#at-all"},
				{"lessons/a.md", 4, "must be a whole number"},
				{"lessons/b.md", 8, `section "One" is empty`},
				{"lessons/b.md", 11, `unknown diagram "nope"`},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := loadProblems(t, mapFS(tt.files))
			if len(got) != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%s", len(got), len(tt.want), problemList(got))
				return
			}
			for i, w := range tt.want {
				p := got[i]
				if p.File != w.file || p.Line != w.line || !strings.Contains(p.Message, w.msg) {
					t.Errorf("problem %d = %s\nwant %s:%d: …%s…", i, p, w.file, w.line, w.msg)
				}
			}
		})
	}
}

// problemList formats problems one per line for failure messages.
func problemList[P interface{ String() string }](ps []P) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("  " + p.String() + "\n")
	}
	return b.String()
}

func TestErrorMessageListsEveryProblem(t *testing.T) {
	fsys := mapFS(map[string]string{
		"lessons/a.md": "---\nid: A\ntitle: A\norder: 1\nminutes: 2\nsummary: S.\n---\n## One\n\n## Two\nx\n",
	})
	_, err := loadProblemsErr(fsys)
	want := "lessons/a.md:2: id \"A\" must be lowercase letters, digits and single inner hyphens (a-z0-9-)\n" +
		"lessons/a.md:8: section \"One\" is empty"
	if err == nil || err.Error() != want {
		t.Errorf("error =\n%v\nwant\n%s", err, want)
	}
	_, err = loadProblemsErr(mapFS(map[string]string{}))
	if err == nil || err.Error() != "lessons: no lesson files: want Markdown files matching lessons/*.md" {
		t.Errorf("error for an empty folder = %v", err)
	}
}
