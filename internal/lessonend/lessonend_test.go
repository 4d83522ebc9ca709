package lessonend

import (
	"strconv"
	"testing"
	"time"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/quiz"
)

// TestEndOfLessonOne: a fresh student, then one who missed a check and
// took the quiz twice.
func TestEndOfLessonOne(t *testing.T) {
	course, bank := coursetest.Course(t)
	l := course.Lessons[0]
	st := progress.NewState()
	e := Of(course, bank, st, l)
	checks := e.CheckIDs()
	if len(checks) == 0 {
		t.Fatal("lesson 1 asks no checks")
	}
	if got, want := e.ChecksLine(), "Checks: "+Plural(len(checks), "question")+" along the way, none answered yet."; got != want {
		t.Errorf("ChecksLine = %q, want %q", got, want)
	}
	if got := e.QuizLine(); got != "Quiz: not taken yet." {
		t.Errorf("QuizLine = %q", got)
	}
	if next, ok := e.Next(); !ok || next.ID != course.Lessons[1].ID {
		t.Errorf("Next = %v, %v; want lesson 2", next.ID, ok)
	}
	if _, ok := Of(course, bank, st, course.Lessons[len(course.Lessons)-1]).Next(); ok {
		t.Error("the last lesson has a next")
	}
	now := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	st.SetRecord(checks[0], quiz.Schedule(quiz.Record{}, false, now))
	st.RecordAttempt(l.ID, quiz.Attempt{Correct: 7, Total: 10, When: now})
	st.RecordAttempt(l.ID, quiz.Attempt{Correct: 5, Total: 10, When: now.Add(time.Hour)})
	e = Of(course, bank, st, l)
	if got, want := e.ChecksLine(), "Checks: 0 of "+strconv.Itoa(len(checks))+" right along the way ("+strconv.Itoa(len(checks)-1)+" not answered)."; got != want {
		t.Errorf("ChecksLine = %q, want %q", got, want)
	}
	if got := e.QuizLine(); got != "Quiz: best 7 of 10 right, last 5 of 10." {
		t.Errorf("QuizLine = %q", got)
	}
	if m := e.Missed(); len(m) != 1 || m[0].ID != checks[0] {
		t.Errorf("Missed = %v, want the one check", m)
	}
}
