package notes

import (
	"strings"
	"testing"
	"time"

	"faultline/internal/lecture"
	"faultline/internal/lecture/link"
	"faultline/tui/internal/teatesting"
)

// TestHelpListsEveryKey: with notes longer than the window, every key
// the notes view answers to is on its help line.
func TestHelpListsEveryKey(t *testing.T) {
	d := testDeck(t, "fallacies")
	clk := &clock{t: start}
	st := d.State(lecture.Nav{}, lecture.NewTimer(45*time.Minute, start), false, clk.t)
	st.Notes = strings.Repeat("A speaker's note, one line of many.\n\n", 40)
	teatesting.CheckHelp(t, "notes", func() teatesting.Subject {
		n := newTestNotes(80, 24, clk)
		n.Update(updateMsg(link.Update{State: st, Connected: true}))
		n.Update(keyMsg("down"))
		return teatesting.Subject{Update: teatesting.Model(n), View: n.Content, Help: n.keys}
	}, nil)
}
