package quizscreen

import (
	"strings"
	"time"

	"faultline/internal/progress"
	"faultline/quiz"
)

// Score is where a student stands on one lesson's questions, read from the
// saved review records.
type Score struct {
	// Last counts the questions whose latest answer was right.
	Last int
	// Best counts the questions answered right at least once.
	Best int
	// Answered counts the questions answered at least once.
	Answered int
}

// LessonScore reads lesson's score from the records of its questions,
// whose ids are LESSON-N.
func LessonScore(records map[string]progress.Record, lesson string) Score {
	var s Score
	for id, r := range records {
		n, ok := strings.CutPrefix(id, lesson+"-")
		if !ok || !digits(n) || r.Seen == 0 {
			continue
		}
		s.Answered++
		if r.Correct > 0 {
			s.Best++
		}
		if !quiz.Record(r).Missed() {
			s.Last++
		}
	}
	return s
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Records converts saved progress records into the quiz package's records.
func Records(saved map[string]progress.Record) map[string]quiz.Record {
	out := make(map[string]quiz.Record, len(saved))
	for id, r := range saved {
		out[id] = quiz.Record(r)
	}
	return out
}

// DueQuestions returns the questions of bank due for review at now,
// according to the saved records.
func DueQuestions(saved map[string]progress.Record, bank *quiz.Bank, now time.Time) []quiz.Question {
	return quiz.Due(Records(saved), bank, now)
}
