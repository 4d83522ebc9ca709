package quiz

import (
	"strings"
	"testing"
)

func TestDescribe(t *testing.T) {
	choices := Card{Question: Question{Type: Single, Choices: []Choice{{Text: "no"}, {Text: "yes", Correct: true}}}}
	multi := Card{Question: Question{Type: Multi, Choices: []Choice{{Text: "a"}, {Text: "b"}, {Text: "c"}}}}
	order := Card{Question: Question{Type: Order, Items: []string{"x", "y", "z"}}, ItemOrder: []int{2, 0, 1}}
	match := Card{Question: Question{Type: Match, Pairs: []Pair{{"1", "one"}, {"2", "two"}}}, RightOrder: []int{1, 0}}
	tests := []struct {
		name              string
		card              Card
		r                 Response
		keys, texts, line string
	}{
		{"single", choices, ChoiceResponse{1}, "B", "yes", "B. yes"},
		{"single out of range", choices, ChoiceResponse{7}, "", "", ""},
		{"multi sorted once", multi, ChoiceResponse{2, 0, 2}, "A|C", "a|c", "A. a; C. c"},
		{"true or false", Card{Question: Question{Type: TrueFalse}}, BoolResponse(false), "false", "false", "false"},
		{"numeric as typed, spaces tidied", Card{Question: Question{Type: NumericType}}, TextResponse("  52m   34s "), "52m 34s", "52m 34s", "52m 34s"},
		{"numeric empty", Card{Question: Question{Type: NumericType}}, TextResponse("  "), "", "", ""},
		{"classify in dimension order", Card{Question: Question{Type: Classify}}, ClassResponse{"persistence": "transient", "phase": "development"},
			"phase development|persistence transient", "development|transient", "phase development · persistence transient"},
		{"order as given", order, OrderResponse{1, 0, 2}, "C|B|A", "y|x|z", "y → x → z"},
		{"match as given", match, MatchResponse{0, 1}, "1–B|2–A", "1 → one|2 → two", "1 → one; 2 → two"},
		{"match wrong", match, MatchResponse{1, 0}, "1–A|2–B", "1 → two|2 → one", "1 → two; 2 → one"},
		{"wrong type", choices, BoolResponse(true), "", "", ""},
		{"nil", choices, nil, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Describe(tt.card, tt.r)
			if got := strings.Join(s.Keys, "|"); got != tt.keys {
				t.Errorf("Keys = %q, want %q", got, tt.keys)
			}
			if got := strings.Join(s.Texts, "|"); got != tt.texts {
				t.Errorf("Texts = %q, want %q", got, tt.texts)
			}
			if got := s.Line(tt.card.Question.Type); got != tt.line {
				t.Errorf("Line = %q, want %q", got, tt.line)
			}
		})
	}
}

// TestDescribeTheRightAnswerIsTheSolution: described, a right response
// reads as Solve reads the answer, on every type.
func TestDescribeTheRightAnswerIsTheSolution(t *testing.T) {
	order := Card{Question: Question{Type: Order, Items: []string{"x", "y", "z"}}, ItemOrder: []int{2, 0, 1}}
	match := Card{Question: Question{Type: Match, Pairs: []Pair{{"1", "one"}, {"2", "two"}}}, RightOrder: []int{1, 0}}
	classify := Card{Question: Question{Type: Classify, Classes: map[string]string{"phase": "development", "cause": "natural"}}}
	for _, tc := range []struct {
		card Card
		r    Response
	}{
		{order, OrderResponse{0, 1, 2}},
		{match, MatchResponse{0, 1}},
		{classify, ClassResponse{"phase": "development", "cause": "natural"}},
		{Card{Question: Question{Type: TrueFalse, Answer: true}}, BoolResponse(true)},
	} {
		got, want := Describe(tc.card, tc.r), Solve(tc.card)
		if strings.Join(got.Keys, "|") != strings.Join(want.Keys, "|") || strings.Join(got.Texts, "|") != strings.Join(want.Texts, "|") {
			t.Errorf("%s: Describe = %+v, Solve = %+v", tc.card.Question.Type, got, want)
		}
	}
}
