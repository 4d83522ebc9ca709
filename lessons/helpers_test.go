package lessons_test

import (
	"errors"
	"testing"
	"testing/fstest"

	"faultline/lessons"
)

// mapFS builds a file system from file names and their text.
func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

// lessonFile is a valid lesson with the given id and order and one section.
func lessonFile(id string, order int) string {
	return "---\nid: " + id + "\ntitle: Lesson " + id + "\norder: " + itoa(order) +
		"\nminutes: 5\nsummary: About " + id + ".\n---\n\n## First part\n\nSome text.\n"
}

// itoa formats small non-negative numbers without importing strconv in every test.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// loadProblems loads fsys and returns the problems of the *lessons.Error it
// must fail with.
func loadProblems(t *testing.T, fsys fstest.MapFS) []lessons.Problem {
	t.Helper()
	c, err := lessons.Load(fsys)
	if err == nil {
		t.Fatalf("Load succeeded with %d lessons, want an error", len(c.Lessons))
	}
	if c != nil {
		t.Errorf("Load returned a course alongside an error")
	}
	var le *lessons.Error
	if !errors.As(err, &le) {
		t.Fatalf("Load error is %T (%v), want *lessons.Error", err, err)
	}
	return le.Problems
}

// mustLoad loads fsys and fails the test on error.
func mustLoad(t *testing.T, fsys fstest.MapFS) *lessons.Course {
	t.Helper()
	c, err := lessons.Load(fsys)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

// loadProblemsErr loads fsys and returns only the error.
func loadProblemsErr(fsys fstest.MapFS) (*lessons.Course, error) {
	return lessons.Load(fsys)
}
