package quiz

import (
	"strings"
	"testing"
)

// TestSecondTryCountsOnlyTheFirst: with a second try allowed, a wrong
// first try says only to try once more, keeps the question open, and is
// what the score and the mistakes see, whatever the second try earns.
func TestSecondTryCountsOnlyTheFirst(t *testing.T) {
	qs := []Question{
		{ID: "x-1", Type: TrueFalse, Answer: true, Explanation: "Because."},
		{ID: "x-2", Type: TrueFalse, Answer: false},
	}
	s := NewSession(qs, 1)
	s.AllowSecondTry(true)
	card, _ := s.Current()
	first := s.Answer(BoolResponse(!card.Question.Answer))
	if !first.Retry || first.Correct || first.Feedback != TryOnceMore {
		t.Fatalf("wrong first try = %+v, want Retry with %q", first, TryOnceMore)
	}
	if strings.Contains(first.Feedback, "true") || strings.Contains(first.Feedback, "false") {
		t.Errorf("the try-again feedback gives the answer away: %q", first.Feedback)
	}
	if !s.SecondTry() || s.Next() {
		t.Fatalf("after a wrong first try: SecondTry %v, and Next must not move", s.SecondTry())
	}
	if tl := s.Score(); tl.Answered != 1 || tl.Correct != 0 {
		t.Errorf("Score after the first try = %+v, want it answered and wrong", tl)
	}
	second := s.Answer(BoolResponse(card.Question.Answer))
	if !second.Correct || second.Retry {
		t.Fatalf("right second try = %+v, want graded right", second)
	}
	if s.SecondTry() || !s.Next() {
		t.Fatal("after the second try the question should be over")
	}
	card, _ = s.Current()
	if res := s.Answer(BoolResponse(card.Question.Answer)); !res.Correct || res.Retry || s.SecondTry() {
		t.Errorf("a right first try = %+v, second try %v; want it graded at once", res, s.SecondTry())
	}
	tl := s.Score()
	if tl.Correct != 1 || tl.Answered != 2 || tl.Points != 1 {
		t.Errorf("Score = %+v, want 1 of 2: only first tries count", tl)
	}
	ms := s.Mistakes()
	if len(ms) != 1 || ms[0].Question.ID != qs[0].ID || ms[0].Result.Correct {
		t.Errorf("Mistakes = %+v, want the first question as first answered", ms)
	}
}

// TestOneTryByDefault: without AllowSecondTry a wrong answer is graded and
// explained at once.
func TestOneTryByDefault(t *testing.T) {
	s := NewSession([]Question{{ID: "x-1", Type: TrueFalse, Answer: true}}, 1)
	if res := s.Answer(BoolResponse(false)); res.Retry || res.Correct || s.SecondTry() {
		t.Errorf("wrong answer = %+v, second try %v; want it graded wrong at once", res, s.SecondTry())
	}
}

// TestSkipEndsASecondTry: skipping a question waiting for its second try
// moves on and keeps the first try.
func TestSkipEndsASecondTry(t *testing.T) {
	s := NewSession([]Question{{ID: "x-1", Type: TrueFalse, Answer: true}, {ID: "x-2", Type: TrueFalse, Answer: true}}, 1)
	s.AllowSecondTry(true)
	s.Answer(BoolResponse(false))
	if !s.Skip() || s.SecondTry() {
		t.Fatal("Skip did not end the second try")
	}
	if tl := s.Score(); tl.Answered != 1 || tl.Correct != 0 {
		t.Errorf("Score = %+v, want the first try kept", tl)
	}
}

// TestSecondTryByMode: self-study gives one more try, review none.
func TestSecondTryByMode(t *testing.T) {
	if !SelfStudy.SecondTry() || Review.SecondTry() {
		t.Errorf("SecondTry: self-study %v, review %v; want true, false", SelfStudy.SecondTry(), Review.SecondTry())
	}
	if ModeOf(true) != Review || ModeOf(false) != SelfStudy {
		t.Error("ModeOf does not map review to Review and the rest to SelfStudy")
	}
}
