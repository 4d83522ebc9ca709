package quiz_test

import (
	"errors"
	"maps"
	"testing"
	"testing/fstest"

	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
)

// FuzzGradeNumeric grades arbitrary typed answers to a duration question and
// a percent question: grading never panics, a refused answer earns nothing,
// and the score always agrees with Correct.
func FuzzGradeNumeric(f *testing.F) {
	for _, s := range []string{"21.6m", "21m36s", "21 m 36 s", "1296s", "21", "25m", "99.45", "99.45%", "4 nines", ""} {
		f.Add(s)
	}
	b := load(f, fixture(f))
	dur, _ := b.ByID("alpha-4")
	pct, _ := b.ByID("alpha-5")
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range []quiz.Question{dur, pct} {
			r := quiz.Grade(q, quiz.TextResponse(s))
			if r.Feedback == "" {
				t.Errorf("%s %q: no feedback", q.ID, s)
			}
			if r.Retry && (r.Correct || r.Score != 0) {
				t.Errorf("%s %q: refused answer earned %+v", q.ID, s, r)
			}
			if r.Correct != (r.Score == 1) {
				t.Errorf("%s %q: correct %v with score %v", q.ID, s, r.Correct, r.Score)
			}
		}
	})
}

// FuzzLoad parses an arbitrary bank file beside the fixture course: the
// parser never panics, a refusal is a *lessons.Error of FILE:LINE problems
// carrying no control character, and a loaded bank holds only clean text
// whose questions all grade without panicking.
func FuzzLoad(f *testing.F) {
	fsys := fixture(f)
	course, err := lessons.Load(fsys)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(fsys["quizzes/alpha.yaml"].Data)
	f.Add([]byte("- id: a\n  type: single\n  prompt: \"P\\e]0;x\\a\"\n"))
	f.Add([]byte("- id: x-1\n  type: numeric\n  section: alpha#one\n  prompt: How long?\n  answer: 5m\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		files := fstest.MapFS{}
		maps.Copy(files, fsys)
		files["quizzes/alpha.yaml"] = &fstest.MapFile{Data: data}
		b, err := quiz.Load(files, course)
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
		for _, q := range b.Questions {
			texts := []string{q.ID, q.Prompt, q.Explanation}
			for _, c := range q.Choices {
				texts = append(texts, c.Text)
			}
			for _, s := range texts {
				if termtext.Clean(s) != s {
					t.Fatalf("question %s carries control characters: %q", q.ID, s)
				}
			}
			quiz.Grade(q, quiz.TextResponse("99.9"))
		}
	})
}
