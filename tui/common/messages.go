package common

import (
	tea "charm.land/bubbletea/v2"

	"faultline/internal/progress"
	"faultline/lessons"
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

// OpenBlockMsg asks the root to open a lesson's live block (a calculator,
// a scenario or a quiz question) as a screen, with the block's values.
type OpenBlockMsg struct{ Block lessons.Block }

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

// OpenBlock returns a command that opens a live block.
func OpenBlock(b lessons.Block) tea.Cmd { return func() tea.Msg { return OpenBlockMsg{Block: b} } }

// Interactive reports whether a live block can be opened as a screen: every
// kind but diagrams.
func Interactive(b lessons.Block) bool { return b.Kind != lessons.KindDiagram }

// Tick is implemented by the messages of the screens' own timers (the
// scenario player's frames, the lecture clock). They carry no result, so
// tests that run commands to completion leave them out by this type.
type Tick interface{ IsTick() }
