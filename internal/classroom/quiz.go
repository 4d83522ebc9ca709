package classroom

import "faultline/quiz"

// trueFalse are the choices of a true-or-false question, in display order.
var trueFalse = []string{"True", "False"}

// Answerable reports whether students can answer q live, by picking one
// choice: single-choice and true-or-false questions.
func Answerable(q quiz.Question) bool {
	return q.Type == quiz.Single || q.Type == quiz.TrueFalse
}

// QuestionFrom turns a quiz bank question, as the bank holds it, into the
// live question students see, its choices dealt with quiz.ShownSeed; or nil when q is not Answerable. With revealed the correct choices and
// the explanation are filled in; the Hub adds the tally when publishing.
func QuestionFrom(q quiz.Question, revealed bool) *Question {
	if !Answerable(q) {
		return nil
	}
	out := &Question{ID: q.ID, Prompt: q.Prompt, Revealed: revealed}
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
	default:
		// Lettered as the lecture's card and the lesson show the question.
		for i, c := range quiz.Deal(q, quiz.ShownSeed).Question.Choices {
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
