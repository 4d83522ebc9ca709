package lessondone

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// fixture is the fallacies lesson read to its end, two of its checks
// answered (one missed), and its quiz taken twice.
func fixture(t *testing.T) (*common.Context, lessons.Lesson) {
	t.Helper()
	c, b := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Bank: b, Progress: progress.NewState()}
	l, _ := c.Lesson("fallacies")
	at := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	for i, s := range l.Sections {
		ctx.Progress.MarkRead(l.ID, s.ID, i, len(l.Sections), at)
	}
	ctx.Progress.SetRecord("fallacies-2", quiz.Schedule(quiz.Record{}, true, at))
	ctx.Progress.SetRecord("fallacies-3", quiz.Schedule(quiz.Record{}, false, at))
	ctx.Progress.RecordAttempt(l.ID, quiz.Attempt{Correct: 8, Total: 10, Points: 8})
	ctx.Progress.RecordAttempt(l.ID, quiz.Attempt{Correct: 6, Total: 10, Points: 6.5})
	return ctx, l
}

// TestGolden draws the lesson-complete screen at 80×24 without styling.
func TestGolden(t *testing.T) {
	ctx, l := fixture(t)
	m := New(ctx, l)
	m.SetSize(80, 24)
	golden.RequireEqual(t, []byte(ansi.Strip(m.View())))
}

// TestChoicesLeadOn checks the three ways on: the lesson's quiz, scored;
// the missed questions, not scored; the next lesson.
func TestChoicesLeadOn(t *testing.T) {
	ctx, l := fixture(t)
	m := New(ctx, l)
	m.SetSize(80, 24)
	msgs := teatesting.Run(t, m.Update(teatesting.Key("enter")))
	q, ok := one(t, msgs).(common.OpenQuizMsg)
	if !ok || q.Scored != "fallacies" || len(q.Questions) != len(ctx.Bank.ByLesson("fallacies")) {
		t.Fatalf("enter on the first choice sent %#v, want the lesson's quiz, scored", msgs)
	}
	msgs = teatesting.Run(t, m.Update(teatesting.Key("2")))
	q, ok = one(t, msgs).(common.OpenQuizMsg)
	if !ok || q.Scored != "" || len(q.Questions) != 1 || q.Questions[0].ID != "fallacies-3" {
		t.Fatalf("2 sent %#v, want the one missed question, not scored", msgs)
	}
	msgs = teatesting.Run(t, m.Update(teatesting.Key("3")))
	if next, ok := one(t, msgs).(common.NextLessonMsg); !ok || next.Lesson != "designing" {
		t.Fatalf("3 sent %#v, want the next lesson", msgs)
	}
	if msgs := teatesting.Run(t, m.Update(teatesting.Key("esc"))); len(msgs) != 1 || msgs[0] != (common.BackMsg{}) {
		t.Errorf("esc sent %v, want back", msgs)
	}
}

// TestNothingMissedDoesNothing checks that with no missed question the
// review choice is shown as empty and does nothing.
func TestNothingMissedDoesNothing(t *testing.T) {
	ctx, l := fixture(t)
	delete(ctx.Progress.Quiz, "fallacies-3")
	m := New(ctx, l)
	m.SetSize(80, 24)
	if msgs := teatesting.Run(t, m.Update(teatesting.Key("2"))); len(msgs) != 0 {
		t.Errorf("2 with nothing missed sent %v", msgs)
	}
}

// TestHelpListsEveryKey checks that every key the screen answers to is in
// its help.
func TestHelpListsEveryKey(t *testing.T) {
	ctx, l := fixture(t)
	teatesting.CheckHelp(t, "lesson complete", func() teatesting.Subject {
		m := New(ctx, l)
		m.SetSize(80, 24)
		return teatesting.Subject{Update: m.Update, View: m.View, Help: m}
	}, teatesting.Global)
}

// one returns the only message of msgs.
func one(t *testing.T, msgs []tea.Msg) tea.Msg {
	t.Helper()
	if len(msgs) != 1 {
		t.Fatalf("got %d messages %v, want one", len(msgs), msgs)
	}
	return msgs[0]
}
