package lessonlist

import (
	"testing"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// TestHelpListsEveryKey: every key the lesson list answers to is in its
// full help.
func TestHelpListsEveryKey(t *testing.T) {
	c, _ := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	fresh := func() teatesting.Subject {
		m := New(ctx)
		m.SetSize(80, 24)
		m.Update(teatesting.Key("down")) // a cursor that can move both ways
		return teatesting.Subject{Update: m.Update, View: m.View, Help: m}
	}
	teatesting.CheckHelp(t, "lesson list", fresh, teatesting.Global)
}
