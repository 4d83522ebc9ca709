package reader

import (
	"strings"
	"testing"
	"time"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// TestReaderRedrawsWhenTheRenderIsDone: a section drawn while something
// in it is still being worked out (a simulation) is drawn again, without
// a key, once its renderer says the work is done.
func TestReaderRedrawsWhenTheRenderIsDone(t *testing.T) {
	c, _ := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	done := make(chan struct{})
	finished := func() bool {
		select {
		case <-done:
			return true
		default:
			return false
		}
	}
	render := func(l lessons.Lesson, i, width int) string {
		if finished() {
			return "the chart"
		}
		return "Simulating…"
	}
	pending := func() func() {
		if finished() {
			return nil
		}
		return func() { <-done }
	}
	m := New(ctx, c.Lessons[0], 0, render).AwaitWith(pending)
	m.now = func() (z time.Time) { return z }
	m.SetSize(80, 24)
	if !strings.Contains(m.View(), "Simulating…") {
		t.Fatalf("first frame:\n%s", m.View())
	}
	init := m.Init() // asks to wait while the work is under way
	close(done)
	for _, msg := range teatesting.Run(t, init) {
		teatesting.Send(t, m.Update, msg)
	}
	if !strings.Contains(m.View(), "the chart") {
		t.Errorf("the reader did not draw the section again when its render was done:\n%s", m.View())
	}
}
