package progress

import "faultline/quiz"

// QuizScore is a lesson quiz's score: the last attempt taken to the end and
// the best one.
type QuizScore struct {
	// Last is the most recent finished attempt.
	Last quiz.Attempt `json:"last"`
	// Best is the best finished attempt.
	Best quiz.Attempt `json:"best"`
}

// RecordAttempt stores a finished attempt at lesson's quiz as its last
// score, and as its best when it beats the best so far. Only finished
// quizzes have attempts: a quiz left early is never scored.
func (s *State) RecordAttempt(lesson string, a quiz.Attempt) {
	if s.Scores == nil {
		s.Scores = map[string]QuizScore{}
	}
	sc := s.Scores[lesson]
	sc.Last = a
	if a.Better(sc.Best) {
		sc.Best = a
	}
	s.Scores[lesson] = sc
}

// QuizScore returns lesson's quiz score, and false when its quiz has never
// been taken to the end.
func (s *State) QuizScore(lesson string) (QuizScore, bool) {
	sc, ok := s.Scores[lesson]
	return sc, ok && sc.Last.Total > 0
}
