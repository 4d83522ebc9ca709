package scenarios

import (
	"testing"

	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey: on the list, and in the player live, on its
// summary and in its parameter form, every key the screen answers to is
// in its full help. The form takes typed values, so typing is skipped
// there.
func TestHelpListsEveryKey(t *testing.T) {
	check := func(name string, setup func() common.Screen, skip func(string) bool) {
		teatesting.CheckHelp(t, name, func() teatesting.Subject {
			s := setup()
			return teatesting.Subject{Update: s.Update, View: s.View, Help: s}
		}, skip)
	}
	check("list", func() common.Screen {
		l := NewList(testContext())
		l.SetSize(100, 30)
		press(l, "down")
		return l
	}, teatesting.Global)
	for _, state := range []struct {
		name string
		keys []string
		skip func(string) bool
	}{
		{"player", []string{"."}, teatesting.Global},
		{"player, summary", []string{".", "S"}, teatesting.Global},
		{"player, parameters", []string{"e", "down"}, teatesting.Typing},
	} {
		check(state.name, func() common.Screen {
			p := newTestPlayer(t, "hot-standby", 100, 30)
			press(p, state.keys...)
			return p
		}, state.skip)
	}
}
