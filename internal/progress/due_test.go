package progress

import (
	"testing"
	"time"

	"faultline/quiz"
)

// TestDueByLesson counts due questions per lesson and leaves out those not
// yet due and those never answered.
func TestDueByLesson(t *testing.T) {
	bank := &quiz.Bank{Questions: []quiz.Question{
		{ID: "a-1", Lesson: "a"}, {ID: "a-2", Lesson: "a"}, {ID: "a-3", Lesson: "a"}, {ID: "b-1", Lesson: "b"},
	}}
	at := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	st := NewState()
	st.SetRecord("a-1", quiz.Schedule(quiz.Record{}, false, at)) // due a day later
	st.SetRecord("a-2", quiz.Schedule(quiz.Record{}, true, at))  // due two days later
	st.SetRecord("b-1", quiz.Schedule(quiz.Record{}, false, at))
	got := st.DueByLesson(bank, at.Add(25*time.Hour))
	if got["a"] != 1 || got["b"] != 1 || len(got) != 2 {
		t.Errorf("due by lesson %v, want a:1 b:1", got)
	}
	if got := st.DueByLesson(nil, at); len(got) != 0 {
		t.Errorf("without a bank %v, want none", got)
	}
}
