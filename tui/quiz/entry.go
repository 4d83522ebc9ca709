package quiz

import (
	"fmt"
	"io/fs"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/home"
)

// HomeEntry returns the home screen's way into the quizzes: it loads the
// question bank in fsys for ctx's course and opens the picker, shuffling
// each quiz afresh. If the bank cannot be loaded, the entry says why.
func HomeEntry(ctx *common.Context, fsys fs.FS) home.Entry {
	bank, err := quiz.Load(fsys, ctx.Course)
	if err != nil {
		return home.Entry{
			Title:       "Quizzes",
			Description: "The question bank could not be loaded: " + err.Error(),
			Open:        func() tea.Cmd { return nil },
		}
	}
	return home.Entry{
		Title: "Quizzes",
		Description: fmt.Sprintf("%d questions: a quiz per lesson, everything mixed, or review of what you missed.",
			len(bank.Questions)),
		Open: func() tea.Cmd {
			return common.Open(NewPicker(ctx, bank, Options{Seed: uint64(time.Now().UnixNano()), Now: time.Now}))
		},
	}
}
