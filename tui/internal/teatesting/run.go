// Package teatesting drives faultline's screens in tests the way the
// program would: it runs commands to completion, feeds their messages
// back, and names keys; it also checks that a screen's help lists every
// key the screen answers to.
package teatesting

import (
	"go/token"
	"reflect"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
)

// hang is how long a single command may run before the test fails: far
// longer than any timer of ours, so only a command that never returns
// (a listener on a channel nobody feeds) reaches it.
const hang = 10 * time.Second

// Run runs cmd and every command it batches or sequences to completion and
// returns the messages they yield, batches in the order they were issued,
// sequences in order. Ticks and blinks are left out, told apart by type
// (see Dropped), and so are requests to the terminal; nothing is left out
// for being slow. A command still running after ten seconds fails the test.
func Run(tb testing.TB, cmd tea.Cmd) []tea.Msg {
	tb.Helper()
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(hang):
		tb.Fatalf("a command ran for %v without returning; listeners cannot be run to completion", hang)
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		return runAll(tb, msg, true)
	}
	if seq, ok := sequence(msg); ok {
		return runAll(tb, seq, false)
	}
	if Dropped(msg) {
		return nil
	}
	return []tea.Msg{msg}
}

// runAll runs cmds, at once (a batch) or one after the other (a sequence),
// and returns their messages in the order of cmds.
func runAll(tb testing.TB, cmds []tea.Cmd, concurrently bool) []tea.Msg {
	tb.Helper()
	if !concurrently {
		var out []tea.Msg
		for _, c := range cmds {
			out = append(out, Run(tb, c)...)
		}
		return out
	}
	results := make([][]tea.Msg, len(cmds))
	done := make(chan struct{}, len(cmds))
	for i, c := range cmds {
		go func() {
			defer func() { done <- struct{}{} }()
			results[i] = Run(tb, c)
		}()
	}
	for range cmds {
		<-done
	}
	var out []tea.Msg
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}

var cmdType = reflect.TypeFor[tea.Cmd]()

// sequence returns the commands of a tea.Sequence, whose message type
// Bubble Tea keeps to itself: a slice of commands from its package.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	t := v.Type()
	if t.PkgPath() != teaPkg || t.Kind() != reflect.Slice || t.Elem() != cmdType {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

var (
	teaPkg    = reflect.TypeFor[tea.QuitMsg]().PkgPath()
	cursorPkg = reflect.TypeFor[cursor.BlinkMsg]().PkgPath()
)

// Dropped reports whether Run leaves msg out, by its type: a tick or a
// blink (see isTick), or a request to the terminal (the unexported
// messages of Bubble Tea, such as asking for the background colour),
// which only a running program can answer.
func Dropped(msg tea.Msg) bool {
	if isTick(msg) {
		return true
	}
	t := reflect.TypeOf(msg)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == teaPkg && !token.IsExported(t.Name())
}

// isTick reports whether msg is a timer's, by its type: a cursor blink
// (every message of the cursor package), a spinner tick, or a tick of one
// of our own timers (common.Tick).
func isTick(msg tea.Msg) bool {
	switch msg.(type) {
	case spinner.TickMsg, common.Tick:
		return true
	}
	t := reflect.TypeOf(msg)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == cursorPkg
}
