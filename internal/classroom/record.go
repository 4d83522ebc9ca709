package classroom

import "time"

// Record is one student's answer to one live question, as the lecture's
// results keep it: who, what (in words, from quiz.Describe), whether it is
// right by quiz's grading, and how long after the question opened it was
// last sent.
type Record struct {
	// Question is the quiz bank's id of the question, LESSON-N.
	Question string `json:"question"`
	// Student is the student's display name when they last answered.
	Student string `json:"student"`
	// Answer is the answer in words, as quiz.Solution.Line reads it:
	// "B. text", "true", "52m 34s", "left → right; …".
	Answer string `json:"answer"`
	// Correct reports a fully right answer, graded by quiz.Grade.
	Correct bool `json:"correct"`
	// Elapsed is the time from the question first shown (or reset) to
	// the student's last answer.
	Elapsed time.Duration `json:"elapsed"`
	// Changed is how many times the student changed the answer after
	// first sending it.
	Changed int `json:"changed"`
}

// Records returns every answer given so far: questions in the order they
// were first shown, and each question's students in the order they first
// answered. A question reset has no records until answered again.
func (h *Hub) Records() []Record {
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []Record
	for _, id := range a.order {
		q := a.questions[id]
		for _, k := range q.keys {
			g := q.given[k]
			out = append(out, Record{
				Question: id, Student: g.name, Answer: g.text, Correct: g.correct,
				Elapsed: max(0, g.at.Sub(q.opened)), Changed: g.changed,
			})
		}
	}
	return out
}
