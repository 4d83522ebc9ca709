package content_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"faultline/lessons"
)

// deckLesson is a valid deck lesson with the given id and order whose one
// section holds body.
func deckLesson(id string, order int, body string) string {
	return "---\nid: " + id + "\ntitle: Lesson " + id + "\norder: " + strconv.Itoa(order) +
		"\nminutes: 5\nsummary: About " + id + ".\n---\n\nAn introduction.\n\n## First part\n\n" + body + "\n"
}

// deckQuiz is a valid bank file for lesson id with one true-or-false question.
func deckQuiz(id, prompt string) string {
	return "- id: " + id + "-1\n  type: truefalse\n  section: " + id + "#first-part\n" +
		"  prompt: " + prompt + "\n  answer: true\n  explanation: Because it is.\n"
}

// writeDeck writes files (slash paths to text) into a new temporary folder
// and returns its path.
func writeDeck(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// problems returns the problems of err, which must be a *lessons.Error.
func problems(t *testing.T, err error) []lessons.Problem {
	t.Helper()
	var le *lessons.Error
	if !errors.As(err, &le) {
		t.Fatalf("error %v (%T) is not a *lessons.Error", err, err)
	}
	return le.Problems
}

// hasProblem reports whether a problem is at file:line (line 0: any line)
// and its message holds every one of words.
func hasProblem(ps []lessons.Problem, file string, line int, words ...string) bool {
	for _, p := range ps {
		if p.File != file || line != 0 && p.Line != line {
			continue
		}
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(p.Message, w)
		}
		if ok {
			return true
		}
	}
	return false
}
