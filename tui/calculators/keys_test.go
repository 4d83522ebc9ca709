package calculators

import (
	"testing"

	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey: in each calculator and each of its states, every
// key the screen answers to is in its full help. Typing into a focused
// field is the field's; the root's keys reach only capturing screens.
func TestHelpListsEveryKey(t *testing.T) {
	states := []struct {
		name string
		new  func() common.Screen
		keys []string
	}{
		{"menu", func() common.Screen { return New(testCtx()) }, []string{"down"}},
		{"nines, availability", func() common.Screen { return NewNines(testCtx(), "99.9", "") }, nil},
		{"nines, window", func() common.Screen { return NewNines(testCtx(), "99.9", "30d") }, []string{"tab"}},
		{"budget, budget", func() common.Screen { return NewBudget(testCtx(), "5m", "") }, nil},
		{"budget, period", func() common.Screen { return NewBudget(testCtx(), "5m", "") }, []string{"tab"}},
		{"mtbf", func() common.Screen { return NewMTBF(testCtx(), "30d", "4h") }, nil},
		{"compose, diagram", func() common.Screen { return NewCompose(testCtx(), "a:99.9 * b:99.9 * c:99.9") }, []string{"right"}},
		{"compose, expression", func() common.Screen { return NewCompose(testCtx(), "a:99.9 * b:99.9") }, []string{"tab"}},
		{"compose, renaming", func() common.Screen { return NewCompose(testCtx(), "a:99.9 * b:99.9") }, []string{"r"}},
	}
	for _, s := range states {
		fresh := func() teatesting.Subject {
			sc := sized(s.new(), 100, 30)
			keys(sc, s.keys...)
			return teatesting.Subject{Update: sc.Update, View: sc.View, Help: sc}
		}
		skip := teatesting.Global
		if capturing(sized(s.new(), 100, 30), s.keys) {
			skip = teatesting.Typing
		}
		teatesting.CheckHelp(t, s.name, fresh, skip)
	}
}

// capturing reports whether sc takes every key after keys.
func capturing(sc common.Screen, names []string) bool {
	keys(sc, names...)
	c, ok := sc.(common.Capturing)
	return ok && c.Capturing()
}
