package common

import (
	tea "charm.land/bubbletea/v2"

	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
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
	// Peek opens the lesson to look something up (from the glossary or a
	// quiz's feedback): nothing is marked read and Continue does not move.
	Peek bool
}

// LessonDoneMsg says the student read on past a lesson's last section;
// the root shows the lesson-complete screen.
type LessonDoneMsg struct{ Lesson string }

// OpenQuizMsg asks the root to open a quiz titled Title over Questions.
// Scored names the lesson whose quiz it is, so a quiz taken to the end
// saves its score; empty for review.
type OpenQuizMsg struct {
	Title     string
	Questions []quiz.Question
	Scored    string
}

// NextLessonMsg asks the root to close the lesson-complete screen and the
// reader beneath it and open Lesson where the student left off.
type NextLessonMsg struct{ Lesson string }

// OpenBlockMsg asks the root to open a lesson's live block (a calculator,
// a scenario or a quiz question) as a screen, with the block's values.
type OpenBlockMsg struct{ Block lessons.Block }

// ProgressSavedMsg carries the progress state after a save, or the error
// that prevented it.
type ProgressSavedMsg struct {
	State progress.State
	Err   error
	// Notice says what the store did on the student's behalf while
	// saving, such as moving a corrupt file aside, and where it went.
	Notice string
}

// Open returns a command that opens s.
func Open(s Screen) tea.Cmd { return func() tea.Msg { return OpenMsg{Screen: s} } }

// LessonDone returns a command that says lesson was read to its end.
func LessonDone(lesson string) tea.Cmd {
	return func() tea.Msg { return LessonDoneMsg{Lesson: lesson} }
}

// OpenQuiz returns a command that opens a quiz over qs; scored is the
// lesson whose quiz it is, or empty.
func OpenQuiz(title string, qs []quiz.Question, scored string) tea.Cmd {
	return func() tea.Msg { return OpenQuizMsg{Title: title, Questions: qs, Scored: scored} }
}

// NextLesson returns a command that goes on to lesson.
func NextLesson(lesson string) tea.Cmd {
	return func() tea.Msg { return NextLessonMsg{Lesson: lesson} }
}

// Back returns a command that closes the current screen.
func Back() tea.Msg { return BackMsg{} }

// OpenLesson returns a command that opens the reader on lesson at section
// (−1 resumes).
func OpenLesson(lesson string, section int) tea.Cmd {
	return func() tea.Msg { return OpenLessonMsg{Lesson: lesson, Section: section} }
}

// PeekLesson returns a command that opens the reader on lesson at section
// to look something up, without marking anything read.
func PeekLesson(lesson string, section int) tea.Cmd {
	return func() tea.Msg { return OpenLessonMsg{Lesson: lesson, Section: section, Peek: true} }
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
		return ProgressSavedMsg{State: st, Err: err, Notice: string(store.TakeNotice())}
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
