package classroom_test

import (
	"fmt"
	"testing"

	"faultline/internal/classroom"
	"faultline/quiz"
)

// BenchmarkSubmitMatch is one student sending (or changing) an answer to
// a match question: graded by quiz and described in words.
func BenchmarkSubmitMatch(b *testing.B) {
	q := firstOfType(b, quiz.Match)
	h := classroom.NewHub(classroom.Config{})
	h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	card, _ := h.Card(q.ID)
	right, wrong := rightAndWrong(card)
	s, _ := h.Join("ana", "192.0.2.1:1")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		r := right
		if i%2 == 1 {
			r = wrong
		}
		if err := h.Submit(s, q.ID, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTally200 is the presenter's tally of a numeric question 200
// students answered, as it is drawn on every tick: counts, right and
// wrong, and the common answers.
func BenchmarkTally200(b *testing.B) {
	q := firstOfType(b, quiz.NumericType)
	h := classroom.NewHub(classroom.Config{})
	h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	card, _ := h.Card(q.ID)
	right, wrong := rightAndWrong(card)
	for i := range 200 {
		s, err := h.Join(fmt.Sprint("s", i), "192.0.2.1:1")
		if err != nil {
			b.Fatal(err)
		}
		r := right
		if i%3 == 0 {
			r = wrong
		}
		if err := h.Submit(s, q.ID, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if t := h.Tally(q.ID); t.Answered != 200 {
			b.Fatal(t)
		}
	}
}
