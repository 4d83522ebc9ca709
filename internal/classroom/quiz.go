package classroom

import (
	"slices"

	"faultline/quiz"
)

// trueFalse are the choices of a true-or-false question, in display order.
var trueFalse = []string{"True", "False"}

// Answerable reports whether students can answer q live: every type quiz
// grades can be.
func Answerable(q quiz.Question) bool {
	return slices.Contains(quiz.Types, q.Type)
}

// QuestionFrom turns a quiz bank question, as the bank holds it, into the
// live question students see, dealt with quiz.ShownSeed as the lecture's
// card and the lesson deal it; or nil when q is not Answerable. With
// revealed the correct choices and the explanation are filled in; the Hub
// adds the tally when publishing, and grades answers on the dealt card.
func QuestionFrom(q quiz.Question, revealed bool) *Question {
	if !Answerable(q) {
		return nil
	}
	card := quiz.Deal(q, quiz.ShownSeed)
	out := &Question{ID: q.ID, Type: q.Type, Prompt: q.Prompt, Revealed: revealed, card: &card}
	switch q.Type {
	case quiz.TrueFalse:
		out.Choices = append([]string(nil), trueFalse...)
		if revealed {
			if q.Answer {
				out.Correct = []int{0}
			} else {
				out.Correct = []int{1}
			}
		}
	case quiz.Single, quiz.Multi:
		// Lettered as the lecture's card and the lesson show the question.
		for i, c := range card.Question.Choices {
			out.Choices = append(out.Choices, c.Text)
			if revealed && c.Correct {
				out.Correct = append(out.Correct, i)
			}
		}
	}
	if revealed {
		out.Explanation = q.Explanation
	}
	return out
}
