package lessonlist

import (
	"testing"

	"faultline/assets"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// TestHelpListsEveryKey: every key the lesson list answers to is in its
// full help.
func TestHelpListsEveryKey(t *testing.T) {
	c, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	fresh := func() teatesting.Subject {
		m := New(ctx)
		m.SetSize(80, 24)
		m.Update(teatesting.Key("down")) // a cursor that can move both ways
		return teatesting.Subject{Update: m.Update, View: m.View, Help: m}
	}
	teatesting.CheckHelp(t, "lesson list", fresh, teatesting.Global)
}
