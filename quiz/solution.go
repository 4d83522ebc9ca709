package quiz

import (
	"fmt"
	"slices"

	"faultline/calc"
)

// Solution is the right answer to a dealt question in the terms every
// place that reveals it uses (the lecture's quiz card, the handout's answer
// key, `faultline quiz`), so they all name the same letters, values and
// texts.
type Solution struct {
	// Keys find the answer on the card as shown: the letters of the right
	// choices (single, multiple); the letters of the items in their right
	// order (order); "1–B" for each numbered left item and the letter of its
	// right side (match); "true" or "false"; the computed value (numeric);
	// "DIMENSION CLASS" for each dimension (classify).
	Keys []string
	// Texts say the answer in words: the right choices' texts; the items in
	// their right order; "LEFT → RIGHT" for each pair; the class of each
	// dimension; for true/false and numeric questions the same as Keys.
	Texts []string
}

// Solve returns the right answer to c. A card that was not dealt (no
// ItemOrder or RightOrder) is read in the question's own order.
func Solve(c Card) Solution {
	q := c.Question
	var s Solution
	switch q.Type {
	case Single, Multi:
		for i, ch := range q.Choices {
			if ch.Correct {
				s.Keys = append(s.Keys, Letter(i))
				s.Texts = append(s.Texts, ch.Text)
			}
		}
	case TrueFalse:
		s.Keys = []string{fmt.Sprint(q.Answer)}
		s.Texts = s.Keys
	case NumericType:
		s.Keys = []string{q.Numeric.ValueText()}
		s.Texts = s.Keys
	case Classify:
		for _, d := range Dimensions {
			if class, ok := q.Classes[d.Name]; ok {
				s.Keys = append(s.Keys, d.Name+" "+class)
				s.Texts = append(s.Texts, class)
			}
		}
	case Order:
		for i, item := range q.Items {
			s.Keys = append(s.Keys, Letter(shownAt(c.ItemOrder, i)))
			s.Texts = append(s.Texts, item)
		}
	case Match:
		for i, p := range q.Pairs {
			s.Keys = append(s.Keys, fmt.Sprintf("%d–%s", i+1, Letter(shownAt(c.RightOrder, i))))
			s.Texts = append(s.Texts, p.Left+" → "+p.Right)
		}
	}
	return s
}

// shownAt is where index i is shown in order, or i itself when order is
// nil (not dealt).
func shownAt(order []int, i int) int {
	if order == nil {
		return i
	}
	return slices.Index(order, i)
}

// ValueText is the computed answer as the quiz shows and accepts it: a
// duration ("52m 34s") or an availability ("99.95%"); "—" when there is
// none.
func (n *Numeric) ValueText() string {
	switch {
	case n == nil:
		return "—"
	case n.Kind == Duration:
		return calc.FormatDuration(n.Duration)
	}
	return n.Availability.String()
}
