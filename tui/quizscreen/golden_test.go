package quizscreen

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"faultline/quiz"
	"faultline/tui/common"
)

// question returns a quiz screen over the bank question id, at 100×30.
func question(t *testing.T, ctx *common.Context, ids ...string) *Model {
	t.Helper()
	_, bank := content(t)
	var qs []quiz.Question
	for _, id := range ids {
		q, ok := bank.ByID(id)
		if !ok {
			t.Fatalf("no question %s in the bank", id)
		}
		qs = append(qs, q)
	}
	m := New(ctx, "Test", qs, Options{Seed: 7, Now: newClock().now})
	m.SetSize(100, 30)
	return m
}

// TestGolden draws a question, its feedback, the final score and the
// picker at 100×30 without styling.
func TestGolden(t *testing.T) {
	_, bank := content(t)
	tests := []struct {
		name  string
		build func(t *testing.T, ctx *common.Context) common.Screen
	}{
		{"single_question", func(t *testing.T, ctx *common.Context) common.Screen {
			m := question(t, ctx, "fallacies-3")
			press(t, ctx, m, "b")
			return m
		}},
		{"single_feedback_wrong", func(t *testing.T, ctx *common.Context) common.Screen {
			m := question(t, ctx, "fallacies-3")
			press(t, ctx, m, miss(t, m)...)
			return m
		}},
		{"match_question", func(t *testing.T, ctx *common.Context) common.Screen {
			m := question(t, ctx, "fallacies-1")
			press(t, ctx, m, "b", "right")
			return m
		}},
		{"match_feedback", func(t *testing.T, ctx *common.Context) common.Screen {
			m := question(t, ctx, "fallacies-1")
			press(t, ctx, m, miss(t, m)...)
			return m
		}},
		{"numeric_question", func(t *testing.T, ctx *common.Context) common.Screen {
			m, _ := oneQuestion(t, ctx, quiz.NumericType, nil)
			typeText(t, ctx, m, "21")
			press(t, ctx, m, "enter")
			return m
		}},
		{"classify_feedback", func(t *testing.T, ctx *common.Context) common.Screen {
			m, _ := oneQuestion(t, ctx, quiz.Classify, nil)
			press(t, ctx, m, miss(t, m)...)
			return m
		}},
		{"order_feedback", func(t *testing.T, ctx *common.Context) common.Screen {
			m, _ := oneQuestion(t, ctx, quiz.Order, nil)
			press(t, ctx, m, miss(t, m)...)
			return m
		}},
		{"final_score", func(t *testing.T, ctx *common.Context) common.Screen {
			m := New(ctx, "Fallacies", bank.ByLesson("fallacies"), Options{Seed: 7, Now: newClock().now})
			m.SetSize(100, 30)
			for i := 0; !m.Finished(); i++ {
				ks := solve(t, m)
				if i%3 == 0 {
					ks = miss(t, m)
				}
				press(t, ctx, m, ks...)
				press(t, ctx, m, "enter")
			}
			press(t, ctx, m, "down")
			return m
		}},
		{"picker", func(t *testing.T, ctx *common.Context) common.Screen {
			clk := newClock()
			m := New(ctx, "Fallacies", bank.ByLesson("fallacies"), Options{Seed: 7, Now: clk.now, Lesson: "fallacies"})
			for i := 0; !m.Finished(); i++ {
				ks := solve(t, m)
				if i%4 == 0 {
					ks = miss(t, m)
				}
				press(t, ctx, m, ks...)
				press(t, ctx, m, "enter")
			}
			clk.t = clk.t.AddDate(0, 0, 1)
			p := NewPicker(ctx, bank, Options{Seed: 7, Now: clk.now})
			p.SetSize(100, 30)
			return p
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.build(t, newCtx(t, ""))
			golden.RequireEqual(t, []byte(ansi.Strip(s.View())))
		})
	}
}
