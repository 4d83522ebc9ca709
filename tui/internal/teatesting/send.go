package teatesting

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// maxSteps bounds the messages one Send delivers, so a command that keeps
// answering with another (a loop) fails instead of running forever.
const maxSteps = 500

// Send delivers msg to update, then every message its commands yield, and
// theirs in turn, the way the program would, until nothing is left: a
// screen opened, a save done. It returns the messages fed back, msg not
// included. update is a screen's Update or a model's, adapted with Model.
func Send(tb testing.TB, update func(tea.Msg) tea.Cmd, msg tea.Msg) []tea.Msg {
	tb.Helper()
	var fed []tea.Msg
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps == maxSteps {
			tb.Fatalf("still delivering messages after %d: a command loop? next %T", maxSteps, queue[0])
		}
		next := queue[0]
		queue = queue[1:]
		if steps > 0 {
			fed = append(fed, next)
		}
		if _, ok := next.(tea.QuitMsg); ok {
			continue // the program would stop here
		}
		queue = append(queue, Run(tb, update(next))...)
	}
	return fed
}

// Press sends each key in turn with Send and returns every message fed
// back.
func Press(tb testing.TB, update func(tea.Msg) tea.Cmd, keys ...tea.KeyPressMsg) []tea.Msg {
	tb.Helper()
	var out []tea.Msg
	for _, k := range keys {
		out = append(out, Send(tb, update, k)...)
	}
	return out
}

// Model adapts a tea.Model's Update to the form Send takes.
func Model(m tea.Model) func(tea.Msg) tea.Cmd {
	return func(msg tea.Msg) tea.Cmd {
		_, cmd := m.Update(msg)
		return cmd
	}
}

// Quits reports whether msgs hold tea.QuitMsg.
func Quits(msgs []tea.Msg) bool {
	for _, m := range msgs {
		if _, ok := m.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}
