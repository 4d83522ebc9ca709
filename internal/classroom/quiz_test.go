package classroom

import (
	"reflect"
	"testing"

	"faultline/quiz"
)

func TestQuestionFrom(t *testing.T) {
	single := quiz.Question{
		ID: "nines-2", Type: quiz.Single, Prompt: "How much downtime?", Explanation: "x",
		Choices: []quiz.Choice{{Text: "8.8 h"}, {Text: "52.6 min", Correct: true}, {Text: "5.3 min"}},
	}
	tf := quiz.Question{ID: "cap-1", Type: quiz.TrueFalse, Prompt: "P?", Answer: false, Explanation: "y"}
	tests := []struct {
		name     string
		q        quiz.Question
		revealed bool
		want     *Question
	}{
		{"single hidden", single, false, &Question{ID: "nines-2", Type: quiz.Single, Prompt: "How much downtime?",
			Choices: []string{"8.8 h", "52.6 min", "5.3 min"}}},
		{"single revealed", single, true, &Question{ID: "nines-2", Type: quiz.Single, Prompt: "How much downtime?",
			Choices: []string{"8.8 h", "52.6 min", "5.3 min"}, Revealed: true, Correct: []int{1}, Explanation: "x"}},
		{"true-false revealed", tf, true, &Question{ID: "cap-1", Type: quiz.TrueFalse, Prompt: "P?",
			Choices: []string{"True", "False"}, Revealed: true, Correct: []int{1}, Explanation: "y"}},
		{"numeric lists no choices", quiz.Question{ID: "n", Type: quiz.NumericType, Prompt: "How long?", Explanation: "z"}, true,
			&Question{ID: "n", Type: quiz.NumericType, Prompt: "How long?", Revealed: true, Explanation: "z"}},
		{"an unknown type", quiz.Question{ID: "u", Type: "essay"}, false, nil},
	}
	for _, tt := range tests {
		got := QuestionFrom(tt.q, tt.revealed)
		if got != nil {
			if got.card == nil || !reflect.DeepEqual(*got.card, quiz.Deal(tt.q, quiz.ShownSeed)) {
				t.Errorf("%s: the hub would grade on %+v, not the card as dealt", tt.name, got.card)
			}
			got.card = nil
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestAnswerable(t *testing.T) {
	for _, typ := range quiz.Types {
		if !Answerable(quiz.Question{Type: typ}) {
			t.Errorf("Answerable(%s) = false: every type can be answered live", typ)
		}
	}
	for _, typ := range []quiz.Type{"", "essay"} {
		want := false
		if got := Answerable(quiz.Question{Type: typ}); got != want {
			t.Errorf("Answerable(%s) = %v, want %v", typ, got, want)
		}
	}
}

// TestQuestionFromDealsLikeTheLesson: students see the choices in the order
// and with the letters every other place shows the question.
func TestQuestionFromDealsLikeTheLesson(t *testing.T) {
	q := quiz.Question{ID: "fallacies-3", Type: quiz.Single, Prompt: "P?", Choices: []quiz.Choice{
		{Text: "a"}, {Text: "b", Correct: true}, {Text: "c"}, {Text: "d"}, {Text: "e"}}}
	got := QuestionFrom(q, true)
	shown := quiz.Deal(q, quiz.ShownSeed).Question.Choices
	for i, c := range shown {
		if got.Choices[i] != c.Text || got.IsCorrect(i) != c.Correct {
			t.Fatalf("choice %s: got %q (correct %v), the deal shows %+v", quiz.Letter(i), got.Choices[i], got.IsCorrect(i), c)
		}
	}
}
