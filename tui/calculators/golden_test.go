package calculators

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"faultline/tui/common"
)

// TestGolden draws every calculator at 100×30 in a few telling states.
func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		build func() common.Screen
	}{
		{"menu", func() common.Screen { return New(testCtx()) }},
		{"nines", func() common.Screen { return NewNines(testCtx(), "99.95", "28d") }},
		{"nines_invalid", func() common.Screen {
			m := NewNines(testCtx(), "99.95", "")
			typeText(m, "x")
			return m
		}},
		{"budget", func() common.Screen { return NewBudget(testCtx(), "5m", "month") }},
		{"budget_custom", func() common.Screen { return NewBudget(testCtx(), "1h", "28d") }},
		{"mtbf", func() common.Screen { return NewMTBF(testCtx(), "30d", "4h") }},
		{"compose_lb_web_db", func() common.Screen { return NewCompose(testCtx(), Presets[0].Expr) }},
		{"compose_quorum", func() common.Screen { return NewCompose(testCtx(), Presets[1].Expr) }},
		{"compose_chain_whatif", func() common.Screen {
			m := NewCompose(testCtx(), Presets[2].Expr)
			keys(m, "+")
			return m
		}},
		{"compose_third_web", func() common.Screen {
			m := NewCompose(testCtx(), Presets[0].Expr)
			keys(m, "right", "p")
			return m
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sized(tt.build(), 100, 30)
			golden.RequireEqual(t, []byte(ansi.Strip(s.View())))
		})
	}
}

// TestGolden80x24 checks the composer at 80×24 with a diagram wider than
// the screen: it scrolls to keep the selection in view.
func TestGolden80x24(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 * b:99.9 * c:99.9 * d:99.9 * e:99.9 * f:99.9 * g:99.9 * h:99.9 * i:99.9"), 80, 24)
	for range 8 {
		keys(m, "right")
	}
	golden.RequireEqual(t, []byte(ansi.Strip(m.View())))
}
