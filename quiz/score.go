package quiz

import "strings"

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
func LessonScore(records map[string]Record, lesson string) Score {
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
		if !r.Missed() {
			s.Last++
		}
	}
	return s
}

// digits reports whether s is a non-empty run of ASCII digits.
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
