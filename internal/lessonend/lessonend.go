// Package lessonend says where a student stands at the end of a lesson:
// the sections read, the checks and the quiz, the questions missed and the
// lesson that comes next. The lesson-complete screen and the accessible
// course both read it, so they say the same.
package lessonend

import (
	"fmt"

	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
)

// End is a lesson as its last section leaves the student.
type End struct {
	// Lesson is the lesson finished.
	Lesson lessons.Lesson
	course *lessons.Course
	bank   *quiz.Bank // nil without a question bank
	st     progress.State
}

// Of is where the student with progress st stands at the end of l.
func Of(course *lessons.Course, bank *quiz.Bank, st progress.State, l lessons.Lesson) End {
	return End{Lesson: l, course: course, bank: bank, st: st}
}

// Read reports whether the section with id was read.
func (e End) Read(id string) bool {
	lp := e.st.Lessons[e.Lesson.ID]
	return lp != nil && lp.Read[id]
}

// Questions are the lesson's quiz questions.
func (e End) Questions() []quiz.Question {
	if e.bank == nil {
		return nil
	}
	return e.bank.ByLesson(e.Lesson.ID)
}

// Missed are the lesson's questions, quiz and checks alike, last answered
// wrong.
func (e End) Missed() []quiz.Question {
	qs := e.Questions()
	for _, id := range e.CheckIDs() {
		if q, ok := e.question(id); ok && q.Lesson != e.Lesson.ID {
			qs = append(qs, q)
		}
	}
	return quiz.Missed(e.st.Quiz, qs)
}

// question looks a question up in the bank.
func (e End) question(id string) (quiz.Question, bool) {
	if e.bank == nil {
		return quiz.Question{}, false
	}
	return e.bank.ByID(id)
}

// CheckIDs are the ids of the questions the lesson's sections ask.
func (e End) CheckIDs() []string {
	var ids []string
	for _, s := range e.Lesson.Sections {
		for _, b := range s.Blocks() {
			if b.Kind == lessons.KindQuiz && len(b.Args) > 0 {
				ids = append(ids, b.Args[0])
			}
		}
	}
	return ids
}

// Next is the lesson after this one in the course.
func (e End) Next() (lessons.Lesson, bool) {
	ls := e.course.Lessons
	for i, l := range ls {
		if l.ID == e.Lesson.ID && i+1 < len(ls) {
			return ls[i+1], true
		}
	}
	return lessons.Lesson{}, false
}

// ChecksLine says how the student did on the questions the sections asked.
func (e End) ChecksLine() string {
	ids := e.CheckIDs()
	if len(ids) == 0 {
		return "Checks: this lesson asks none along the way."
	}
	s := quiz.StandingOf(e.st.Quiz, ids)
	if s.Answered == 0 {
		return fmt.Sprintf("Checks: %s along the way, none answered yet.", Plural(s.Total, "question"))
	}
	return fmt.Sprintf("Checks: %d of %d right along the way (%d not answered).", s.Right, s.Total, s.Total-s.Answered)
}

// QuizLine says the lesson quiz's score, or that it is still to take.
func (e End) QuizLine() string {
	sc, ok := e.st.QuizScore(e.Lesson.ID)
	if !ok {
		return "Quiz: not taken yet."
	}
	if sc.Last == sc.Best {
		return fmt.Sprintf("Quiz: %d of %d right.", sc.Best.Correct, sc.Best.Total)
	}
	return fmt.Sprintf("Quiz: best %d of %d right, last %d of %d.", sc.Best.Correct, sc.Best.Total, sc.Last.Correct, sc.Last.Total)
}

// Plural is "1 question" or "3 questions".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
