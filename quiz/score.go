package quiz

import "time"

// Attempt is the score of one lesson quiz taken to the end. A quiz left
// before its last answer has no attempt: its answers count for review
// only, so a score always covers every question of the quiz.
type Attempt struct {
	// Correct counts the fully right answers.
	Correct int `json:"correct"`
	// Total is the number of questions in the quiz.
	Total int `json:"total"`
	// Points is the credit earned, partial credit included.
	Points float64 `json:"points"`
	// When is when the last answer was given.
	When time.Time `json:"when"`
	// Hinted counts the answers given after the question's hint.
	Hinted int `json:"hinted,omitempty"`
}

// Better reports whether a is a better score than b: more right answers,
// then more points. An empty b is beaten by any attempt.
func (a Attempt) Better(b Attempt) bool {
	if b.Total == 0 {
		return a.Total > 0
	}
	if a.Correct != b.Correct {
		return a.Correct > b.Correct
	}
	return a.Points > b.Points
}

// Attempt returns the session's score once it is over (every question
// answered or skipped), dated now; a skipped question earns nothing. It
// reports false while a question is still ahead.
func (s *Session) Attempt(now time.Time) (Attempt, bool) {
	t := s.Score()
	if t.Total == 0 || t.Answered < t.Total && !s.Done() {
		return Attempt{}, false
	}
	return Attempt{Correct: t.Correct, Total: t.Total, Points: t.Points, When: now, Hinted: t.Hinted}, true
}
