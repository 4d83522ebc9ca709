package student

import (
	"context"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
	tcommon "faultline/tui/common"
	"faultline/tui/internal/padtest"
	"faultline/tui/internal/teatesting"
)

// slideOfType is the first slide of deck holding a question of type typ,
// with that question.
func slideOfType(t *testing.T, deck *lecture.Deck, typ quiz.Type) (int, quiz.Question) {
	t.Helper()
	_, bank := coursetest.Course(t)
	for i, s := range deck.Slides {
		for _, b := range s.Blocks() {
			if b.Kind != lessons.KindQuiz || len(b.Args) == 0 {
				continue
			}
			if q, ok := bank.ByID(b.Args[0]); ok && q.Type == typ {
				return i, q
			}
		}
	}
	t.Fatalf("no slide of the course holds a %s question", typ)
	return 0, quiz.Question{}
}

// TestEveryTypeAnsweredLive: on a slide of each question type, a student
// answers with the self-study keys through the screen's real key path,
// sees "answer sent", and the hub grades it right and counts it; the
// projector's reveal then shows the student they were right.
func TestEveryTypeAnsweredLive(t *testing.T) {
	for _, typ := range quiz.Types {
		t.Run(string(typ), func(t *testing.T) {
			m, hub := newTestStudent(t)
			deck := m.slides.Deck()
			n, q := slideOfType(t, deck, typ)
			update := teatesting.Model(m)
			typeKeys(m, "enter") // join without a name (its command waits for frames)
			at := deck.State(navAt(n, deck), zeroTimer, false, zeroTime)
			hub.Publish(classroom.Frame{State: at, Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
			f, _ := hub.Current()
			m.Update(frameMsg{f})
			screen := func() string { return ansi.Strip(m.Content()) }
			if !strings.Contains(screen(), "press enter to send") {
				t.Fatalf("the question does not say how to answer:\n%s", screen())
			}
			card, _ := hub.Card(q.ID)
			teatesting.Press(t, update, teatesting.Keys(padtest.RightKeys(card)...)...)
			if !strings.Contains(screen(), "✓ Answer sent") {
				t.Fatalf("keys %v: no answer sent:\n%s", padtest.RightKeys(card), screen())
			}
			tl := hub.Tally(q.ID)
			if tl.Answered != 1 || tl.Right != 1 || len(tl.Common) != 1 || !tl.Common[0].Correct {
				t.Fatalf("keys %v: tally %+v, want one right answer", padtest.RightKeys(card), tl)
			}
			hub.Publish(classroom.Frame{State: at, Questions: []*classroom.Question{classroom.QuestionFrom(q, true)}})
			f, _ = hub.Current()
			m.Update(frameMsg{f})
			if !strings.Contains(screen(), "✓ You were right") {
				t.Fatalf("after the reveal:\n%s", screen())
			}
		})
	}
}

// TestTypingANumericAnswerKeepsQ: while a numeric answer is typed, q
// types (it does not leave) and the help says ctrl+c leaves.
func TestTypingANumericAnswerKeepsQ(t *testing.T) {
	m, hub := newTestStudent(t)
	deck := m.slides.Deck()
	n, q := slideOfType(t, deck, quiz.NumericType)
	typeKeys(m, "enter")
	hub.Publish(classroom.Frame{State: deck.State(navAt(n, deck), zeroTimer, false, zeroTime), Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	f, _ := hub.Current()
	m.Update(frameMsg{f})
	if msgs := teatesting.Press(t, teatesting.Model(m), teatesting.Key("q")); teatesting.Quits(msgs) {
		t.Fatal("q left the lecture while typing an answer")
	}
	if got := m.selected().pad.Typed(); got != "q" {
		t.Fatalf("typed %q, want q", got)
	}
	if !strings.Contains(tcommon.Hint(m.ShortHelp()), "ctrl+c leave") {
		t.Errorf("footer keys %q do not say how to leave", tcommon.Hint(m.ShortHelp()))
	}
}

// TestRejoiningShowsTheAnswerSent: a student whose connection drops and
// who joins again under the same name finds the answer they sent on the
// card, marked sent, and can still change it.
func TestRejoiningShowsTheAnswerSent(t *testing.T) {
	m, hub := newTestStudent(t)
	deck := m.slides.Deck()
	n, q := slideOfType(t, deck, quiz.Match)
	typeKeys(m, "a", "n", "a", "enter")
	at := deck.State(navAt(n, deck), zeroTimer, false, zeroTime)
	hub.Publish(classroom.Frame{State: at, Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	f, _ := hub.Current()
	m.Update(frameMsg{f})
	card, _ := hub.Card(q.ID)
	typeKeys(m, padtest.RightKeys(card)...)
	m.Leave()

	back := NewStudent(context.Background(), hub, m.slides, "127.0.0.1:10")
	back.Init()
	back.Update(tea.WindowSizeMsg{Width: 120, Height: 60})
	typeKeys(back, "a", "n", "a", "enter")
	f, _ = hub.Current()
	back.Update(frameMsg{f})
	screen := ansi.Strip(back.Content())
	if !strings.Contains(screen, "✓ Answer sent") || !strings.Contains(screen, "→ "+quiz.Letter(slices.Index(card.RightOrder, 0))) || strings.Contains(screen, "→ ?") {
		t.Fatalf("back under the same name, the card lacks the answer sent:\n%s", screen)
	}
	typeKeys(back, "right", "enter") // still open: the answer can change
	if r := hub.Records(); len(r) != 1 || r[0].Changed != 1 {
		t.Fatalf("records %+v, want ana's one answer, changed once", r)
	}
}
