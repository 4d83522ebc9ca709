package quiz

import (
	"strings"
	"testing"
	"time"

	"faultline/calc"
)

func TestSolve(t *testing.T) {
	a, _ := calc.ParseAvailability("99.95")
	tests := []struct {
		name        string
		card        Card
		keys, texts string
	}{
		{"single", Card{Question: Question{Type: Single, Choices: []Choice{{Text: "no"}, {Text: "yes", Correct: true}}}}, "B", "yes"},
		{"multi", Card{Question: Question{Type: Multi, Choices: []Choice{{Text: "a", Correct: true}, {Text: "b"}, {Text: "c", Correct: true}}}}, "A|C", "a|c"},
		{"true or false", Card{Question: Question{Type: TrueFalse, Answer: false}}, "false", "false"},
		{"numeric duration", Card{Question: Question{Type: NumericType, Numeric: &Numeric{Kind: Duration, Duration: 52*time.Minute + 34*time.Second}}}, "52m 34s", "52m 34s"},
		{"numeric availability", Card{Question: Question{Type: NumericType, Numeric: &Numeric{Availability: a}}}, "99.95%", "99.95%"},
		{"classify", Card{Question: Question{Type: Classify, Classes: map[string]string{"phase": "development", "persistence": "transient"}}}, "phase development|persistence transient", "development|transient"},
		{"order as dealt", Card{Question: Question{Type: Order, Items: []string{"x", "y", "z"}}, ItemOrder: []int{2, 0, 1}}, "B|C|A", "x|y|z"},
		{"order not dealt", Card{Question: Question{Type: Order, Items: []string{"x", "y"}}}, "A|B", "x|y"},
		{"match as dealt", Card{Question: Question{Type: Match, Pairs: []Pair{{"1", "one"}, {"2", "two"}}}, RightOrder: []int{1, 0}}, "1–B|2–A", "1 → one|2 → two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Solve(tt.card)
			if got := strings.Join(s.Keys, "|"); got != tt.keys {
				t.Errorf("Keys = %q, want %q", got, tt.keys)
			}
			if got := strings.Join(s.Texts, "|"); got != tt.texts {
				t.Errorf("Texts = %q, want %q", got, tt.texts)
			}
		})
	}
}
