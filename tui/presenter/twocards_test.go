package presenter

import (
	"strings"
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// newTwoCardPresenter is a presenter at 100×40 on the slide of
// coursetest.TwoQuestionDeck that asks two questions, students following
// on a fresh hub; the slide is published.
func newTwoCardPresenter(t *testing.T) (*Presenter, *classroom.Hub) {
	t.Helper()
	d, bank := coursetest.TwoQuestionDeck(t)
	c, _ := loadCourse(t)
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
	clk := &clock{t: start}
	m := New(&common.Context{Styles: theme.New(true), Course: c}, Options{Deck: d, Bank: bank, Now: clk.now,
		Classroom: &Classroom{Hub: hub, Connect: "ssh -p 2299 127.0.0.1", Fingerprint: testFingerprint}})
	m.Update(sizeMsg(100, 40))
	m.ticking = true
	m.move(lecture.Nav{Slide: coursetest.TwoQuestionSlide})
	m.publishFrame()
	return m, hub
}

// pressRun presses keys as the program would, feeding back what their
// commands yield (esc's common.Back from a card in use).
func pressRun(t *testing.T, m *Presenter, keys ...string) {
	t.Helper()
	teatesting.Press(t, teatesting.Model(m), teatesting.Keys(keys...)...)
}

// TestTwoCardsOnOneSlidePresenter: both questions of a slide go to
// students; r, c and x act on the card the slide marks (the first, until
// the presenter uses another), every notice names the question, and
// the results keep both.
func TestTwoCardsOnOneSlidePresenter(t *testing.T) {
	m, hub := newTwoCardPresenter(t)
	f, _ := hub.Current()
	if len(f.Questions) != 2 || f.Questions[0].ID != "budget-1" || f.Questions[1].ID != "budget-2" {
		t.Fatalf("students got questions %+v, want budget-1 and budget-2", f.Questions)
	}
	ana := submitAs(t, hub, "ana", "budget-1", quiz.ChoiceResponse{0})
	if err := hub.Submit(ana, "budget-2", quiz.TextResponse("43m")); err != nil {
		t.Fatal(err)
	}
	submitAs(t, hub, "bo", "budget-2", quiz.TextResponse("2h"))

	screen := plain(m)
	for _, want := range []string{"▶ Question budget-1 · r, c and x act on this one", "Question budget-2 · enter, then tab, to act on this one", "Q1/2 budget-1: 1 of 2 answered"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the slide lacks %q:\n%s", want, screen)
		}
	}
	if n := strings.Count(screen, "r reveals the answer"); n != 1 {
		t.Errorf("%d cards say r reveals the answer, want the one r acts on:\n%s", n, screen)
	}

	// c closes the first only.
	press(m, "c")
	if !strings.Contains(plain(m), "budget-1: answers closed (1 given) · c reopens") {
		t.Errorf("c's notice does not name budget-1:\n%s", plain(m))
	}
	if !hub.Tally("budget-1").Closed || hub.Tally("budget-2").Closed {
		t.Fatalf("after c: budget-1 closed %v, budget-2 closed %v; want only budget-1", hub.Tally("budget-1").Closed, hub.Tally("budget-2").Closed)
	}
	f, _ = hub.Current()
	if !f.QuestionByID("budget-1").Closed || f.QuestionByID("budget-2").Closed {
		t.Errorf("students see budget-1 closed %v, budget-2 closed %v", f.QuestionByID("budget-1").Closed, f.QuestionByID("budget-2").Closed)
	}

	// enter, tab: the second card in use; its keys act on it, and it
	// stays chosen after esc.
	press(m, "enter", "tab")
	if c, ok := m.Focused().(*quizCard); !ok || c.q.ID != "budget-2" {
		t.Fatalf("enter, tab: in use %v, want budget-2's card", m.Focused())
	}
	pressRun(t, m, "esc")
	screen = plain(m)
	for _, want := range []string{"▶ Question budget-2 · r, c and x act on this one", "Q2/2 budget-2: 2 of 2 answered"} {
		if !strings.Contains(screen, want) {
			t.Errorf("after choosing budget-2 the slide lacks %q:\n%s", want, screen)
		}
	}
	press(m, "r")
	f, _ = hub.Current()
	if q := f.QuestionByID("budget-2"); !q.Revealed {
		t.Errorf("r did not reveal budget-2 to students: %+v", q)
	}
	if q := f.QuestionByID("budget-1"); q.Revealed {
		t.Errorf("r revealed budget-1 too: %+v", q)
	}
	if got := plain(m); !strings.Contains(got, "Results · question budget-2") || !strings.Contains(got, "budget-2: Answer:") {
		t.Errorf("the projector does not show budget-2's results:\n%s", got)
	}
	press(m, "r") // hidden again

	// The first card again: c reopens it, budget-2 stays closed by its reveal.
	pressRun(t, m, "enter", "esc", "c")
	if hub.Tally("budget-1").Closed || !hub.Tally("budget-2").Closed {
		t.Errorf("c on budget-1: budget-1 closed %v, budget-2 closed %v", hub.Tally("budget-1").Closed, hub.Tally("budget-2").Closed)
	}

	// The results keep both questions.
	file := saveWithE(t, m, hub, "budget")
	saved, err := lecture.ReadResults(file.CSVPath())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range saved.Answers {
		got = append(got, a.Question+" "+a.Student+" "+a.Answer)
	}
	if len(got) != 3 || !strings.Contains(strings.Join(got, "\n"), "budget-2 ana 43m") || !strings.Contains(strings.Join(got, "\n"), "budget-2 bo 2h") ||
		!strings.HasPrefix(got[0], "budget-1 ana ") {
		t.Errorf("results file holds %q, want ana's answer to budget-1 and both answers to budget-2", got)
	}
}

// TestTwoCardsSummedUp: on a projector too small for the cards, each is
// one line, and the one r, c and x act on says so.
func TestTwoCardsSummedUp(t *testing.T) {
	m, _ := newTwoCardPresenter(t)
	m.Update(sizeMsg(80, 24))
	got := plain(m)
	if !strings.Contains(got, "question budget-1 · r/c/x act on it · enter to open") || !strings.Contains(got, "question budget-2 · enter to open") {
		t.Fatalf("the one-line cards do not say which the keys act on:\n%s", got)
	}
}
