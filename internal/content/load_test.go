package content_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"faultline/internal/content"
	"faultline/internal/termtext"
	"faultline/lessons"
)

func TestLoadGoodDeck(t *testing.T) {
	dir := writeDeck(t, map[string]string{
		"lessons/01-basics.md": deckLesson("basics", 1, "Text.\n\n```faultline nines 99.95\n```\n\n```faultline quiz basics-1\n```"),
		"lessons/02-more.md":   deckLesson("more", 2, "```faultline scenario hot-standby\n```\n\n```faultline compose 99.9 * (99 | 99)\n```\n\n```faultline mtbf 30d 4h\n```"),
		"glossary.yaml":        "- term: Basic\n  lesson: basics#first-part\n  definition: Something basic.\n",
		"quizzes/basics.yaml":  deckQuiz("basics", "Is this basic?"),
	})
	c, b, err := content.Load(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.IDs(), " "); got != "basics more" {
		t.Errorf("lessons %q, want %q", got, "basics more")
	}
	if want := filepath.Join(dir, "lessons", "01-basics.md"); c.Lessons[0].File != want {
		t.Errorf("lesson file %q, want %q", c.Lessons[0].File, want)
	}
	q, ok := b.ByID("basics-1")
	if !ok || q.Prompt != "Is this basic?" {
		t.Fatalf("question basics-1: %+v, %v", q, ok)
	}
	if want := filepath.Join(dir, "quizzes", "basics.yaml"); q.File != want {
		t.Errorf("question file %q, want %q", q.File, want)
	}
	if len(c.Glossary) != 1 || c.Glossary[0].Term != "Basic" {
		t.Errorf("glossary %+v", c.Glossary)
	}
}

func TestLoadDeckWithoutGlossaryOrQuizzes(t *testing.T) {
	dir := writeDeck(t, map[string]string{"lessons/a.md": deckLesson("alone", 1, "Just text.")})
	c, b, err := content.Load(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Lessons) != 1 || len(b.Questions) != 0 {
		t.Errorf("%d lessons, %d questions; want 1 and 0", len(c.Lessons), len(b.Questions))
	}
}

func TestLoadBesideCourse(t *testing.T) {
	builtin, builtinBank, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	last := builtin.Lessons[len(builtin.Lessons)-1].Order
	dir := writeDeck(t, map[string]string{
		"lessons/01-extra.md": deckLesson("extra", 1, "Shows a built-in question:\n\n```faultline quiz fallacies-3\n```"),
		"lessons/02-more.md":  deckLesson("more", 2, "More."),
		"quizzes/extra.yaml":  deckQuiz("extra", "Extra?"),
		"glossary.yaml":       "- term: Extra term\n  lesson: extra#first-part\n  definition: Only in the deck.\n",
	})
	c, b, err := content.Load(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	n := len(builtin.Lessons)
	if len(c.Lessons) != n+2 {
		t.Fatalf("%d lessons, want %d", len(c.Lessons), n+2)
	}
	for i, l := range builtin.Lessons {
		if c.Lessons[i].ID != l.ID {
			t.Errorf("lesson %d is %q, want the built-in %q first", i, c.Lessons[i].ID, l.ID)
		}
	}
	for i, want := range []struct {
		id    string
		order int
	}{{"extra", last + 1}, {"more", last + 2}} {
		l := c.Lessons[n+i]
		if l.ID != want.id || l.Order != want.order {
			t.Errorf("deck lesson %d: %q order %d, want %q order %d", i, l.ID, l.Order, want.id, want.order)
		}
	}
	if builtin.Lessons[0].File != c.Lessons[0].File || strings.HasPrefix(c.Lessons[0].File, dir) {
		t.Errorf("built-in lesson file changed to %q", c.Lessons[0].File)
	}
	if !strings.HasPrefix(c.Lessons[n].File, dir) {
		t.Errorf("deck lesson file %q is not under %q", c.Lessons[n].File, dir)
	}
	if len(b.Questions) != len(builtinBank.Questions)+1 {
		t.Errorf("%d questions, want %d", len(b.Questions), len(builtinBank.Questions)+1)
	}
	if _, ok := b.ByID("extra-1"); !ok {
		t.Error("deck question extra-1 missing from the merged bank")
	}
	if len(c.Glossary) != len(builtin.Glossary)+1 {
		t.Errorf("%d glossary terms, want %d", len(c.Glossary), len(builtin.Glossary)+1)
	}
}

func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		withCourse bool
		file       string // slash path inside the deck
		line       int
		words      []string
	}{
		{
			name:       "id clash with the built-in course",
			files:      map[string]string{"lessons/01-mine.md": deckLesson("fallacies", 1, "Mine.")},
			withCourse: true,
			file:       "lessons/01-mine.md", line: 2,
			words: []string{`"fallacies"`, "lessons/02-fallacies.md", "built-in"},
		},
		{
			name:       "glossary term clash with the built-in course",
			files:      map[string]string{"lessons/a.md": deckLesson("mine", 1, "Mine."), "glossary.yaml": "- term: Fault\n  lesson: mine#first-part\n  definition: Mine.\n"},
			withCourse: true,
			file:       "glossary.yaml", line: 1,
			words: []string{`"Fault"`, "built-in"},
		},
		{
			name:  "bad front matter",
			files: map[string]string{"lessons/a.md": "---\nid: Bad Id\ntitle: T\norder: 1\nminutes: 5\nsummary: S.\n---\n\n## A\n\nText.\n"},
			file:  "lessons/a.md", line: 2,
			words: []string{`"Bad Id"`},
		},
		{
			name:  "bad nines value",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "```faultline nines 99.95 120\n```")},
			file:  "lessons/a.md", line: 13,
			words: []string{"nines", `"120"`, "above 100"},
		},
		{
			name:  "bad compose expression",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "```faultline compose 99.9 * (99\n```")},
			file:  "lessons/a.md", line: 13,
			words: []string{"compose", "expression"},
		},
		{
			name:  "bad mtbf duration",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "```faultline mtbf 30 days 4h\n```")},
			file:  "lessons/a.md", line: 13,
			words: []string{"mtbf"},
		},
		{
			name:  "zero mtbf",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "```faultline mtbf 0s 4h\n```")},
			file:  "lessons/a.md", line: 13,
			words: []string{"mtbf", "MTBF"},
		},
		{
			name:  "unknown scenario",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "```faultline scenario lukewarm-standby\n```")},
			file:  "lessons/a.md", line: 13,
			words: []string{`"lukewarm-standby"`, "hot-standby"},
		},
		{
			name:  "unknown question",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "```faultline quiz a-7\n```"), "quizzes/a.yaml": deckQuiz("a", "Yes?")},
			file:  "lessons/a.md", line: 13,
			words: []string{`"a-7"`},
		},
		{
			name:  "built-in question without the built-in course",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "```faultline quiz fallacies-3\n```")},
			file:  "lessons/a.md", line: 13,
			words: []string{`"fallacies-3"`},
		},
		{
			name:  "bank for a lesson the deck lacks",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "Text."), "quizzes/b.yaml": deckQuiz("b", "Yes?")},
			file:  "quizzes/b.yaml",
			words: []string{`"b"`},
		},
		{
			name:  "empty folder",
			files: map[string]string{"README.txt": "nothing here"},
			file:  "lessons",
			words: []string{"no lesson files"},
		},
		{
			name:  "binary lesson",
			files: map[string]string{"lessons/a.md": "\x7fELF\x00\x01\x02"},
			file:  "lessons/a.md",
			words: []string{"binary"},
		},
		{
			name:  "lesson in another encoding",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, "Caf\xe9.")},
			file:  "lessons/a.md",
			words: []string{"UTF-8"},
		},
		{
			name:  "huge lesson",
			files: map[string]string{"lessons/a.md": deckLesson("a", 1, strings.Repeat("Lots of text. ", content.MaxFileSize/10))},
			file:  "lessons/a.md",
			words: []string{"too large", "1 MiB"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeDeck(t, tt.files)
			c, b, err := content.Load(dir, tt.withCourse)
			if err == nil {
				t.Fatalf("loaded %d lessons and %d questions, want an error", len(c.Lessons), len(b.Questions))
			}
			ps := problems(t, err)
			file := filepath.Join(dir, filepath.FromSlash(tt.file))
			if !hasProblem(ps, file, tt.line, tt.words...) {
				t.Errorf("no problem at %s:%d holding %q; got:\n%v", file, tt.line, tt.words, err)
			}
			for _, p := range ps {
				if !strings.HasPrefix(p.File, dir) {
					t.Errorf("problem %q does not name a file in the deck folder", p)
				}
			}
		})
	}
}

func TestLoadMissingOrNotAFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	file := filepath.Join(t.TempDir(), "deck.md")
	if err := os.WriteFile(file, []byte("# not a folder\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ dir, words string }{
		{missing, "no such content folder"},
		{file, "not a folder"},
	} {
		for _, with := range []bool{false, true} {
			_, _, err := content.Load(tt.dir, with)
			if err == nil {
				t.Fatalf("Load(%q, %v) succeeded", tt.dir, with)
			}
			if ps := problems(t, err); !hasProblem(ps, tt.dir, 0, tt.words) {
				t.Errorf("Load(%q, %v): %v, want %q", tt.dir, with, err, tt.words)
			}
		}
	}
}

func TestLoadRefusesSpecialFiles(t *testing.T) {
	dir := writeDeck(t, map[string]string{"lessons/a.md": deckLesson("a", 1, "Text.")})
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "lessons", "b.md")); err != nil {
		t.Skipf("cannot make a symbolic link: %v", err)
	}
	_, _, err := content.Load(dir, false)
	if err == nil {
		t.Fatal("a lesson linked to /dev/zero loaded")
	}
	if ps := problems(t, err); !hasProblem(ps, filepath.Join(dir, "lessons", "b.md"), 0, "not a regular file") {
		t.Errorf("got %v, want a problem saying lessons/b.md is not a regular file", err)
	}
}

func TestLoadSanitizes(t *testing.T) {
	esc := "\x1b[2J\x1b]0;pwned\x07"
	link := "a#" + lessons.Slug(termtext.Clean("Part "+esc+"one"))
	dir := writeDeck(t, map[string]string{
		"lessons/a.md":   "---\nid: a\ntitle: \"Title \\e[31mred\"\norder: 1\nminutes: 5\nsummary: Sum" + esc + "mary.\n---\n\n## Part " + esc + "one\n\nBody " + esc + " text.\n\n???\nNotes " + esc + ".\n",
		"glossary.yaml":  "- term: \"Term \\e[1m\"\n  lesson: " + link + "\n  definition: \"Def \\x9b inition.\"\n",
		"quizzes/a.yaml": "- id: a-1\n  type: single\n  section: " + link + "\n  prompt: \"Pick \\e[5m one\"\n  choices:\n    - text: \"Yes \\e]8;;x\\a\"\n      correct: true\n    - text: No\n  explanation: \"Be\\u009bcause.\"\n",
	})
	c, b, err := content.Load(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	l := c.Lessons[0]
	texts = append(texts, l.Title, l.Summary, l.Intro)
	for _, s := range l.Sections {
		texts = append(texts, s.Title, s.Body, s.Notes)
	}
	for _, g := range c.Glossary {
		texts = append(texts, g.Term, g.Definition)
	}
	for _, q := range b.Questions {
		texts = append(texts, q.Prompt, q.Explanation)
		for _, ch := range q.Choices {
			texts = append(texts, ch.Text)
		}
	}
	for _, s := range texts {
		if s != termtext.Clean(s) || strings.ContainsAny(s, "\x1b\x07\u009b") {
			t.Errorf("text keeps control characters: %q", s)
		}
	}
	if len(texts) < 10 {
		t.Errorf("only %d texts checked", len(texts))
	}
}

// TestLoadListsEveryProblemInOneRun gives a deck with a problem of every
// kind at once (a file that is not text, a lesson's front matter, a live
// block, a question of the bank, a YAML mistake): one run lists them all,
// each at its line, so an instructor fixes the deck in one pass.
func TestLoadListsEveryProblemInOneRun(t *testing.T) {
	broken := strings.Replace(deckLesson("broken", 2, "Text."), "minutes: 5", "minutes: [5", 1)
	dir := writeDeck(t, map[string]string{
		"lessons/01-basics.md": deckLesson("basics", 1, "```faultline nines bogus\n```\n\n```faultline quiz basics-1\n```\n\n```faultline quiz basics-2\n```"),
		"lessons/02-broken.md": broken,
		"lessons/03-binary.md": "bin\x00ary",
		"quizzes/basics.yaml": deckQuiz("basics", "Is this basic?") +
			"- id: basics-2\n  type: truefalse\n  section: basics#no-such-part\n  prompt: Is it?\n  answer: true\n  explanation: Yes.\n",
		"quizzes/broken.yaml": "- id: broken-1\n  type: truefalse\n  section: broken#first-part\n  prompt: [Is it?\n  answer: true\n",
	})
	_, _, err := content.Load(dir, false)
	ps := problems(t, err)
	in := func(name string) string { return filepath.Join(dir, "lessons", name) }
	bank := func(name string) string { return filepath.Join(dir, "quizzes", name) }
	for _, want := range []struct {
		file  string
		line  int
		words []string
	}{
		{in("01-basics.md"), 13, []string{"faultline nines", "bogus"}},
		{in("02-broken.md"), 5, []string{"invalid YAML"}},
		{in("03-binary.md"), 0, []string{"binary"}},
		{bank("basics.yaml"), 0, []string{"no-such-part"}},
		{bank("broken.yaml"), 4, []string{"invalid YAML"}},
	} {
		if !hasProblem(ps, want.file, want.line, want.words...) {
			t.Errorf("no problem at %s:%d with %q; got:\n%v", want.file, want.line, want.words, err)
		}
	}
	// A question with a problem is still known by its id: the quiz block
	// naming it is not reported as naming nothing.
	if hasProblem(ps, in("01-basics.md"), 0, `no question "basics-2"`) {
		t.Errorf("the quiz block of a broken question is reported missing too:\n%v", err)
	}
}
