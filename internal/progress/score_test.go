package progress

import (
	"testing"
	"time"

	"faultline/quiz"
)

func TestRecordAttemptKeepsLastAndBest(t *testing.T) {
	st := NewState()
	if _, ok := st.QuizScore("intro"); ok {
		t.Fatal("a quiz never taken has a score")
	}
	at := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	good := quiz.Attempt{Correct: 4, Total: 5, Points: 4, When: at}
	worse := quiz.Attempt{Correct: 2, Total: 5, Points: 2.5, When: at.Add(time.Hour)}
	st.RecordAttempt("intro", good)
	st.RecordAttempt("intro", worse)
	sc, ok := st.QuizScore("intro")
	if !ok || sc.Last != worse || sc.Best != good {
		t.Fatalf("QuizScore = %+v, %v; want last %+v, best %+v", sc, ok, worse, good)
	}
}

func TestScoresSurviveASave(t *testing.T) {
	s := Open(t.TempDir() + "/progress.json")
	a := quiz.Attempt{Correct: 3, Total: 4, Points: 3.5, When: time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)}
	if _, err := s.Update(func(st *State) { st.RecordAttempt("faults", a) }); err != nil {
		t.Fatal(err)
	}
	st, _, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if sc, ok := st.QuizScore("faults"); !ok || !sc.Best.When.Equal(a.When) || sc.Best.Correct != 3 {
		t.Fatalf("after a reload QuizScore = %+v, %v; want best %+v", sc, ok, a)
	}
}
