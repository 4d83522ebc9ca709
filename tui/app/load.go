package app

import (
	tea "charm.land/bubbletea/v2"

	"faultline/lessons"
	"faultline/quiz"
)

// Loader reads the course and its question bank.
type Loader func() (*lessons.Course, *quiz.Bank, error)

// loadedMsg carries what the Loader read.
type loadedMsg struct {
	course *lessons.Course
	bank   *quiz.Bank
	err    error
}

// loading reports whether the course is still being read.
func (m *Model) loading() bool { return m.load != nil }

// loadCmd reads the course in the background, so that the home screen is
// drawn at once instead of after every lesson and question is parsed.
func (m *Model) loadCmd() tea.Cmd {
	if m.load == nil {
		return nil
	}
	load := m.load
	return func() tea.Msg {
		c, b, err := load()
		return loadedMsg{course: c, bank: b, err: err}
	}
}

// loaded puts the course in place, fills in the home screen's figures and
// then handles the keys pressed while it was read, in order.
func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	m.load = nil
	if msg.err != nil {
		m.err = msg.err
		return tea.Quit
	}
	m.ctx.Course, m.ctx.Bank = msg.course, msg.bank
	m.open = newOpeners(m.ctx)
	m.refreshHome()
	m.resize()
	return m.release()
}

// Err is why the TUI stopped on its own: the course could not be read.
func (m *Model) Err() error { return m.err }
