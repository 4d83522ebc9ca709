package app

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/calculators"
	"faultline/tui/internal/teatesting"
)

// typeAhead gives m the keys named all at once, as a fast typist's keys
// reach the program: all of them before any command an earlier key
// returned has run. It then runs those commands to completion, feeding
// their messages back, and returns the screens on the stack, by type.
func typeAhead(t *testing.T, m *Model, names ...string) []string {
	t.Helper()
	var cmds []tea.Cmd
	for _, k := range names {
		_, cmd := m.Update(keyMsg(k))
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		for _, msg := range teatesting.Run(t, cmd) {
			send(t, m, msg)
		}
	}
	return stackOf(m)
}

// stackOf names the screens on m's stack by type.
func stackOf(m *Model) []string {
	var stack []string
	for _, s := range m.stack {
		stack = append(stack, fmt.Sprintf("%T", s))
	}
	return stack
}

// TestKeysTypedAheadGoToTheScreenTheyOpen: "3 enter" typed at once opens
// the calculators and then the first of them, not the calculators twice;
// "esc esc" from there closes both.
func TestKeysTypedAheadGoToTheScreenTheyOpen(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	open := entryKey(t, m, "Calculators")
	stack := typeAhead(t, m, open, "enter")
	if len(stack) != 3 {
		t.Fatalf("after %q enter typed at once the stack is %v, want home, the calculators, one calculator", open, stack)
	}
	if _, ok := m.top().(*calculators.Nines); !ok {
		t.Fatalf("enter went to %s, want it to open the first calculator (Nines)", stack[2])
	}
	if stack = typeAhead(t, m, "esc", "esc"); len(stack) != 1 {
		t.Fatalf("after esc esc typed at once the stack is %v, want home alone", stack)
	}
}

// TestKeysTypedWhileLoadingKeepTheirOrder: keys typed before the course is
// read wait for it, and then open one screen after the other as above.
func TestKeysTypedWhileLoadingKeepTheirOrder(t *testing.T) {
	c, b := course(t), bank(t)
	m := newLoadingModel(t, func() (*lessons.Course, *quiz.Bank, error) { return c, b, nil })
	m.Update(keyMsg(entryKey(t, m, "Calculators")))
	m.Update(keyMsg("enter"))
	for _, msg := range teatesting.Run(t, m.loadCmd()) {
		send(t, m, msg)
	}
	if _, ok := m.top().(*calculators.Nines); !ok || len(m.stack) != 3 {
		t.Fatalf("keys typed while loading left the stack %v, want home, the calculators, Nines", stackOf(m))
	}
}

// TestHeldKeysDoNotWaitForASlowCommand: a key whose command takes long
// (here one that never answers) holds the keys after it for settleWait
// at most.
func TestHeldKeysDoNotWaitForASlowCommand(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	never := make(chan tea.Msg)
	defer close(never)
	cmd := m.follow(func() tea.Msg { return <-never })
	m.Update(keyMsg(entryKey(t, m, "Calculators")))
	if len(m.stack) != 1 {
		t.Fatal("a key opened a screen while an earlier key's command was running")
	}
	start := time.Now()
	msg := cmd()
	if waited := time.Since(start); waited > 5*settleWait {
		t.Fatalf("the slow command held keys for %v", waited)
	}
	slow, ok := msg.(slowMsg)
	if !ok {
		t.Fatalf("a command that never answers gave %T, want slowMsg", msg)
	}
	m.Update(slow)
	if len(m.held) != 0 {
		t.Fatalf("%d keys still held after the slow command's wait", len(m.held))
	}
}
