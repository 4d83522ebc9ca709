package quiz

import (
	"slices"
	"testing"
)

func TestShowListsWhatIsAskedInDealtOrder(t *testing.T) {
	match := Question{ID: "m-1", Type: Match, Pairs: []Pair{{Left: "l1", Right: "r1"}, {Left: "l2", Right: "r2"}}}
	order := Question{ID: "o-1", Type: Order, Items: []string{"first", "second", "third"}}
	multi := Question{ID: "x-1", Type: Multi, Choices: []Choice{{Text: "a", Correct: true}, {Text: "b"}}}
	tests := []struct {
		card     Card
		hint     string
		numbered []string
		lettered []string
	}{
		{Card{Question: multi}, "Pick every answer that applies.", nil, []string{"a", "b"}},
		{Card{Question: order, ItemOrder: []int{2, 0, 1}}, "Put these in the order they happen:", nil, []string{"third", "first", "second"}},
		{Card{Question: match, RightOrder: []int{1, 0}}, "Match each numbered item with a lettered one:", []string{"l1", "l2"}, []string{"r2", "r1"}},
		{Card{Question: Question{ID: "t-1", Type: TrueFalse}}, "True or false?", nil, nil},
	}
	for _, tt := range tests {
		s := Show(tt.card)
		if s.Hint != tt.hint || !slices.Equal(s.Numbered, tt.numbered) || !slices.Equal(s.Lettered, tt.lettered) {
			t.Errorf("%s: got %+v, want hint %q numbered %q lettered %q", tt.card.Question.ID, s, tt.hint, tt.numbered, tt.lettered)
		}
	}
}
