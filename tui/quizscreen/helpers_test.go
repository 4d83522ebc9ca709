package quizscreen

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/internal/padtest"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// content is the built-in course and quiz bank, loaded once per test binary.
func content(t testing.TB) (*lessons.Course, *quiz.Bank) {
	t.Helper()
	return coursetest.Course(t)
}

// newCtx returns a context with no saved progress, saving under dir when
// dir is not empty.
func newCtx(t testing.TB, dir string) *common.Context {
	t.Helper()
	c, _ := content(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	if dir != "" {
		ctx.Store = progress.Open(dir + "/progress.json")
	}
	return ctx
}

// clock is a settable clock for the screens.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// newClock starts at a fixed morning.
func newClock() *clock { return &clock{t: time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)} }

// run runs cmd to completion, and every command it leads to, applying
// saves to ctx the way the root does, and returns the navigation messages
// it produced.
func run(tb testing.TB, ctx *common.Context, cmd tea.Cmd) []tea.Msg {
	tb.Helper()
	var out []tea.Msg
	for _, msg := range teatesting.Run(tb, cmd) {
		switch msg := msg.(type) {
		case common.ProgressSavedMsg:
			if msg.Err == nil {
				ctx.Progress = msg.State
			}
		case common.OpenMsg, common.OpenLessonMsg, common.BackMsg:
			out = append(out, msg)
		}
	}
	return out
}

// press sends keys to a screen, running what they return; it returns the
// navigation messages produced.
func press(tb testing.TB, ctx *common.Context, s common.Screen, names ...string) []tea.Msg {
	tb.Helper()
	var out []tea.Msg
	for _, k := range names {
		out = append(out, run(tb, ctx, s.Update(keyMsg(k)))...)
	}
	return out
}

// keyMsg is the press of the key named k, as key bindings name it.
func keyMsg(k string) tea.KeyPressMsg { return teatesting.Key(k) }

// typeText types s one rune at a time.
func typeText(tb testing.TB, ctx *common.Context, s common.Screen, text string) {
	tb.Helper()
	for _, r := range text {
		press(tb, ctx, s, string(r))
	}
}

// plain is what the student sees, without styling.
func plain(s common.Screen) string { return ansi.Strip(s.View()) }

// oneQuestion returns a quiz screen over the first question of type typ
// (for numeric, the first asking for a duration)
// in the bank, sized 100×30.
func oneQuestion(t *testing.T, ctx *common.Context, typ quiz.Type, now func() time.Time) (*Model, quiz.Question) {
	t.Helper()
	_, bank := content(t)
	for _, q := range bank.Questions {
		// The numeric tests type durations, so they take a duration question.
		if q.Type == typ && (typ != quiz.NumericType || q.Numeric.Kind == quiz.Duration) {
			m := New(ctx, "Test", []quiz.Question{q}, Options{Seed: 1, Now: now})
			m.SetSize(100, 30)
			return m, q
		}
	}
	t.Fatalf("no %s question in the bank", typ)
	return nil, quiz.Question{}
}

// solve returns the keys that answer the current card of m right,
// submit included.
func solve(t *testing.T, m *Model) []string {
	t.Helper()
	card, ok := m.session.Current()
	if !ok {
		t.Fatal("no question to solve")
	}
	return padtest.RightKeys(card)
}

// numericAnswer is the exact answer of a numeric question as a student
// would type it.
func numericAnswer(q quiz.Question) string {
	if q.Numeric.Kind == quiz.Duration {
		return calc.FormatDuration(q.Numeric.Duration)
	}
	return q.Numeric.Availability.String()
}

// miss returns keys that answer the current card of m wrong.
func miss(t *testing.T, m *Model) []string {
	t.Helper()
	card, _ := m.session.Current()
	q := card.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		for i, c := range q.Choices {
			if !c.Correct {
				return []string{string(rune('a' + i)), "enter"}
			}
		}
	case quiz.TrueFalse:
		return []string{map[bool]string{true: "f", false: "t"}[q.Answer], "enter"}
	case quiz.NumericType:
		return []string{"1", "s", "enter"}
	case quiz.Classify:
		return []string{"1", "down", "1", "down", "1", "down", "1", "down", "1", "down", "1", "enter"}
	case quiz.Order:
		return []string{"enter"} // sessions never show items in the right order
	case quiz.Match:
		n := len(q.Pairs)
		var ks []string
		for i := range n {
			ks = append(ks, string(rune('a'+(slices.Index(card.RightOrder, i)+1)%n)))
		}
		return append(ks, "enter")
	}
	t.Fatalf("cannot miss a %s question", q.Type)
	return nil
}
