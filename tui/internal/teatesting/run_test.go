package teatesting

import (
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"
)

type result string

type frame struct{}

func (frame) IsTick() {}

// TestRunWaitsForSlowCommands: a command slower than any old cut-off still
// yields its message, in the order it was issued.
func TestRunWaitsForSlowCommands(t *testing.T) {
	slow := func() tea.Msg { time.Sleep(50 * time.Millisecond); return result("slow") }
	fast := func() tea.Msg { return result("fast") }
	got := Run(t, tea.Batch(slow, fast))
	if len(got) != 2 || got[0] != result("slow") || got[1] != result("fast") {
		t.Fatalf("got %v, want [slow fast]", got)
	}
	got = Run(t, tea.Sequence(fast, slow))
	if len(got) != 2 || got[0] != result("fast") || got[1] != result("slow") {
		t.Fatalf("sequence: got %v, want [fast slow]", got)
	}
}

// TestRunDropsTicksByType: blinks, our own ticks and terminal requests are
// left out however fast they come; everything else is kept.
func TestRunDropsTicksByType(t *testing.T) {
	c := cursor.New()
	got := Run(t, tea.Batch(
		cursor.Blink,
		func() tea.Msg { return cursor.BlinkMsg{} },
		func() tea.Msg { return frame{} },
		tea.RequestBackgroundColor,
		c.Focus(),
		func() tea.Msg { return result("kept") },
		tea.Quit,
	))
	if len(got) != 2 || got[0] != result("kept") {
		t.Fatalf("got %#v, want only the result and quit", got)
	}
	if _, ok := got[1].(tea.QuitMsg); !ok {
		t.Fatalf("got %#v, want tea.QuitMsg last", got[1])
	}
}

// TestKeyNames: every candidate key's press is spelled as its name, so
// key.Matches sees the key the test meant.
func TestKeyNames(t *testing.T) {
	for _, k := range Candidates {
		if got := Key(k).String(); got != k {
			t.Errorf("Key(%q).String() = %q", k, got)
		}
	}
}

// TestSendFeedsBack: Send delivers what commands yield until none is left.
func TestSendFeedsBack(t *testing.T) {
	var seen []tea.Msg
	update := func(msg tea.Msg) tea.Cmd {
		seen = append(seen, msg)
		if msg == result("first") {
			return func() tea.Msg { return result("second") }
		}
		return nil
	}
	fed := Send(t, update, result("first"))
	if len(seen) != 2 || len(fed) != 1 || fed[0] != result("second") {
		t.Fatalf("seen %v, fed %v", seen, fed)
	}
}
