package sweep

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/tui/app"
	"faultline/tui/common"
	"faultline/tui/home"
	"faultline/tui/internal/teatesting"
)

// course is the chrome around every course screen: the header's two
// lines and the help line, and the blank column either side.
const (
	headerLines = 2
	helpLines   = 1
	padding     = 1
)

// minimum is the course's smallest window (app.MinWidth×app.MinHeight).
var minimum = size{app.MinWidth, app.MinHeight}

// fixedNow is the clock of every quiz the sweep takes, so frames repeat.
func fixedNow() time.Time { return time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC) }

// course is a root model of the course, as the student runs it, with no
// saved progress.
type course struct {
	tb  testing.TB
	m   *app.Model
	ctx *common.Context
}

// newCourse opens the course at win.
func newCourse(tb testing.TB, win size) *course {
	tb.Helper()
	c, bank := coursetest.Course(tb)
	ctx, _ := app.NewContext(app.Options{Course: c, Bank: bank, NoColor: true})
	m := app.New(ctx, app.Config{})
	m.Update(tea.WindowSizeMsg{Width: win.w, Height: win.h})
	return &course{tb: tb, m: m, ctx: ctx}
}

// send delivers msg and whatever its commands yield.
func (c *course) send(msg tea.Msg) {
	c.tb.Helper()
	teatesting.Send(c.tb, teatesting.Model(c.m), msg)
}

// keys presses each named key.
func (c *course) keys(names ...string) {
	c.tb.Helper()
	teatesting.Press(c.tb, teatesting.Model(c.m), teatesting.Keys(names...)...)
}

// open puts a screen on top, as a message from a screen would.
func (c *course) open(s common.Screen) { c.send(common.OpenMsg{Screen: s}) }

// frame draws the window and the screen on top inside it.
func (c *course) frame(win size) frame {
	content := c.m.View().Content
	f := frame{win: win, content: content}
	if win.w < minimum.w || win.h < minimum.h {
		return f
	}
	lines := strings.Split(ansi.Strip(content), "\n")
	f.help = lines[len(lines)-1]
	f.body = c.m.Top().View()
	f.room = size{win.w - 2*padding, win.h - headerLines - helpLines}
	return f
}

// capturing reports whether the screen on top takes every key.
func (c *course) capturing() bool {
	k, ok := c.m.Top().(common.Capturing)
	return ok && k.Capturing()
}

// atHome reports whether the home screen is the only one open.
func (c *course) atHome() bool {
	_, ok := c.m.Top().(*home.Model)
	return ok
}
