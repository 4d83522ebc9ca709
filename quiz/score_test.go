package quiz

import (
	"testing"
	"time"
)

func TestAttemptOnlyWhenEveryQuestionIsAnswered(t *testing.T) {
	qs := []Question{
		{ID: "x-1", Type: TrueFalse, Answer: true},
		{ID: "x-2", Type: TrueFalse, Answer: false},
		{ID: "x-3", Type: TrueFalse, Answer: true},
	}
	at := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	s := NewSession(qs, 1)
	for i, right := range []bool{true, false} {
		card, _ := s.Current()
		s.Answer(BoolResponse(card.Question.Answer == right))
		s.Next()
		if a, ok := s.Attempt(at); ok {
			t.Fatalf("after %d of 3 answers Attempt = %+v, want none: a quiz left early has no score", i+1, a)
		}
	}
	card, _ := s.Current()
	s.Answer(BoolResponse(card.Question.Answer))
	a, ok := s.Attempt(at)
	if want := (Attempt{Correct: 2, Total: 3, Points: 2, When: at}); !ok || a != want {
		t.Fatalf("Attempt after the last answer = %+v, %v; want %+v", a, ok, want)
	}
	if _, ok := NewSession(nil, 1).Attempt(at); ok {
		t.Error("an empty session has an attempt")
	}
}

func TestAttemptBetter(t *testing.T) {
	tests := []struct {
		a, b Attempt
		want bool
	}{
		{Attempt{Correct: 1, Total: 5}, Attempt{}, true},
		{Attempt{}, Attempt{}, false},
		{Attempt{Correct: 3, Total: 5, Points: 3}, Attempt{Correct: 2, Total: 5, Points: 4}, true},
		{Attempt{Correct: 2, Total: 5, Points: 2.5}, Attempt{Correct: 2, Total: 5, Points: 3}, false},
		{Attempt{Correct: 2, Total: 5, Points: 3.5}, Attempt{Correct: 2, Total: 5, Points: 3}, true},
	}
	for _, tt := range tests {
		if got := tt.a.Better(tt.b); got != tt.want {
			t.Errorf("%+v.Better(%+v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
