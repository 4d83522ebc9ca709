package quiz

// Shown is what a printed question lists under its prompt, without the
// answer: its instruction, a numbered list (the left sides of a match) and
// a lettered list (choices, the items to order, the right sides of a
// match), in the order the card deals them. A handout and a lesson's check
// both print a question from it, so they agree on letters and wording.
type Shown struct {
	// Hint says how to answer, e.g. "Pick every answer that applies."; it
	// is empty for a single-choice question.
	Hint string
	// Numbered are the left sides of a match question, numbered from 1.
	Numbered []string
	// Lettered are the choices, items or right sides, lettered A, B, C …
	Lettered []string
}

// Show is what card c lists under its prompt. True-or-false, numeric and
// classify questions list nothing: their hint alone says how to answer.
func Show(c Card) Shown {
	q := c.Question
	var s Shown
	switch q.Type {
	case Single, Multi:
		if q.Type == Multi {
			s.Hint = "Pick every answer that applies."
		}
		for _, ch := range q.Choices {
			s.Lettered = append(s.Lettered, ch.Text)
		}
	case TrueFalse:
		s.Hint = "True or false?"
	case NumericType:
		if q.Numeric != nil && q.Numeric.Unit != "" {
			s.Hint = "Answer with " + q.Numeric.Unit + "."
		}
	case Classify:
		s.Hint = "Pick one class on each dimension:"
	case Order:
		s.Hint = "Put these in the order they happen:"
		for _, k := range c.ItemOrder {
			s.Lettered = append(s.Lettered, q.Items[k])
		}
	case Match:
		s.Hint = "Match each numbered item with a lettered one:"
		for _, p := range q.Pairs {
			s.Numbered = append(s.Numbered, p.Left)
		}
		for _, k := range c.RightOrder {
			s.Lettered = append(s.Lettered, q.Pairs[k].Right)
		}
	}
	return s
}
