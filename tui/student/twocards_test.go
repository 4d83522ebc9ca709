package student

import (
	"context"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/quiz"
	"faultline/tui/components/slideview"
	"faultline/tui/internal/padtest"
	"faultline/tui/internal/teatesting"
)

// twoCardStudent is a student joined as ana on the slide of
// coursetest.TwoQuestionDeck that asks two questions, published with
// its first question revealed or not; publish sends the slide again,
// with inUse for the widget the presenter uses (0 for none).
func twoCardStudent(t *testing.T, width, height int) (m *Student, hub *classroom.Hub, qs [2]quiz.Question, publish func(revealFirst bool, inUse int)) {
	t.Helper()
	deck, bank := coursetest.TwoQuestionDeck(t)
	for i, id := range []string{"budget-1", "budget-2"} {
		q, ok := bank.ByID(id)
		if !ok {
			t.Fatalf("no question %s", id)
		}
		qs[i] = q
	}
	hub = classroom.NewHub(classroom.Config{JoinCode: testCode})
	m = NewStudent(context.Background(), hub, slideview.NewSlideRenderer(deck), "127.0.0.1:9")
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	typeKeys(m, "a", "n", "a", "enter")
	publish = func(revealFirst bool, inUse int) {
		hub.Publish(classroom.Frame{
			State:     deck.State(navAt(coursetest.TwoQuestionSlide, deck), zeroTimer, false, zeroTime),
			Questions: []*classroom.Question{classroom.QuestionFrom(qs[0], revealFirst), classroom.QuestionFrom(qs[1], false)},
			InUse:     inUse,
		})
		f, _ := hub.Current()
		m.Update(frameMsg{f})
	}
	publish(false, 0)
	return m, hub, qs, publish
}

// TestTwoCardsOnOneSlide: a student answers both questions of a slide
// with the self-study keys, tab moving between them; each card says where
// its own answer stands, and closing one leaves the other open.
func TestTwoCardsOnOneSlide(t *testing.T) {
	m, hub, qs, publish := twoCardStudent(t, 100, 60)
	screen := func() string { return ansi.Strip(m.Content()) }
	footer := func() string { s := screen(); return s[strings.LastIndex(s, "\n")+1:] }
	has := func(step string, want ...string) {
		t.Helper()
		s := strings.Join(strings.Fields(screen()), " ")
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("%s: screen lacks %q:\n%s", step, w, screen())
			}
		}
	}
	has("two questions", "▶ Question 1 of 2 · budget-1 · your keys answer this one", "Question 2 of 2 · budget-2 · tab to answer it",
		"Not answered yet: tab brings your keys here.")
	if f := footer(); !strings.Contains(f, "Q1/2") || !strings.Contains(f, "tab next question") {
		t.Errorf("footer %q does not say which question the keys answer, or how to move", f)
	}
	if got := strings.Count(screen(), "›"); got != 1+1 { // the first card's cursor, the second's empty field
		t.Errorf("%d highlighted rows and fields, want the first card's cursor and the second's field:\n%s", got, screen())
	}

	// The first card, answered right with the self-study keys.
	c1, _ := hub.Card("budget-1")
	right := quiz.Solve(c1).Line(quiz.Single)
	wrong := 0
	for c1.Question.Choices[wrong].Correct {
		wrong++
	}
	wrongKey, wrongText := strings.ToLower(quiz.Letter(wrong)), quiz.Letter(wrong)+". "+c1.Question.Choices[wrong].Text
	typeKeys(m, padtest.RightKeys(c1)...)
	firstSent := "✓ Answer sent: " + right
	has("first sent", firstSent)
	// tab: the second card, typed into and sent; the first keeps its state.
	typeKeys(m, "tab")
	has("tab", "Question 1 of 2 · budget-1 · tab to answer it", "▶ Question 2 of 2 · budget-2 · your keys answer this one")
	typeKeys(m, "4", "3", "m", "enter")
	has("second sent", firstSent, "✓ Answer sent: 43m.")
	if f := footer(); !strings.Contains(f, "Q2/2 ✓ sent") {
		t.Errorf("footer %q, want Q2/2 ✓ sent", f)
	}
	// A change not sent is the second card's alone.
	typeKeys(m, "backspace", "backspace", "backspace", "4", "5", "m")
	has("second changed", firstSent, "Changed, not sent yet: enter sends it.")
	if f := footer(); !strings.Contains(f, "Q2/2 changed · enter sends") {
		t.Errorf("footer %q, want Q2/2 changed · enter sends", f)
	}
	// shift+tab back to the first, which still takes a change.
	typeKeys(m, "shift+tab", wrongKey, "enter")
	has("first changed", "✓ Answer changed and sent: "+wrongText, "Changed, not sent yet: enter sends it.")

	// The presenter closes the first: its card is closed, the second open.
	if err := hub.CloseQuestion(qs[0].ID); err != nil {
		t.Fatal(err)
	}
	publish(false, 0)
	has("first closed", "Answers are closed; you sent: "+wrongText)
	if f := footer(); !strings.Contains(f, "Q1/2 sent · closed") {
		t.Errorf("footer %q, want Q1/2 sent · closed", f)
	}
	typeKeys(m, padtest.RightKeys(c1)...) // closed: nothing changes
	typeKeys(m, "tab", "enter")
	if s, ok := hub.SentBy(m.student, qs[1].ID); !ok || s.Text != "45m" {
		t.Errorf("second answer %+v, want 45m sent after the first closed", s)
	}
	if s, _ := hub.SentBy(m.student, qs[0].ID); s.Text != wrongText {
		t.Errorf("first answer %q changed after it closed", s.Text)
	}

	// The reveal of the first says right or wrong there only.
	publish(true, 0)
	has("first revealed", "✗ Not this time; you answered: "+wrongText, "✓ Answer changed and sent: 45m.")
}

// TestTwoCardsFollowTheCardInUse: when the presenter uses one of the
// cards, it takes the slide and the student's keys answer it; tab has no
// other card to go to.
func TestTwoCardsFollowTheCardInUse(t *testing.T) {
	m, _, _, publish := twoCardStudent(t, 100, 60)
	publish(false, 2) // the second widget: budget-2
	s := ansi.Strip(m.Content())
	if strings.Contains(s, "budget-1") || !strings.Contains(s, "▶ Question 2 of 2 · budget-2") {
		t.Fatalf("with the presenter on budget-2 the screen shows:\n%s", s)
	}
	if strings.Contains(s, "tab next question") {
		t.Errorf("tab is offered with one card on the screen:\n%s", s)
	}
	typeKeys(m, "tab", "4", "3", "m", "enter")
	if !strings.Contains(ansi.Strip(m.Content()), "✓ Answer sent: 43m.") {
		t.Errorf("the card in use did not take the answer:\n%s", ansi.Strip(m.Content()))
	}
	publish(false, 0)
	if s := ansi.Strip(m.Content()); !strings.Contains(s, "▶ Question 2 of 2 · budget-2") || !strings.Contains(s, "tab next question") {
		t.Errorf("back on the slide the keys left budget-2 or tab is not offered:\n%s", s)
	}
}

// TestTwoCardsBringTheChosenOneIntoView: on a screen too low for both
// cards, tab scrolls the next one into view.
func TestTwoCardsBringTheChosenOneIntoView(t *testing.T) {
	m, _, _, _ := twoCardStudent(t, 80, 24)
	typeKeys(m, "tab")
	if s := ansi.Strip(m.Content()); !strings.Contains(s, "▶ Question 2 of 2 · budget-2") {
		t.Fatalf("after tab the second card is not in view:\n%s", s)
	}
	typeKeys(m, "shift+tab")
	if s := ansi.Strip(m.Content()); !strings.Contains(s, "▶ Question 1 of 2 · budget-1") {
		t.Fatalf("after shift+tab the first card is not in view:\n%s", s)
	}
}

// TestTwoCardsHelpListsEveryKey: with two questions open, tab and
// shift+tab are in the help with the answering keys.
func TestTwoCardsHelpListsEveryKey(t *testing.T) {
	teatesting.CheckHelp(t, "two questions open", func() teatesting.Subject {
		m, _, _, _ := twoCardStudent(t, 100, 60)
		m.Update(teatesting.Key("down"))
		var h help.KeyMap = m
		return teatesting.Subject{Update: teatesting.Model(m), View: func() string { return ansi.Strip(m.Content()) }, Help: h}
	}, nil)
}

// TestResetForgetsTheSentAnswer: when the presenter resets a question,
// the student's card forgets the answer it showed as sent (the hub has
// forgotten it) and takes a new one; the other card keeps its own.
func TestResetForgetsTheSentAnswer(t *testing.T) {
	m, hub, qs, publish := twoCardStudent(t, 100, 60)
	c1, _ := hub.Card(qs[0].ID)
	typeKeys(m, padtest.RightKeys(c1)...)
	typeKeys(m, "tab", "4", "3", "m", "enter", "shift+tab")
	if err := hub.ResetQuestion(qs[0].ID); err != nil {
		t.Fatal(err)
	}
	publish(false, 0)
	s := strings.Join(strings.Fields(ansi.Strip(m.Content())), " ")
	if strings.Count(s, "✓ Answer sent") != 1 || !strings.Contains(s, "✓ Answer sent: 43m.") || strings.Contains(s, "(•)") {
		t.Fatalf("after the reset of %s the screen still shows its answer, or lost the other:\n%s", qs[0].ID, ansi.Strip(m.Content()))
	}
	if !strings.Contains(s, "The presenter has reset this question: answer it again. Answer with the keys below, then press enter to send.") {
		t.Errorf("the reset card does not ask afresh:\n%s", ansi.Strip(m.Content()))
	}
	typeKeys(m, padtest.RightKeys(c1)...)
	if sent, ok := hub.SentBy(m.student, qs[0].ID); !ok || !sent.Correct || sent.Changed != 0 {
		t.Errorf("answer after the reset: %+v (taken %v), want a fresh right answer", sent, ok)
	}
}
