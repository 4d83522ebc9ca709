package quiz

import "faultline/lessons"

// Bank is a loaded, checked question bank. Questions are grouped by lesson
// in course order and keep their file order within a lesson.
type Bank struct {
	// Questions is every question of the bank.
	Questions []Question
	// Warnings are things changed at load that did not stop it, such as
	// FILE:LINE: control sequence removed.
	Warnings []lessons.Problem
	// index maps a question id to its position in Questions.
	index map[string]int
}

// NewBank returns a bank holding questions, in the order given. Load builds
// banks this way; tests and tools may too.
func NewBank(questions []Question) *Bank {
	b := &Bank{Questions: questions, index: make(map[string]int, len(questions))}
	for i, q := range questions {
		if _, dup := b.index[q.ID]; !dup {
			b.index[q.ID] = i
		}
	}
	return b
}

// ByID returns the question with the given id.
func (b *Bank) ByID(id string) (Question, bool) {
	if b == nil {
		return Question{}, false
	}
	if b.index != nil {
		i, ok := b.index[id]
		if !ok {
			return Question{}, false
		}
		return b.Questions[i], true
	}
	for _, q := range b.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// ByLesson returns the questions of one lesson, in file order, or nil if the
// lesson has no questions.
func (b *Bank) ByLesson(id string) []Question {
	if b == nil {
		return nil
	}
	var out []Question
	for _, q := range b.Questions {
		if q.Lesson == id {
			out = append(out, q)
		}
	}
	return out
}

// Lessons returns the ids of the lessons that have questions, in course order.
func (b *Bank) Lessons() []string {
	if b == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, q := range b.Questions {
		if !seen[q.Lesson] {
			seen[q.Lesson] = true
			out = append(out, q.Lesson)
		}
	}
	return out
}
