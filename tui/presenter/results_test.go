package presenter

import (
	"fmt"
	"strings"
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/quiz"
)

// answerAll has one student from loopback answer each choice given to
// the question on m's slide.
func answerAll(t *testing.T, m *Presenter, hub *classroom.Hub, choices ...int) {
	t.Helper()
	m.publishFrame()
	f, _ := hub.Current()
	if firstQuestion(f) == nil {
		t.Fatal("no question on the slide")
	}
	for i, c := range choices {
		st, err := hub.Join(fmt.Sprintf("s%d", i), fmt.Sprintf("127.0.0.1:%d", 2000+i))
		if err != nil {
			t.Fatal(err)
		}
		if err := hub.Answer(st, firstQuestion(f).ID, c); err != nil {
			t.Fatal(err)
		}
	}
}

// TestQuizResults: after r the projector shows a bar per choice and how
// many answered right and wrong; r again shows the question; without a
// classroom the card shows its answer as before.
func TestQuizResults(t *testing.T) {
	m, hub := newJoinPresenter(t, 100, 30)
	m.move(lecture.Nav{Slide: slideWithBlock(t, m, "quiz", "fallacies-3")})
	answerAll(t, m, hub, 2, 2, 0)
	q := classroom.QuestionFrom(m.slideQuestion().q, true)
	right := 0
	for _, c := range []int{2, 2, 0} {
		if q.IsCorrect(c) {
			right++
		}
	}
	press(m, "enter", "r")
	got := plain(m)
	for _, want := range []string{"Results", "███", fmt.Sprintf("%d right", right), fmt.Sprintf("%d wrong", 3-right), "3 answered"} {
		if !strings.Contains(got, want) {
			t.Errorf("results lack %q:\n%s", want, got)
		}
	}
	press(m, "r")
	if got := plain(m); strings.Contains(got, "Results") {
		t.Errorf("r again still shows the results:\n%s", got)
	}

	m, _ = newTestPresenter(t, 100, 30, 0, "fallacies")
	m.move(lecture.Nav{Slide: slideWithBlock(t, m, "quiz", "fallacies-3")})
	press(m, "enter", "r")
	if got := plain(m); strings.Contains(got, "Results") || !strings.Contains(got, "Answer") {
		t.Errorf("without a classroom the card should show its answer:\n%s", got)
	}
}

// TestQuizResultsShareOfStudents: on a question with several right
// choices a bar's share is of the students who answered, not of all the
// picks: two students who both pick the same two choices make each 100 %.
func TestQuizResultsShareOfStudents(t *testing.T) {
	m, hub := newJoinPresenter(t, 100, 40)
	m.move(lecture.Nav{Slide: slideWithBlock(t, m, "quiz", "fallacies-6")})
	m.publishFrame()
	f, _ := hub.Current()
	if firstQuestion(f) == nil {
		t.Fatal("no question on the slide")
	}
	for i := range 2 {
		st, err := hub.Join(fmt.Sprintf("s%d", i), fmt.Sprintf("127.0.0.1:%d", 3000+i))
		if err != nil {
			t.Fatal(err)
		}
		if err := hub.Submit(st, firstQuestion(f).ID, quiz.ChoiceResponse{0, 1}); err != nil {
			t.Fatal(err)
		}
	}
	press(m, "enter", "r")
	got := plain(m)
	if n := strings.Count(got, "  2  100%"); n != 2 {
		t.Errorf("want two choices at 2 students, 100 %%, found %d:\n%s", n, got)
	}
	if strings.Contains(got, " 50%") {
		t.Errorf("a share counts picks, not students:\n%s", got)
	}
}
