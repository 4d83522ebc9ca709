package student

import (
	"context"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/quiz"
	"faultline/tui/components/slideview"
	"faultline/tui/internal/teatesting"
)

// newTestStudent is a student model at 120×60 on a fresh hub.
func newTestStudent(t *testing.T) (*Student, *classroom.Hub) {
	t.Helper()
	deck := testDeck(t)
	hub := classroom.NewHub(classroom.Config{JoinCode: testCode, MaxStudents: 1})
	m := NewStudent(context.Background(), hub, slideview.NewSlideRenderer(deck), "127.0.0.1:9")
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 60})
	return m, hub
}

// typeKeys presses each key, running no commands.
func typeKeys(m *Student, keys ...string) {
	for _, k := range keys {
		m.Update(teatesting.Key(k))
	}
}

// TestStudentFlow walks a student through the name, a slide, a
// single-choice question answered with the self-study keys, a change, the
// reveal and the end, checking the screen at each step.
func TestStudentFlow(t *testing.T) {
	m, hub := newTestStudent(t)
	deck := m.slides.Deck()
	n, q := quizSlide(t, deck)
	screen := func() string { return ansi.Strip(m.Content()) }
	// A wrong choice to pick, wherever the deal puts the right one.
	right := classroom.QuestionFrom(q, true).Correct[0]
	wrong := (right + 1) % len(q.Choices)
	card := quiz.Deal(q, quiz.ShownSeed)
	wrongText := quiz.Letter(wrong) + ". " + card.Question.Choices[wrong].Text
	rightText := quiz.Letter(right) + ". " + card.Question.Choices[right].Text

	if !strings.Contains(screen(), "What name should the presenter see?") {
		t.Fatalf("no name prompt:\n%s", screen())
	}
	if s := strings.Join(strings.Fields(screen()), " "); !strings.Contains(s, "Who sees it: the presenter") || !strings.Contains(s, "lecture's results") {
		t.Errorf("the name prompt does not say who sees the name:\n%s", screen())
	}
	typeKeys(m, "z", "o", "enter")
	if m.Name() != "zo" || hub.Students() != 1 {
		t.Fatalf("joined as %q, hub has %d", m.Name(), hub.Students())
	}
	if !strings.Contains(screen(), "Waiting for the presenter") {
		t.Errorf("before any frame:\n%s", screen())
	}
	at := deck.State(navAt(n, deck), zeroTimer, false, zeroTime)
	steps := []struct {
		name  string
		frame *classroom.Frame
		keys  []string
		want  string
	}{
		{"question", &classroom.Frame{State: at, Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}}, nil, "then press enter to send"},
		{"picked, not sent", nil, []string{strconv.Itoa(wrong + 1)}, "(•) " + quiz.Letter(wrong) + "."},
		{"sent", nil, []string{"enter"}, "✓ Answer sent: " + wrongText},
		{"sent in the footer", nil, nil, "✓ sent"},
		{"changed, not sent", nil, []string{strings.ToLower(quiz.Letter(right))}, "Changed, not sent yet: enter sends it"},
		{"changed in the footer", nil, nil, "changed · enter sends"},
		{"changed and sent", nil, []string{"enter"}, "✓ Answer changed and sent: " + rightText},
		{"back to the wrong one", nil, []string{strconv.Itoa(wrong + 1), "enter"}, "✓ Answer changed and sent"},
		{"closed", nil, nil, ""}, // closed below
		{"reveal", &classroom.Frame{State: at, Questions: []*classroom.Question{classroom.QuestionFrom(q, true)}}, nil, "✗ Not this time; you answered: " + wrongText},
		{"verdict in the footer", nil, nil, "✗ not right"},
		{"keys do nothing after the reveal", nil, []string{strconv.Itoa(right + 1), "enter"}, "✗ Not this time"},
		{"blank", &classroom.Frame{State: deck.State(navAt(n, deck), zeroTimer, true, zeroTime)}, nil, "blanked the screen"},
	}
	for _, s := range steps {
		if s.name == "closed" {
			if err := hub.CloseQuestion(q.ID); err != nil {
				t.Fatal(err)
			}
			hub.Publish(classroom.Frame{State: at, Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
			f, _ := hub.Current()
			m.Update(frameMsg{f})
			typeKeys(m, strconv.Itoa(right+1), "enter")
			if !strings.Contains(screen(), "Answers are closed; you sent: "+wrongText) {
				t.Errorf("closed: screen lacks the closed note:\n%s", screen())
			}
			continue
		}
		if s.frame != nil {
			hub.Publish(*s.frame)
			f, _ := hub.Current()
			m.Update(frameMsg{f})
		}
		typeKeys(m, s.keys...)
		if !strings.Contains(screen(), s.want) {
			t.Errorf("%s: screen lacks %q:\n%s", s.name, s.want, screen())
		}
	}
	if tl := hub.Tally(q.ID); tl.Answered != 1 || tl.Counts[wrong] != 1 || tl.Wrong != 1 {
		t.Errorf("tally %+v, want one wrong answer for %s", tl, quiz.Letter(wrong))
	}
	if r := hub.Records(); len(r) != 1 || r[0].Changed != 2 || r[0].Answer != wrongText {
		t.Errorf("records %+v, want zo's %q, changed twice", r, wrongText)
	}

	hub.Close()
	f, _ := hub.Current()
	if _, cmd := m.Update(frameMsg{f}); cmd == nil || !strings.Contains(m.Goodbye(), "goodbye") {
		t.Errorf("closing frame: cmd %v, goodbye %q", cmd, m.Goodbye())
	}
	m.Leave()
	if hub.Students() != 0 {
		t.Errorf("hub still has %d students after Leave", hub.Students())
	}
}

// TestStudentFull says so when the hub has no room.
func TestStudentFull(t *testing.T) {
	m, hub := newTestStudent(t)
	if _, err := hub.Join("first", "127.0.0.1:1"); err != nil {
		t.Fatal(err)
	}
	typeKeys(m, "enter")
	if !strings.Contains(m.Goodbye(), "the lecture is full") || !strings.Contains(ansi.Strip(m.Content()), "full") {
		t.Errorf("goodbye %q, screen:\n%s", m.Goodbye(), ansi.Strip(m.Content()))
	}
}

// TestStudentMonkey feeds random keys, sizes and frames; the screen must
// always fit the window and nothing may panic.
func TestStudentMonkey(t *testing.T) {
	m, hub := newTestStudent(t)
	deck := m.slides.Deck()
	rng := rand.New(rand.NewPCG(8, 8))
	keys := []string{"1", "2", "a", "j", "k", "x", "t", "J", "enter", "esc", "space", "pgdown", "pgup", "down"}
	typeKeys(m, "enter")
	w, h := 120, 60
	for i := range 2000 {
		switch rng.IntN(6) {
		case 0:
			w, h = 1+rng.IntN(150), 1+rng.IntN(60)
			m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		case 1:
			hub.Publish(classroom.Frame{State: deck.State(navAt(rng.IntN(deck.Len()), deck), zeroTimer, rng.IntN(9) == 0, zeroTime)})
			f, _ := hub.Current()
			m.Update(frameMsg{f})
		default:
			typeKeys(m, keys[rng.IntN(len(keys))])
		}
		lines := strings.Split(m.Content(), "\n")
		if len(lines) > h {
			t.Fatalf("step %d: %d lines in a %d-line window", i, len(lines), h)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Fatalf("step %d: a line %d wide in a %d-column window", i, ansi.StringWidth(l), w)
			}
		}
	}
}

// Zero clock values: frames in these tests carry no timer.
var (
	zeroTimer lecture.Timer
	zeroTime  time.Time
)

// navAt is slide n with all its items revealed.
func navAt(n int, deck *lecture.Deck) lecture.Nav {
	return lecture.Nav{Slide: n, Step: deck.Slides[n].Steps}
}

// TestFooterKeepsKeysOnANarrowScreen checks that at 80 columns, on a
// question slide of a lesson with a long title, the footer still says how
// to answer and how to leave.
func TestFooterKeepsKeysOnANarrowScreen(t *testing.T) {
	m, hub := newTestStudent(t)
	deck := m.slides.Deck()
	n, q := quizSlide(t, deck)
	typeKeys(m, "enter")
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	hub.Publish(classroom.Frame{State: deck.State(navAt(n, deck), zeroTimer, false, zeroTime), Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	f, _ := hub.Current()
	m.Update(frameMsg{f})
	lines := strings.Split(ansi.Strip(m.Content()), "\n")
	footer := lines[len(lines)-1]
	for _, want := range []string{"pick", "enter send", "q leave"} {
		if !strings.Contains(footer, want) {
			t.Errorf("footer %q lacks %q", footer, want)
		}
	}
}

// TestQuestionComesIntoView checks that at 80×24 a question below the
// fold is scrolled into view when it arrives, and that scrolling down
// stops at the slide's end, so one ↑ moves back at once.
func TestQuestionComesIntoView(t *testing.T) {
	m, hub := newTestStudent(t)
	deck := m.slides.Deck()
	n, q := quizSlide(t, deck)
	typeKeys(m, "enter")
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	hub.Publish(classroom.Frame{State: deck.State(navAt(n, deck), zeroTimer, false, zeroTime), Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	f, _ := hub.Current()
	m.Update(frameMsg{f})
	screen := ansi.Strip(m.Content())
	for _, want := range []string{"( ) A.", "press enter to send"} {
		if !strings.Contains(screen, want) {
			t.Errorf("question slide at 80×24 lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "↓ more") && !strings.Contains(screen, "pgdn scrolls") {
		t.Errorf("while the question takes the arrows, the cut slide names another key to scroll:\n%s", screen)
	}
	for range 100 {
		m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	bottom := ansi.Strip(m.Content())
	m.Update(tea.KeyPressMsg{Code: tea.KeyPgUp})
	if ansi.Strip(m.Content()) == bottom {
		t.Error("after scrolling past the end, one pgup does not move the slide")
	}
}
