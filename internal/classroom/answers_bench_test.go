package classroom_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
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

// answeredRoom is a hub where 200 students answered each of the first
// questions of the built-in bank (one of each type, then more), n in all.
func answeredRoom(b *testing.B, n int) (*classroom.Hub, func(string) (quiz.Question, bool)) {
	_, bank := coursetest.Course(b)
	h := classroom.NewHub(classroom.Config{MaxStudents: 200})
	var students []*classroom.Student
	for i := range 200 {
		s, err := h.Join(fmt.Sprintf("s%d", i), "192.0.2.1:1")
		if err != nil {
			b.Fatal(err)
		}
		students = append(students, s)
	}
	for _, q := range bank.Questions[:n] {
		h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
		card, _ := h.Card(q.ID)
		right, wrong := rightAndWrong(card)
		for i, s := range students {
			r := right
			if i%3 == 0 {
				r = wrong
			}
			if err := h.Submit(s, q.ID, r); err != nil {
				b.Fatal(err)
			}
		}
	}
	return h, bank.ByID
}

// BenchmarkSnapshot200x20 is what the results keeper takes of a room of
// 200 students who answered 20 questions whenever it saves (every 10
// seconds while answers change): the hub's Snapshot, encoded as written.
func BenchmarkSnapshot200x20(b *testing.B) {
	h, _ := answeredRoom(b, 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(h.Snapshot()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRestore200x20 is a presenter restarted with --resume taking
// back the 4,000 answers of 200 students to 20 questions: decoding the
// file and grading every answer again in NewHub.
func BenchmarkRestore200x20(b *testing.B) {
	h, bank := answeredRoom(b, 20)
	data, err := json.Marshal(h.Snapshot())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var s classroom.Snapshot
		if err := json.Unmarshal(data, &s); err != nil {
			b.Fatal(err)
		}
		if got := classroom.NewHub(classroom.Config{Answers: s, Bank: bank}).Restored(); got.Answers != 4000 {
			b.Fatalf("restored %+v", got)
		}
	}
	b.ReportMetric(float64(len(data))/1024, "file-KiB")
}
