package quizscreen

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
	"faultline/tui/home"
)

// HomeEntry returns the home screen's way into the quizzes, opening the
// picker on ctx's question bank with a fresh shuffle each time. ok is
// false when there is no bank, so home offers no dead entry.
func HomeEntry(ctx *common.Context) (entry home.Entry, ok bool) {
	bank := ctx.Bank
	if bank == nil || len(bank.Questions) == 0 {
		return home.Entry{}, false
	}
	return home.Entry{
		Title: "Quizzes",
		Description: fmt.Sprintf("%d questions: a quiz per lesson, everything mixed, or review of what you missed.",
			len(bank.Questions)),
		Open: func() tea.Cmd {
			return common.Open(NewPicker(ctx, bank, Options{Seed: uint64(time.Now().UnixNano()), Now: time.Now}))
		},
	}, true
}
