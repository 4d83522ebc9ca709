package quizscreen

import (
	"strings"
	"testing"

	"faultline/tui/common"
)

// TestQuizLeftEarlyRecordsNoScore checks that esc in the middle of a
// lesson quiz asks first, that n keeps the quiz going, and that leaving
// keeps the answers for review but records no score.
func TestQuizLeftEarlyRecordsNoScore(t *testing.T) {
	ctx := newCtx(t, t.TempDir())
	_, bank := content(t)
	clk := newClock()
	m := New(ctx, "Fallacies", bank.ByLesson("fallacies"), Options{Seed: 3, Now: clk.now, Lesson: "fallacies"})
	m.SetSize(100, 30)
	for range 3 {
		press(t, ctx, m, solve(t, m)...)
		press(t, ctx, m, "enter")
	}
	if out := press(t, ctx, m, "esc"); len(out) != 0 || !m.Leaving() {
		t.Fatalf("esc after 3 of 10 answers sent %v, leaving %v; want a question first", out, m.Leaving())
	}
	if v := plain(m); !strings.Contains(v, "Leave this quiz?") || !strings.Contains(v, "3 of 10") || !strings.Contains(v, "no score") {
		t.Errorf("the question to leave does not say what leaving keeps:\n%s", v)
	}
	press(t, ctx, m, "n")
	if m.Leaving() || m.session.Position() != 3 {
		t.Fatalf("n did not go back to question 4 (leaving %v, at %d)", m.Leaving(), m.session.Position())
	}
	press(t, ctx, m, "esc")
	out := press(t, ctx, m, "y")
	if len(out) != 1 || out[0] != (common.BackMsg{}) {
		t.Fatalf("y sent %v, want the screen closed", out)
	}
	if sc, ok := ctx.Progress.QuizScore("fallacies"); ok {
		t.Errorf("a quiz left after 3 of 10 answers recorded a score: %+v", sc)
	}
	if n := len(ctx.Progress.Quiz); n != 3 {
		t.Errorf("%d answers kept for review, want the 3 given", n)
	}
}

// TestFinishedQuizRecordsScore checks that a lesson quiz answered to the
// end saves its score, and that esc then leaves without asking.
func TestFinishedQuizRecordsScore(t *testing.T) {
	ctx := newCtx(t, t.TempDir())
	_, bank := content(t)
	qs := bank.ByLesson("fallacies")
	m := New(ctx, "Fallacies", qs, Options{Seed: 3, Now: newClock().now, Lesson: "fallacies"})
	m.SetSize(100, 30)
	for i := range qs {
		ks := solve(t, m)
		if i == 0 {
			ks = miss(t, m)
		}
		press(t, ctx, m, ks...)
		if i < len(qs)-1 {
			press(t, ctx, m, "enter")
		}
	}
	sc, ok := ctx.Progress.QuizScore("fallacies")
	if !ok || sc.Best.Correct != len(qs)-1 || sc.Best.Total != len(qs) {
		t.Fatalf("after the last answer QuizScore = %+v, %v; want best %d of %d", sc, ok, len(qs)-1, len(qs))
	}
	if out := press(t, ctx, m, "esc"); len(out) != 1 || m.Leaving() {
		t.Errorf("esc after the last answer sent %v (leaving %v), want the screen closed at once", out, m.Leaving())
	}
}

// TestEmbeddedCheckIsNotTheLessonQuiz checks that answering a lesson's
// embedded check (a one-question quiz with no lesson) records the answer
// for review and no score for the lesson.
func TestEmbeddedCheckIsNotTheLessonQuiz(t *testing.T) {
	ctx := newCtx(t, "")
	_, bank := content(t)
	q := bank.ByLesson("fallacies")[0]
	m := New(ctx, "Question "+q.ID, bank.ByLesson("fallacies")[:1], Options{Seed: 1, Now: newClock().now})
	m.SetSize(100, 30)
	press(t, ctx, m, solve(t, m)...)
	if _, ok := ctx.Progress.Quiz[q.ID]; !ok {
		t.Error("the check's answer was not kept for review")
	}
	if sc, ok := ctx.Progress.QuizScore("fallacies"); ok {
		t.Errorf("an embedded check counted as the lesson's quiz: %+v", sc)
	}
}
