package common

import (
	tea "charm.land/bubbletea/v2"

	"faultline/progress"
)

// OpenMsg asks the root to push a new screen on top of the current one.
type OpenMsg struct{ Screen Screen }

// BackMsg asks the root to close the current screen and return to the one
// beneath it.
type BackMsg struct{}

// OpenLessonMsg asks the root to open the reader on a lesson. Section is
// the section to show, or −1 to resume where the student left off.
type OpenLessonMsg struct {
	Lesson  string
	Section int
}

// ProgressSavedMsg carries the progress state after a save, or the error
// that prevented it.
type ProgressSavedMsg struct {
	State progress.State
	Err   error
}

// Open returns a command that opens s.
func Open(s Screen) tea.Cmd { return func() tea.Msg { return OpenMsg{Screen: s} } }

// Back returns a command that closes the current screen.
func Back() tea.Msg { return BackMsg{} }

// OpenLesson returns a command that opens the reader on lesson at section
// (−1 resumes).
func OpenLesson(lesson string, section int) tea.Cmd {
	return func() tea.Msg { return OpenLessonMsg{Lesson: lesson, Section: section} }
}

// SaveProgress returns a command that applies fn to the saved progress in
// the background and reports the result. Without a store it only reports.
func (c *Context) SaveProgress(fn func(*progress.State)) tea.Cmd {
	store := c.Store
	if store == nil {
		st := c.Progress
		fn(&st)
		return func() tea.Msg { return ProgressSavedMsg{State: st} }
	}
	return func() tea.Msg {
		st, err := store.Update(fn)
		return ProgressSavedMsg{State: st, Err: err}
	}
}
