package presenter

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// newLivePresenter is a presenter over the whole course with students
// following on a fresh hub, on the first slide holding a question of type
// typ, shown to students; it returns that question too.
func newLivePresenter(t *testing.T, typ quiz.Type) (*Presenter, *classroom.Hub, quiz.Question) {
	t.Helper()
	c, bank := loadCourse(t)
	for _, q := range bank.Questions {
		if q.Type != typ {
			continue
		}
		d, err := lecture.NewDeck(c, []string{q.Lesson}) // one lesson: quick to build for each key the help check tries
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range d.Slides {
			for _, b := range s.Blocks() {
				if b.Kind != lessons.KindQuiz || len(b.Args) == 0 || b.Args[0] != q.ID {
					continue
				}
				hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
				clk := &clock{t: start}
				m := New(&common.Context{Styles: theme.New(true), Course: c}, Options{Deck: d, Bank: bank, Now: clk.now,
					Classroom: &Classroom{Hub: hub, Connect: "ssh -p 2299 127.0.0.1", Fingerprint: testFingerprint}})
				m.Update(sizeMsg(100, 30))
				m.ticking = true // as if the clock ticked already: keys start no second-long tick to wait for
				m.move(lecture.Nav{Slide: i, Step: s.Steps})
				m.publishFrame()
				return m, hub, q
			}
		}
	}
	t.Fatalf("no slide holds a %s question", typ)
	return nil, nil, quiz.Question{}
}

// submitAs has a new student named name send r to question id.
func submitAs(t *testing.T, hub *classroom.Hub, name, id string, r quiz.Response) *classroom.Student {
	t.Helper()
	s, err := hub.Join(name, "127.0.0.1:4000")
	if err != nil {
		t.Fatal(err)
	}
	if err := hub.Submit(s, id, r); err != nil {
		t.Fatalf("%s answers %v: %v", name, r, err)
	}
	return s
}

// TestRevealWithoutUsingTheCard: r on a quiz slide reveals the answer at
// once, without enter first, and r again hides it.
func TestRevealWithoutUsingTheCard(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "fallacies")
	m.move(lecture.Nav{Slide: slideWithBlock(t, m, "quiz", "fallacies-3")})
	press(m, "r")
	if got := plain(m); !strings.Contains(got, "Answer: ") || !strings.Contains(got, "r hides it") {
		t.Fatalf("r on the slide does not reveal the answer:\n%s", got)
	}
	press(m, "r")
	if got := plain(m); strings.Contains(got, "Answer: ") || !strings.Contains(got, "answer hidden") {
		t.Fatalf("r again does not hide it:\n%s", got)
	}
	press(m, "enter")
	if got := plain(m); !strings.Contains(got, "r reveals the answer") {
		t.Fatalf("the card in use does not say r reveals:\n%s", got)
	}
}

// TestResultsOfEveryKindOfQuestion: a match and a numeric question
// answered by the class show, on reveal, a bar for right and for wrong
// and the most common answers; the classroom line counts right and wrong.
// Match and order answers are said by the card's keys, under the card's
// items, since in words two answers look alike once cut to a line.
func TestResultsOfEveryKindOfQuestion(t *testing.T) {
	for _, typ := range []quiz.Type{quiz.Match, quiz.NumericType, quiz.Order, quiz.Classify} {
		t.Run(string(typ), func(t *testing.T) {
			m, hub, q := newLivePresenter(t, typ)
			card, _ := hub.Card(q.ID)
			var right, wrong quiz.Response
			switch typ {
			case quiz.Match:
				right, wrong = quiz.MatchResponse{0, 1, 2, 3}[:len(q.Pairs)], quiz.MatchResponse{1, 0, 2, 3}[:len(q.Pairs)]
			case quiz.NumericType:
				right, wrong = quiz.TextResponse(q.Numeric.ValueText()), quiz.TextResponse("1s")
				if q.Numeric.Kind == quiz.Percent {
					wrong = quiz.TextResponse("1%")
				}
			case quiz.Order:
				right, wrong = quiz.OrderResponse{0, 1, 2, 3, 4, 5}[:len(q.Items)], quiz.OrderResponse{1, 0, 2, 3, 4, 5}[:len(q.Items)]
			case quiz.Classify:
				right = quiz.ClassResponse(q.Classes)
				flip := quiz.ClassResponse{}
				for _, d := range quiz.Dimensions {
					flip[d.Name] = q.Classes[d.Name]
				}
				flip["phase"] = map[string]string{"development": "operational", "operational": "development"}[q.Classes["phase"]]
				wrong = flip
			}
			submitAs(t, hub, "ana", q.ID, right)
			submitAs(t, hub, "bo", q.ID, wrong)
			submitAs(t, hub, "cy", q.ID, wrong)
			press(m, "r")
			got := plain(m)
			said := quiz.Describe(card, wrong)
			wrongText := said.Line(typ)
			wants := []string{"Results · question " + q.ID, "✓ right", "✗ wrong", "███", "Most common answers",
				"2  ✗ " + wrongText[:min(len(wrongText), 20)], "1 right · 2 wrong · 3 answered", "1 right 2 wrong"}
			switch typ {
			case quiz.Match:
				wants[5] = "2  ✗ " + strings.Join(said.Keys, ", ")
				wants = append(wants, "1  "+card.Question.Pairs[0].Left, "A  "+card.Question.Pairs[card.RightOrder[0]].Right)
			case quiz.Order:
				wants[5] = "2  ✗ " + strings.Join(said.Keys, ", ")
				wants = append(wants, "A  "+card.Question.Items[card.ItemOrder[0]])
			}
			for _, want := range wants {
				if !strings.Contains(got, want) {
					t.Errorf("results lack %q:\n%s", want, got)
				}
			}
		})
	}
}

// TestCloseReopenReset: c closes the slide's question to answers (the
// students are told), c again reopens it, and x asks, in words, whether
// to forget every answer, saying how many: y forgets them, any other key
// keeps them and says the reset was cancelled.
func TestCloseReopenReset(t *testing.T) {
	m, hub, q := newLivePresenter(t, quiz.Match)
	ana := submitAs(t, hub, "ana", q.ID, quiz.MatchResponse{1, 0, 2, 3}[:len(q.Pairs)])
	right := quiz.MatchResponse{0, 1, 2, 3}[:len(q.Pairs)]
	press(m, "c")
	if f, _ := hub.Current(); firstQuestion(f) == nil || !firstQuestion(f).Closed {
		t.Fatalf("after c students see %+v, want the question closed", firstQuestion(f))
	}
	if got := plain(m); !strings.Contains(got, "answers closed (1 given) · c reopens") || !strings.Contains(got, "answers closed (c reopens)") {
		t.Errorf("c does not say the answers are closed:\n%s", got)
	}
	if err := hub.Submit(ana, q.ID, right); !errors.Is(err, classroom.ErrClosed) {
		t.Fatalf("a change after c: err %v, want ErrClosed", err)
	}
	press(m, "c")
	if f, _ := hub.Current(); firstQuestion(f).Closed {
		t.Fatal("c again leaves the question closed")
	}
	if err := hub.Submit(ana, q.ID, right); err != nil {
		t.Fatalf("a change after reopening: %v", err)
	}
	submitAs(t, hub, "bo", q.ID, right)
	asked := "Reset " + q.ID + "? 2 answers will be lost. y resets · any other key keeps them"
	for _, other := range []string{"n", "x", "esc", "t", "right", "enter"} {
		before := m.Nav()
		press(m, "x")
		if got := plain(m); !strings.Contains(got, asked) || !strings.Contains(got, "Reset the answers? y/n") || hub.Tally(q.ID).Answered != 2 {
			t.Fatalf("x should only ask, saying what is lost:\n%s", got)
		}
		press(m, other)
		if hub.Tally(q.ID).Answered != 2 || m.Nav() != before || m.timer.Paused() {
			t.Fatalf("%s after x reset the answers or did its own work: %+v, at %+v", other, hub.Tally(q.ID), m.Nav())
		}
		if got := plain(m); !strings.Contains(got, "reset cancelled · 2 answers kept") || strings.Contains(got, asked) {
			t.Errorf("%s after x does not say the reset was cancelled:\n%s", other, got)
		}
	}
	press(m, "x", "y")
	if tl := hub.Tally(q.ID); tl.Answered != 0 || len(hub.Records()) != 0 {
		t.Fatalf("x, y left %+v", tl)
	}
	if got := plain(m); !strings.Contains(got, "2 answers forgotten · open again") {
		t.Errorf("x, y does not say so:\n%s", got)
	}
	press(m, "x")
	if got := plain(m); !strings.Contains(got, "Reset "+q.ID+"? no one has answered yet. y resets") {
		t.Errorf("x with no answers does not say none are lost:\n%s", got)
	}
	press(m, "n")
	// The reveal closes answers; c then reopens them and hides the answer.
	press(m, "r")
	if !m.slideQuestion().shown || !hub.Tally(q.ID).Closed {
		t.Fatal("r did not reveal and close")
	}
	press(m, "c")
	if m.slideQuestion().shown || hub.Tally(q.ID).Closed {
		t.Fatal("c after the reveal should reopen answers and hide the answer")
	}
}

// TestQuizCardHelpListsEveryKey: while the quiz card has the keys and
// students follow, every key the presenter answers to is in the help,
// c and x among them; on the slide the lecture's help lists r, c and x.
func TestQuizCardHelpListsEveryKey(t *testing.T) {
	fresh := func(focus bool) func() teatesting.Subject {
		return func() teatesting.Subject {
			m, _, _ := newLivePresenter(t, quiz.Match)
			var h = m.keys
			subject := teatesting.Subject{Update: teatesting.Model(m), View: func() string { return plain(m) }, Help: h}
			if focus {
				press(m, "enter")
				subject.Help = widgetHelp{w: m.Focused(), keys: m.keys}
			}
			return subject
		}
	}
	teatesting.CheckHelp(t, "quiz card in use, students following", fresh(true), nil)
	teatesting.CheckHelp(t, "quiz slide, students following", fresh(false), nil)
	m, _, _ := newLivePresenter(t, quiz.Match)
	press(m, "enter")
	if got := fmt.Sprint(widgetShortHelp(m.Focused(), 100)); !strings.Contains(got, "c close/reopen answers") || !strings.Contains(got, "x reset answers…") {
		t.Errorf("the card's keys under it lack c and x: %s", got)
	}
}
