package quiz_test

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"faultline/lessons"
	"faultline/quiz"
)

// fixture is the fixture course: two lessons and a valid bank for each.
func fixture(t testing.TB) fstest.MapFS {
	t.Helper()
	base := os.DirFS("testdata/course")
	fsys := fstest.MapFS{}
	err := fs.WalkDir(base, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(base, p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

// load loads a course and bank from fsys, failing the test on error.
func load(t testing.TB, fsys fs.FS) *quiz.Bank {
	t.Helper()
	c, err := lessons.Load(fsys)
	if err != nil {
		t.Fatalf("lessons.Load: %v", err)
	}
	b, err := quiz.Load(fsys, c)
	if err != nil {
		t.Fatalf("quiz.Load: %v", err)
	}
	return b
}

// question returns the fixture question with the given id.
func question(t testing.TB, id string) quiz.Question {
	t.Helper()
	q, ok := load(t, fixture(t)).ByID(id)
	if !ok {
		t.Fatalf("no question %s in the fixture", id)
	}
	return q
}

// problems loads fsys, expects the bank to fail and returns its problems as
// FILE:LINE: problem lines.
func problems(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	c, err := lessons.Load(fsys)
	if err != nil {
		t.Fatalf("lessons.Load: %v", err)
	}
	b, err := quiz.Load(fsys, c)
	if err == nil {
		t.Fatalf("quiz.Load succeeded with %d questions, want an error", len(b.Questions))
	}
	if b != nil {
		t.Errorf("quiz.Load returned a bank alongside an error")
	}
	var le *lessons.Error
	if !errors.As(err, &le) {
		t.Fatalf("error is %T (%v), want *lessons.Error", err, err)
	}
	out := make([]string, len(le.Problems))
	for i, p := range le.Problems {
		out[i] = p.String()
	}
	return out
}

// withBank returns the fixture with quizzes/alpha.yaml replaced by text.
func withBank(t *testing.T, text string) fstest.MapFS {
	fsys := fixture(t)
	fsys["quizzes/alpha.yaml"] = &fstest.MapFile{Data: []byte(strings.TrimLeft(text, "\n"))}
	return fsys
}
