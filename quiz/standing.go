package quiz

// Standing is how a student stands on a set of questions, from the saved
// review records: a lesson's embedded checks, or its quiz.
type Standing struct {
	// Right counts the questions whose last answer was right.
	Right int
	// Answered counts the questions answered at least once.
	Answered int
	// Total is the number of questions.
	Total int
}

// StandingOf reads the standing on the questions ids from records.
func StandingOf(records map[string]Record, ids []string) Standing {
	s := Standing{Total: len(ids)}
	for _, id := range ids {
		r := records[id]
		if r.Seen == 0 {
			continue
		}
		s.Answered++
		if !r.Missed() {
			s.Right++
		}
	}
	return s
}

// Missed returns the questions of qs whose last answer was wrong, in the
// order given.
func Missed(records map[string]Record, qs []Question) []Question {
	var out []Question
	for _, q := range qs {
		if records[q.ID].Missed() {
			out = append(out, q)
		}
	}
	return out
}
