// Package common holds what every faultline screen shares: the Screen
// contract, the context handed to each screen, and the messages screens
// send up to the root to navigate.
package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/theme"
)

// Screen is one full screen of the TUI. Screens are pointers updated in
// place; only the root returns a tea.View.
type Screen interface {
	help.KeyMap
	// Init returns the screen's first command, if any.
	Init() tea.Cmd
	// Update handles a message and returns a command, if any.
	Update(msg tea.Msg) tea.Cmd
	// View draws the screen into the size last given to SetSize.
	View() string
	// SetSize tells the screen how much room it has.
	SetSize(width, height int)
	// Title is shown in the header while the screen is open.
	Title() string
}

// Capturing is implemented by screens that sometimes take every key for
// themselves, such as a focused text field; the root then leaves q and ?
// to the screen.
type Capturing interface {
	Capturing() bool
}

// Context is shared by every screen: styles, content and saved progress.
// The root owns it and updates it in place (for example when the terminal
// reports its background colour), so screens always draw with the latest.
type Context struct {
	// Styles is the current theme.
	Styles theme.Styles
	// Plain makes content renderers emit no escape codes at all, for the
	// line-by-line accessible reader.
	Plain bool
	// Course is the loaded course.
	Course *lessons.Course
	// Bank is the course's question bank; nil when there is none.
	Bank *quiz.Bank
	// Progress is the student's saved progress, as last loaded or saved.
	Progress progress.State
	// Store persists progress; nil means progress is not saved.
	Store *progress.Store
}
