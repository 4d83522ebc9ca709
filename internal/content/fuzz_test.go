package content_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"faultline/internal/content"
	"faultline/internal/termtext"
	"faultline/lessons"
)

// FuzzLoad loads a deck of one lesson, one bank file and one glossary from
// a folder: Load never panics; a refusal is a *lessons.Error of problems
// carrying no control character; a loaded deck holds only clean text and
// every warning names a file and a line.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(deckLesson("a", 1, "Body.")), []byte(deckQuiz("a", "Is it?")), []byte(""))
	f.Add([]byte(deckLesson("a", 1, "Retries \x1b]52;c;ZWNo\x07 and \x1b[2J backoff.")), []byte(deckQuiz("a", "Is \u202eit?")),
		[]byte("- term: T\n  lesson: a#first-part\n  definition: D.\n"))
	f.Add([]byte(deckLesson("a", 1, "```calc nines\n99.9\n```\n")), []byte(""), []byte("- term: \"\\e[1mT\"\n"))
	f.Fuzz(func(t *testing.T, lesson, bank, glossary []byte) {
		dir := t.TempDir()
		for name, data := range map[string][]byte{"lessons/a.md": lesson, "quizzes/a.yaml": bank, "glossary.yaml": glossary} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		c, b, err := content.Load(dir, false)
		if err != nil {
			var le *lessons.Error
			if !errors.As(err, &le) || len(le.Problems) == 0 {
				t.Fatalf("error %T %v, want a *lessons.Error with problems", err, err)
			}
			for _, p := range le.Problems {
				if termtext.Clean(p.String()) != p.String() {
					t.Fatalf("problem carries control characters: %q", p.String())
				}
			}
			return
		}
		var texts []string
		for _, l := range c.Lessons {
			texts = append(texts, l.ID, l.Title, l.Summary, l.Intro)
			for _, s := range l.Sections {
				texts = append(texts, s.ID, s.Title, s.Body, s.Notes)
			}
		}
		for _, g := range c.Glossary {
			texts = append(texts, g.Term, g.Definition)
		}
		for _, q := range b.Questions {
			texts = append(texts, q.Prompt, q.Explanation)
		}
		for _, s := range texts {
			if termtext.Clean(s) != s {
				t.Fatalf("loaded text carries control characters: %q", s)
			}
		}
		for _, w := range c.Warnings {
			if w.File == "" || w.Line < 1 {
				t.Fatalf("warning without a place: %+v", w)
			}
		}
	})
}
