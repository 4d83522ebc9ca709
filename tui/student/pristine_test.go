package student

import (
	"context"
	"strings"
	"testing"
	"unsafe"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/quiz"
	"faultline/tui/components/slideview"
)

// TestUntouchedCardsDrawnOnceForTheRoom: two students at one size shown
// the same question get the same drawing of its card, drawn once; a key
// on one student's card makes it theirs alone, and the other's stays
// untouched.
func TestUntouchedCardsDrawnOnceForTheRoom(t *testing.T) {
	deck := testDeck(t)
	hub := classroom.NewHub(classroom.Config{JoinCode: testCode, MaxStudents: 2})
	slides := slideview.NewSlideRenderer(deck)
	n, q := quizSlide(t, deck)
	if q.Type == quiz.NumericType {
		t.Skip("the first quiz slide asks for a number, whose card is never shared")
	}
	var room []*Student
	for _, name := range []string{"ana", "bo"} {
		m := NewStudent(context.Background(), hub, slides, "127.0.0.1:9")
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 60})
		typeKeys(m, append(strings.Split(name, ""), "enter")...)
		room = append(room, m)
	}
	hub.Publish(classroom.Frame{State: deck.State(navAt(n, deck), zeroTimer, false, zeroTime),
		Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	f, _ := hub.Current()
	for _, m := range room {
		m.Update(frameMsg{f})
	}
	a, b := room[0].questionCard(q.ID, 80), room[1].questionCard(q.ID, 80)
	if a != b || a == "" {
		t.Fatalf("two untouched cards differ:\n%s\n---\n%s", a, b)
	}
	if unsafe.StringData(a) != unsafe.StringData(b) {
		t.Error("the second student drew the untouched card again")
	}

	typeKeys(room[0], "2") // ana picks B
	ana, bo := ansi.Strip(room[0].Content()), ansi.Strip(room[1].Content())
	if !strings.Contains(ana, "(•) B.") && !strings.Contains(ana, "[x] B.") {
		t.Errorf("ana's pick is not on her screen:\n%s", ana)
	}
	if strings.Contains(bo, "(•)") || strings.Contains(bo, "[x]") {
		t.Errorf("ana's pick shows on bo's screen:\n%s", bo)
	}
	typeKeys(room[0], "enter")
	if ana := ansi.Strip(room[0].Content()); !strings.Contains(ana, "✓ Answer sent") {
		t.Errorf("ana's sent answer is not on her screen:\n%s", ana)
	}
	if bo := ansi.Strip(room[1].Content()); strings.Contains(bo, "Answer sent") || strings.Contains(bo, "(•)") {
		t.Errorf("ana's answer shows on bo's screen:\n%s", bo)
	}
}
