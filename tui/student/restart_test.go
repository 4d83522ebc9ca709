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
	"faultline/quiz"
	"faultline/tui/internal/padtest"
)

// TestReturningAfterRestartShowsTheAnswerSent: a student answers a match
// question, the presenter restarts with --resume (a new hub given the
// old one's Snapshot), and the student who joins again under the same
// name finds the answer on the card, marked sent, still open to change.
func TestReturningAfterRestartShowsTheAnswerSent(t *testing.T) {
	m, hub := newTestStudent(t)
	deck := m.slides.Deck()
	n, q := slideOfType(t, deck, quiz.Match)
	typeKeys(m, "a", "n", "a", "enter")
	at := deck.State(navAt(n, deck), zeroTimer, false, zeroTime)
	frame := classroom.Frame{State: at, Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}}
	hub.Publish(frame)
	f, _ := hub.Current()
	m.Update(frameMsg{f})
	card, _ := hub.Card(q.ID)
	typeKeys(m, padtest.RightKeys(card)...)
	m.Leave()

	_, bank := coursetest.Course(t)
	hub2 := classroom.NewHub(classroom.Config{JoinCode: testCode, Answers: hub.Snapshot(), Bank: bank.ByID})
	hub2.Publish(frame)
	back := NewStudent(context.Background(), hub2, m.slides, "127.0.0.1:10")
	back.Init()
	back.Update(tea.WindowSizeMsg{Width: 120, Height: 60})
	typeKeys(back, "a", "n", "a", "enter")
	f, _ = hub2.Current()
	back.Update(frameMsg{f})
	screen := ansi.Strip(back.Content())
	if !strings.Contains(screen, "✓ Answer sent") || !strings.Contains(screen, "→ "+quiz.Letter(slices.Index(card.RightOrder, 0))) || strings.Contains(screen, "→ ?") {
		t.Fatalf("back after the restart, the card lacks the answer sent:\n%s", screen)
	}
	typeKeys(back, "right", "enter")
	if r := hub2.Records(); len(r) != 1 || r[0].Changed != 1 || r[0].Student != "ana" {
		t.Fatalf("records %+v, want ana's one answer, changed once", r)
	}
}
