package quizscreen

import (
	"strings"
	"testing"

	"faultline/quiz"
)

// TestSecondTryInSelfStudy drives a lesson quiz with a second try: a wrong
// answer says only to try once more, the question stays open, and the
// first try is what the review record and the score keep.
func TestSecondTryInSelfStudy(t *testing.T) {
	ctx := newCtx(t, t.TempDir())
	clk := newClock()
	m, q := oneQuestion(t, ctx, quiz.Single, clk.now)
	m.opt.SecondTry = true
	m.begin()
	press(t, ctx, m, miss(t, m)...)
	v := plain(m)
	if m.phase != asking || !strings.Contains(v, "Not quite — try once more") {
		t.Fatalf("after a wrong first try the screen is not asking again:\n%s", v)
	}
	if strings.Contains(v, "Why:") || strings.Contains(v, "✓") {
		t.Errorf("the first wrong try shows the answer:\n%s", v)
	}
	rec := ctx.Progress.Quiz[q.ID]
	if rec.Seen != 1 || rec.Correct != 0 {
		t.Errorf("record after a wrong first try = %+v, want seen once, not right", rec)
	}
	press(t, ctx, m, "down") // moving keeps the notice in view
	if !strings.Contains(plain(m), "try once more") {
		t.Errorf("the notice went away when the cursor moved:\n%s", plain(m))
	}
	press(t, ctx, m, solve(t, m)...)
	v = plain(m)
	if m.phase != feedback || !strings.Contains(v, "Why:") || !strings.Contains(v, "second try") {
		t.Fatalf("after the second try the answer is not explained as a second try:\n%s", v)
	}
	if got := ctx.Progress.Quiz[q.ID]; got != rec {
		t.Errorf("the second try changed the record: %+v, was %+v", got, rec)
	}
	if sc := m.session.Score(); sc.Correct != 0 || sc.Answered != 1 {
		t.Errorf("score %+v: a right second try must not count", sc)
	}
}

// TestOneTryInReview: review quizzes explain a wrong answer at once, and
// Start turns the second try on for self-study only.
func TestOneTryInReview(t *testing.T) {
	ctx := newCtx(t, "")
	clk := newClock()
	m, _ := oneQuestion(t, ctx, quiz.Single, clk.now)
	press(t, ctx, m, miss(t, m)...)
	if m.phase != feedback || strings.Contains(plain(m), "try once more") {
		t.Errorf("without a second try a wrong answer is not explained at once:\n%s", plain(m))
	}
	_, bank := content(t)
	if s := Start(ctx, bank, "fallacies", false, Options{Seed: 1, Now: clk.now}).(*Model); !s.opt.SecondTry {
		t.Error("a lesson quiz gives no second try")
	}
	if s := Start(ctx, bank, "", true, Options{Seed: 1, Now: clk.now}).(*Model); s.opt.SecondTry {
		t.Error("review gives a second try")
	}
}
