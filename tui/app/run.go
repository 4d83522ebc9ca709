package app

import (
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// Options are what Run needs from the command line.
type Options struct {
	Config
	// Course is the loaded course.
	Course *lessons.Course
	// Bank is the course's question bank; nil leaves quizzes out.
	Bank *quiz.Bank
	// Store persists progress; nil runs without saving.
	Store *progress.Store
	// NoColor turns colour off (NO_COLOR set to any non-empty value).
	NoColor bool
	// Input and Output default to the terminal.
	Input  io.Reader
	Output io.Writer
}

// NewContext loads saved progress and returns the context every screen
// shares, and a notice for the student if the progress file had to be
// moved aside.
func NewContext(opt Options) (*common.Context, string) {
	// Plain stays off even without colour: Bubble Tea's colour profile
	// strips the colours and keeps bold and italics, which read better
	// than Markdown's own markers.
	ctx := &common.Context{Styles: theme.New(true), Course: opt.Course, Bank: opt.Bank, Store: opt.Store, Progress: progress.NewState()}
	notice := ""
	if opt.Store != nil {
		st, n, err := opt.Store.Load()
		switch {
		case err != nil:
			notice = "Progress will not be saved: " + err.Error()
			ctx.Store = nil
		default:
			ctx.Progress = st
			notice = string(n)
		}
	}
	return ctx, notice
}

// Run opens the TUI and returns when the student quits.
func Run(opt Options) error {
	ctx, notice := NewContext(opt)
	if opt.Notice == "" {
		opt.Notice = notice
	}
	var popts []tea.ProgramOption
	if opt.NoColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	if opt.Input != nil {
		popts = append(popts, tea.WithInput(opt.Input))
	}
	if opt.Output != nil {
		popts = append(popts, tea.WithOutput(opt.Output))
	}
	final, err := tea.NewProgram(New(ctx, opt.Config), popts...).Run()
	if err != nil {
		return err
	}
	if m, ok := final.(*Model); ok {
		return m.Err()
	}
	return nil
}
