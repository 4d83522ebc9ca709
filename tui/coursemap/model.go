// Package coursemap is the course map: every lesson with the sections
// read, the quiz's best score and the questions due for review, the
// suggested next step, and the reset of all progress (asked first, with a
// backup kept).
package coursemap

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/progress"
	"faultline/internal/termtext"
	"faultline/tui/common"
)

// Model is the course map.
type Model struct {
	ctx           *common.Context
	keys          KeyMap
	now           func() time.Time
	cursor        int
	confirming    bool   // the reset question is asked
	status        string // what the last reset did
	width, height int
}

// New returns the course map with the cursor on the lesson of the
// suggested next step. now gives the time questions are due by; nil means
// time.Now.
func New(ctx *common.Context, now func() time.Time) *Model {
	if now == nil {
		now = time.Now
	}
	m := &Model{ctx: ctx, keys: DefaultKeyMap(), now: now}
	m.cursorToNext()
	return m
}

// cursorToNext puts the cursor on the lesson of the next step.
func (m *Model) cursorToNext() {
	m.cursor = 0
	if id, _, ok := m.ctx.Progress.Continue(m.ctx.Course); ok {
		for i, l := range m.ctx.Course.Lessons {
			if l.ID == id {
				m.cursor = i
			}
		}
	}
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Model) Title() string { return "Course map" }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// resetMsg reports a reset: the fresh state and the backup's path, or why
// nothing was reset.
type resetMsg struct {
	state  progress.State
	backup string
	err    error
}

// Update implements common.Screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case resetMsg:
		return m.resetDone(msg)
	case tea.KeyPressMsg:
		if m.confirming {
			return m.confirm(msg)
		}
		return m.key(msg)
	}
	return nil
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	n := len(m.ctx.Course.Lessons)
	switch {
	case key.Matches(msg, m.keys.Back):
		return common.Back
	case key.Matches(msg, m.keys.Reset):
		m.confirming, m.status = true, ""
		return nil
	case n == 0:
		return nil
	case key.Matches(msg, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, m.keys.Down):
		m.cursor = min(n-1, m.cursor+1)
	case key.Matches(msg, m.keys.Top):
		m.cursor = 0
	case key.Matches(msg, m.keys.Bottom):
		m.cursor = n - 1
	case key.Matches(msg, m.keys.Open):
		l := m.ctx.Course.Lessons[m.cursor]
		if id, section, ok := m.ctx.Progress.Continue(m.ctx.Course); ok && id == l.ID {
			return common.OpenLesson(l.ID, section) // the next step itself
		}
		return common.OpenLesson(l.ID, -1)
	}
	return nil
}

// confirm answers the reset question.
func (m *Model) confirm(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Yes):
		m.confirming = false
		m.status = "Resetting…"
		return m.reset()
	case key.Matches(msg, m.keys.No):
		m.confirming = false
		m.status = "Nothing was reset."
	}
	return nil
}

// reset returns the command that resets progress in the background.
func (m *Model) reset() tea.Cmd {
	store, now := m.ctx.Store, m.now()
	return func() tea.Msg {
		if store == nil {
			return resetMsg{state: progress.NewState()}
		}
		st, backup, err := store.Reset(now)
		return resetMsg{state: st, backup: backup, err: err}
	}
}

// resetDone says what the reset did and hands the fresh state to the root.
func (m *Model) resetDone(msg resetMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		m.status = "Nothing was reset: " + termtext.Neutralize(msg.err.Error())
		return nil
	case m.ctx.Store == nil:
		m.status = "Progress reset. Progress is not saved in this run, so there was no file to back up."
	case msg.backup == "":
		m.status = "Progress reset. There was no saved progress to back up."
	default:
		m.status = "Progress reset. The old progress is kept in " + termtext.Neutralize(msg.backup) + "; copy it back over " + termtext.Neutralize(m.ctx.Store.Path()) + " to restore it."
	}
	m.ctx.Progress = msg.state
	m.cursorToNext()
	st := msg.state
	return func() tea.Msg { return common.ProgressSavedMsg{State: st} }
}

// Confirming reports whether the reset question is asked.
func (m *Model) Confirming() bool { return m.confirming }

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	if m.confirming {
		return []key.Binding{m.keys.Yes, m.keys.No}
	}
	return []key.Binding{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Reset, m.keys.Back}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	if m.confirming {
		return [][]key.Binding{{m.keys.Yes, m.keys.No}}
	}
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Top, m.keys.Bottom}, {m.keys.Open, m.keys.Reset, m.keys.Back}}
}
