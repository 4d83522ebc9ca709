package content_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"faultline/internal/content"
)

// TestControlSequencesAreReportedByLine checks that a deck with escape
// sequences loads with them removed whole, and that each line they were on
// is reported as FILE:LINE: control sequence removed.
func TestControlSequencesAreReportedByLine(t *testing.T) {
	dir := writeDeck(t, map[string]string{
		"lessons/a.md":   deckLesson("a", 1, "Retries \x1b]52;c;ZWNobyBoaQ==\x07 and \x1b[2J backoff."),
		"quizzes/a.yaml": deckQuiz("a", "Is this \u202eright?"),
	})
	c, _, err := content.Load(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if body := c.Lessons[0].Sections[0].Body; body != "Retries  and  backoff." {
		t.Errorf("body = %q, want the sequences removed whole", body)
	}
	var got []string
	for _, w := range c.Warnings {
		got = append(got, w.String())
	}
	want := []string{
		filepath.Join(dir, "lessons", "a.md") + ":13: control sequence removed",
		filepath.Join(dir, "quizzes", "a.yaml") + ":4: control sequence removed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSymlinkLeavingTheDeckIsRefused checks that a deck file that is a
// symbolic link to somewhere outside the deck folder is not read, while a
// link inside the deck is followed.
func TestSymlinkLeavingTheDeckIsRefused(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.md")
	if err := os.WriteFile(outside, []byte(deckLesson("b", 2, "Secret.")), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := writeDeck(t, map[string]string{
		"lessons/a.md":  deckLesson("a", 1, "Body."),
		"shared/c.md":   deckLesson("c", 3, "Shared."),
		"glossary.yaml": "",
	})
	if err := os.Symlink(outside, filepath.Join(dir, "lessons", "b.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join("..", "shared", "c.md"), filepath.Join(dir, "lessons", "c.md")); err != nil {
		t.Fatal(err)
	}
	_, _, err := content.Load(dir, false)
	if err == nil {
		t.Fatal("a deck with a link outside itself loaded")
	}
	ps := problems(t, err)
	if !hasProblem(ps, filepath.Join(dir, "lessons", "b.md"), 0, "symlink leaves the deck") {
		t.Errorf("got %v, want lessons/b.md: symlink leaves the deck", err)
	}
	if hasProblem(ps, filepath.Join(dir, "lessons", "c.md"), 0) {
		t.Errorf("a link inside the deck was refused: %v", err)
	}
}

// TestEscapedControlSequencesAreReported checks that a control sequence
// written as a YAML escape ("\e]0;…") in front matter or the glossary is
// removed and reported at its line like a raw one.
func TestEscapedControlSequencesAreReported(t *testing.T) {
	lesson := strings.Replace(deckLesson("a", 1, "Body."), "title: Lesson a", `title: "Lesson \e]0;owned\a a"`, 1)
	dir := writeDeck(t, map[string]string{
		"lessons/a.md":  lesson,
		"glossary.yaml": "- term: \"Fault\\e[2J\"\n  lesson: a#first-part\n  definition: A cause.\n",
	})
	c, _, err := content.Load(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if c.Lessons[0].Title != "Lesson  a" || c.Glossary[0].Term != "Fault" {
		t.Errorf("title %q, term %q: want the sequences removed", c.Lessons[0].Title, c.Glossary[0].Term)
	}
	var got []string
	for _, w := range c.Warnings {
		got = append(got, w.String())
	}
	want := []string{
		filepath.Join(dir, "glossary.yaml") + ":1: control sequence removed",
		filepath.Join(dir, "lessons", "a.md") + ":3: control sequence removed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEscapedSequencesInABankAreReported checks the same for a question
// whose prompt holds a YAML-escaped control sequence.
func TestEscapedSequencesInABankAreReported(t *testing.T) {
	dir := writeDeck(t, map[string]string{
		"lessons/a.md":   deckLesson("a", 1, "Body."),
		"quizzes/a.yaml": deckQuiz("a", `"Is \e]52;c;ZWNo\a it?"`),
	})
	c, b, err := content.Load(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if b.Questions[0].Prompt != "Is  it?" {
		t.Errorf("prompt %q: want the sequence removed", b.Questions[0].Prompt)
	}
	if len(c.Warnings) != 1 || c.Warnings[0].String() != filepath.Join(dir, "quizzes", "a.yaml")+":4: control sequence removed" {
		t.Errorf("warnings %v, want quizzes/a.yaml:4: control sequence removed", c.Warnings)
	}
}
