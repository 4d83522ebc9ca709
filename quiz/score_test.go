package quiz

import (
	"testing"
	"time"
)

func TestLessonScore(t *testing.T) {
	at := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	right := Record{Box: 2, Seen: 1, Correct: 1, Last: at}
	missedOnce := Record{Box: 1, Seen: 1, Last: at}
	missedAfterRight := Record{Box: 1, Seen: 2, Correct: 1, Last: at}
	records := map[string]Record{
		"fault-1": right, "fault-2": missedOnce, "fault-3": missedAfterRight,
		"fault-chain-1": right, // another lesson whose id starts the same
		"fault-x":       right, // not a question id
		"fault-4":       {},    // never answered
	}
	tests := []struct {
		lesson string
		want   Score
	}{
		{"fault", Score{Last: 1, Best: 2, Answered: 3}},
		{"fault-chain", Score{Last: 1, Best: 1, Answered: 1}},
		{"intro", Score{}},
	}
	for _, tt := range tests {
		if got := LessonScore(records, tt.lesson); got != tt.want {
			t.Errorf("LessonScore(%q) = %+v, want %+v", tt.lesson, got, tt.want)
		}
	}
}
