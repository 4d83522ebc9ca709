package quizscreen

import (
	"testing"

	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey: for every type of question, while answering,
// after the answer and on the score, and on the picker, every key the
// screen answers to is in its full help.
func TestHelpListsEveryKey(t *testing.T) {
	ctx := newCtx(t, "")
	clk := newClock()
	check := func(name string, setup func() common.Screen, skip func(string) bool) {
		fresh := func() teatesting.Subject {
			s := setup()
			return teatesting.Subject{Update: s.Update, View: s.View, Help: s}
		}
		teatesting.CheckHelp(t, name, fresh, skip)
	}
	for _, typ := range []quiz.Type{quiz.Single, quiz.Multi, quiz.TrueFalse, quiz.NumericType, quiz.Classify, quiz.Order, quiz.Match} {
		skip := teatesting.Global
		if typ == quiz.NumericType {
			skip = teatesting.Typing
		}
		check(string(typ)+", answering", func() common.Screen {
			m, _ := oneQuestion(t, ctx, typ, clk.now)
			press(t, ctx, m, "down") // a cursor that can move both ways
			return m
		}, skip)
		check(string(typ)+", answered right", func() common.Screen {
			m, _ := oneQuestion(t, ctx, typ, clk.now)
			press(t, ctx, m, solve(t, m)...)
			return m
		}, teatesting.Global)
	}
	_, bank := content(t)
	check("score with mistakes", func() common.Screen {
		m := New(ctx, "Test", bank.Questions[:2], Options{Seed: 1, Now: clk.now})
		m.SetSize(100, 30)
		for range 2 {
			press(t, ctx, m, miss(t, m)...)
			press(t, ctx, m, "n")
		}
		return m
	}, teatesting.Global)
	check("score without mistakes", func() common.Screen {
		m, _ := oneQuestion(t, ctx, quiz.Single, clk.now)
		press(t, ctx, m, solve(t, m)...)
		press(t, ctx, m, "n")
		return m
	}, teatesting.Global)
	check("picker", func() common.Screen {
		p := NewPicker(ctx, bank, Options{Seed: 1, Now: clk.now})
		p.SetSize(100, 30)
		press(t, ctx, p, "down")
		return p
	}, teatesting.Global)
}
