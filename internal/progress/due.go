package progress

import (
	"time"

	"faultline/quiz"
)

// DueByLesson counts the bank's questions due for review at now (see
// quiz.Due), by the id of the lesson each belongs to.
func (s *State) DueByLesson(bank *quiz.Bank, now time.Time) map[string]int {
	out := map[string]int{}
	for _, q := range quiz.Due(s.Quiz, bank, now) {
		out[q.Lesson]++
	}
	return out
}
