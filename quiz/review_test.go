package quiz_test

import (
	"reflect"
	"testing"
	"time"

	"faultline/quiz"
)

// monday is the injected clock's starting time.
var monday = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func TestScheduleClimbsBoxes(t *testing.T) {
	rec := quiz.Record{}
	now := monday
	want := []struct {
		box int
		in  time.Duration
	}{{2, 48 * time.Hour}, {3, 96 * time.Hour}, {4, 192 * time.Hour}, {5, 384 * time.Hour}, {5, 384 * time.Hour}}
	for i, w := range want {
		rec = quiz.Schedule(rec, true, now)
		if rec.Box != w.box || !rec.Due.Equal(now.Add(w.in)) || rec.Seen != i+1 || rec.Correct != i+1 || !rec.Last.Equal(now) {
			t.Fatalf("after %d right answers: %+v, want box %d due in %v", i+1, rec, w.box, w.in)
		}
		now = rec.Due
	}
}

func TestScheduleMissDropsToBoxOne(t *testing.T) {
	rec := quiz.Record{Box: 4, Seen: 3, Correct: 3}
	rec = quiz.Schedule(rec, false, monday)
	want := quiz.Record{Box: 1, Due: monday.Add(24 * time.Hour), Seen: 4, Correct: 3, Last: monday}
	if rec != want {
		t.Errorf("after a miss: %+v, want %+v", rec, want)
	}
	if !rec.Missed() {
		t.Errorf("Missed() = false after a wrong answer")
	}
	if rec = quiz.Schedule(rec, true, monday.Add(24*time.Hour)); rec.Box != 2 || rec.Missed() {
		t.Errorf("a right answer after a miss: %+v, want box 2", rec)
	}
}

func TestMissedQuestionsComeBackTomorrow(t *testing.T) {
	b := load(t, fixture(t))
	s := quiz.NewSession(b.ByLesson("alpha"), 7)
	records := map[string]quiz.Record{}
	var missed []string
	for !s.Done() {
		c, _ := s.Current()
		var r quiz.Response = quiz.ChoiceResponse{0}
		switch c.Question.Type {
		case quiz.TrueFalse:
			r = quiz.BoolResponse(!c.Question.Answer) // wrong on purpose
		case quiz.NumericType:
			r = quiz.TextResponse("99.999")
			if c.Question.Numeric.Kind == quiz.Duration {
				r = quiz.TextResponse(c.Question.Numeric.Duration.String())
			}
		case quiz.Classify:
			r = quiz.ClassResponse(c.Question.Classes)
		case quiz.Order:
			r = quiz.OrderResponse{0, 1, 2}
		case quiz.Match:
			r = quiz.MatchResponse{0, 1, 2}
		}
		res := s.Answer(r)
		records[c.Question.ID] = quiz.Schedule(records[c.Question.ID], res.Correct, monday)
		if !res.Correct {
			missed = append(missed, c.Question.ID)
		}
		s.Next()
	}
	if len(missed) == 0 {
		t.Fatal("the run missed nothing; the test needs misses")
	}
	if due := quiz.Due(records, b, monday.Add(23*time.Hour)); len(due) != 0 {
		t.Errorf("%d questions due later the same day, want none", len(due))
	}
	tomorrow := ids(quiz.Due(records, b, monday.Add(24*time.Hour)))
	if len(tomorrow) != len(missed) {
		t.Fatalf("due tomorrow %q, want the missed %q", tomorrow, missed)
	}
	for _, id := range missed {
		if !contains(tomorrow, id) {
			t.Errorf("missed %s is not due tomorrow (%q)", id, tomorrow)
		}
	}
	after := ids(quiz.Due(records, b, monday.Add(48*time.Hour)))
	if len(after) != 10 {
		t.Errorf("after two days %d due, want all 10", len(after))
	}
	if !reflect.DeepEqual(after[:len(missed)], tomorrow) {
		t.Errorf("missed questions are not first: %q", after)
	}
}

func TestDueOrder(t *testing.T) {
	b := load(t, fixture(t))
	records := map[string]quiz.Record{
		"alpha-1":  {Box: 3, Seen: 2, Due: monday.Add(-48 * time.Hour)},
		"alpha-2":  {Box: 1, Seen: 1, Due: monday.Add(-time.Hour)},
		"alpha-3":  {Box: 2, Seen: 1, Due: monday.Add(-72 * time.Hour)},
		"alpha-4":  {Box: 1, Seen: 1, Due: monday.Add(-5 * time.Hour)},
		"alpha-5":  {Box: 2, Seen: 1, Due: monday.Add(time.Hour)}, // not yet
		"alpha-6":  {},                                            // never answered
		"gone-1":   {Box: 1, Seen: 1, Due: monday},                // not in the bank
		"alpha-10": {Box: 5, Seen: 9, Due: monday},
	}
	got := ids(quiz.Due(records, b, monday))
	want := []string{"alpha-4", "alpha-2", "alpha-3", "alpha-1", "alpha-10"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Due = %q, want %q", got, want)
	}
	if quiz.Due(records, nil, monday) != nil {
		t.Errorf("Due on a nil bank is not nil")
	}
}

// ids lists the questions' ids.
func ids(qs []quiz.Question) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.ID
	}
	return out
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
