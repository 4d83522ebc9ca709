package lessons_test

import (
	"errors"
	"testing"
	"testing/fstest"

	"faultline/internal/termtext"
	"faultline/lessons"
)

// FuzzLoad loads a course of one lesson and one glossary file and checks that
// Load never panics, that a failure is always a *lessons.Error of clean
// FILE:LINE problems, and that a success holds only sanitised, consistent text.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(lessonFile("a", 1)), []byte("- term: T\n  lesson: a#first-part\n  definition: D.\n"))
	f.Add([]byte(fullLesson), []byte(""))
	f.Fuzz(func(t *testing.T, lesson, glossary []byte) {
		fsys := fstest.MapFS{
			"lessons/x.md":  {Data: lesson},
			"glossary.yaml": {Data: glossary},
		}
		c, err := lessons.Load(fsys)
		if err != nil {
			checkFailure(t, err)
			return
		}
		checkCourse(t, c)
	})
}

// checkFailure asserts that err lists clean problems.
func checkFailure(t *testing.T, err error) {
	var le *lessons.Error
	if !errors.As(err, &le) {
		t.Fatalf("error %T %v, want *lessons.Error", err, err)
	}
	if len(le.Problems) == 0 {
		t.Fatalf("*lessons.Error without problems")
	}
	for _, p := range le.Problems {
		if p.File == "" || p.Line < 0 || p.Message == "" {
			t.Errorf("malformed problem %+v", p)
		}
		if termtext.Clean(p.Message) != p.Message {
			t.Errorf("problem message carries control characters: %q", p.Message)
		}
	}
}

// checkCourse asserts the invariants of a successfully loaded course.
func checkCourse(t *testing.T, c *lessons.Course) {
	clean := func(what, s string) {
		if termtext.Clean(s) != s {
			t.Errorf("%s carries control characters: %q", what, s)
		}
	}
	for _, l := range c.Lessons {
		for what, s := range map[string]string{"id": l.ID, "title": l.Title, "summary": l.Summary, "intro": l.Intro} {
			clean(what, s)
		}
		if l.Order < 1 || l.Minutes < 1 || l.Title == "" || l.Summary == "" || len(l.Sections) == 0 {
			t.Errorf("lesson accepted with bad front matter or no sections: %+v", l)
		}
		for i, s := range l.Sections {
			clean("title", s.Title)
			clean("body", s.Body)
			clean("notes", s.Notes)
			if s.Body == "" || s.ID == "" || s.ID != lessons.Slug(s.Title) {
				t.Errorf("section accepted with empty body or bad id: %+v", s)
			}
			if _, at, ok := c.Resolve(l.ID + "#" + s.ID); !ok || at != i {
				t.Errorf("section %q resolves to %d, %v; want %d (duplicate id?)", s.ID, at, ok, i)
			}
			for _, b := range s.Blocks() {
				switch b.Kind {
				case lessons.KindDiagram, lessons.KindNines, lessons.KindCompose, lessons.KindMTBF:
				default:
					t.Errorf("unknown block kind accepted: %+v", b)
				}
			}
		}
	}
	for _, term := range c.Glossary {
		clean("term", term.Term)
		clean("definition", term.Definition)
		if _, _, ok := c.Resolve(term.Lesson); !ok {
			t.Errorf("glossary link %q accepted but does not resolve", term.Lesson)
		}
	}
}
