package app

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"faultline/internal/progress"
	"faultline/tui/internal/teatesting"
)

// TestProgramEndToEnd runs the course in a real Bubble Tea program, as a
// student starts it: the home screen draws, enter opens the lessons and
// then the first lesson, esc twice goes home, which offers to continue
// the lesson once the reader's save has landed, and q quits there with
// the progress on disk.
func TestProgramEndToEnd(t *testing.T) {
	dir := t.TempDir()
	opt := Options{Course: course(t), Bank: bank(t), Store: progress.Open(dir + "/progress.json")}
	ctx, _ := NewContext(opt)
	tm := teatest.NewTestModel(t, New(ctx, opt.Config),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.NoTTY)))
	shows := func(want string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
			teatest.WithDuration(10*time.Second))
	}
	shows("The fundamentals of distributed systems")
	tm.Send(teatesting.Key("enter"))
	first := course(t).Lessons[0]
	shows(first.Summary)
	tm.Send(teatesting.Key("enter"))
	shows(first.Sections[0].Title)
	tm.Send(teatesting.Key("esc"))
	tm.Send(teatesting.Key("esc"))
	shows("Continue: " + first.Title)
	tm.Send(teatesting.Key("q"))

	m := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*Model)
	if got := m.Top().Title(); got != "Home" {
		t.Errorf("on quitting the top screen is %q, want Home", got)
	}
	st, _, err := progress.Open(dir + "/progress.json").Load()
	if err != nil {
		t.Fatal(err)
	}
	if st.Last.Lesson != first.ID {
		t.Errorf("saved progress is on lesson %q, want %q: the reader's save did not complete", st.Last.Lesson, first.ID)
	}
}
