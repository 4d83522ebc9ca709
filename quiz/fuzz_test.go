package quiz_test

import (
	"testing"

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
