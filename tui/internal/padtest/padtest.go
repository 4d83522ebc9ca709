// Package padtest gives the tests of the screens that answer questions with
// tui/components/answerpad the keys that answer a card right. Only tests
// import it.
package padtest

import (
	"slices"

	"faultline/quiz"
)

// RightKeys are the keys that answer card right with the answer pad's
// keys (tui/components/answerpad), from a fresh pad, enter last: the
// quiz screen and the student screen answer with the same pad.
func RightKeys(card quiz.Card) []string {
	q := card.Question
	var ks []string
	switch q.Type {
	case quiz.Single:
		for i, c := range q.Choices {
			if c.Correct {
				ks = append(ks, string(rune('1'+i)))
			}
		}
	case quiz.Multi:
		for i, c := range q.Choices {
			if c.Correct {
				ks = append(ks, string(rune('a'+i)))
			}
		}
	case quiz.TrueFalse:
		ks = []string{map[bool]string{true: "t", false: "f"}[q.Answer]}
	case quiz.NumericType:
		for _, r := range q.Numeric.ValueText() {
			if r == ' ' {
				ks = append(ks, "space")
			} else {
				ks = append(ks, string(r))
			}
		}
	case quiz.Classify:
		for _, d := range quiz.Dimensions { // ↓ alone moves to the next dimension
			ks = append(ks, string(rune('1'+slices.Index(d.Classes, q.Classes[d.Name]))), "down")
		}
	case quiz.Order:
		order := slices.Clone(card.ItemOrder)
		cursor := 0
		for p := range order { // bring item p up to position p
			j := slices.Index(order, p)
			for ; cursor < j; cursor++ {
				ks = append(ks, "down")
			}
			for ; cursor > j; cursor-- {
				ks = append(ks, "up")
			}
			for ; cursor > p; cursor-- {
				ks = append(ks, "K")
				order[cursor], order[cursor-1] = order[cursor-1], order[cursor]
			}
		}
	case quiz.Match:
		for i := range q.Pairs {
			ks = append(ks, string(rune('a'+slices.Index(card.RightOrder, i))))
		}
	}
	return append(ks, "enter")
}
