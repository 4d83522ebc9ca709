package quiz

import (
	"testing"
	"time"
)

// TestHintIsRecorded: a hint asked for before the first answer is counted
// in the tally, the mistakes, the attempt and the review record; asked for
// after the answer it counts for nothing.
func TestHintIsRecorded(t *testing.T) {
	qs := []Question{
		{ID: "x-1", Type: TrueFalse, Answer: true, Hint: "Think."},
		{ID: "x-2", Type: TrueFalse, Answer: true, Hint: "Think again."},
	}
	s := NewSession(qs, 1)
	if !s.UseHint() || !s.Hinted() {
		t.Fatal("the hint before the first answer did not count")
	}
	s.Answer(BoolResponse(false))
	s.Next()
	s.Answer(BoolResponse(true))
	if s.UseHint() || s.Hinted() {
		t.Error("a hint after the answer counted")
	}
	s.Next()
	if tally := s.Score(); tally.Hinted != 1 {
		t.Errorf("tally %+v, want one hinted answer", tally)
	}
	if mk := s.Mistakes(); len(mk) != 1 || !mk[0].Hinted {
		t.Errorf("mistakes %+v, want the one, hinted", mk)
	}
	if a, ok := s.Attempt(time.Now()); !ok || a.Hinted != 1 {
		t.Errorf("attempt %+v, want one hinted answer", a)
	}
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	rec := ScheduleAnswer(Record{}, true, true, at)
	if want := Schedule(Record{}, true, at); rec.Hinted != 1 || rec.Box != want.Box || rec.Due != want.Due {
		t.Errorf("hinted record %+v, want %+v with one hint", rec, want)
	}
}
