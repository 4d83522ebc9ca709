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
		{"single hidden", single, false, &Question{ID: "nines-2", Prompt: "How much downtime?",
			Choices: []string{"8.8 h", "52.6 min", "5.3 min"}}},
		{"single revealed", single, true, &Question{ID: "nines-2", Prompt: "How much downtime?",
			Choices: []string{"8.8 h", "52.6 min", "5.3 min"}, Revealed: true, Correct: []int{1}, Explanation: "x"}},
		{"true-false revealed", tf, true, &Question{ID: "cap-1", Prompt: "P?",
			Choices: []string{"True", "False"}, Revealed: true, Correct: []int{1}, Explanation: "y"}},
		{"multi", quiz.Question{ID: "m", Type: quiz.Multi}, false, nil},
		{"numeric", quiz.Question{ID: "n", Type: quiz.NumericType}, true, nil},
	}
	for _, tt := range tests {
		if got := QuestionFrom(tt.q, tt.revealed); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestAnswerable(t *testing.T) {
	for _, typ := range quiz.Types {
		want := typ == quiz.Single || typ == quiz.TrueFalse
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
