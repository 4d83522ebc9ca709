package main

import (
	"errors"

	"github.com/spf13/cobra"

	"faultline/internal/content"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/accessible"
	"faultline/tui/app"
)

// tuiOptions are the root command's flags for the full-screen course.
type tuiOptions struct {
	mouse      bool
	accessible bool
	content    contentOptions
}

func (o *tuiOptions) register(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&o.mouse, "mouse", false, "enable the mouse (wheel scrolling); off so you can select and copy text")
	cmd.Flags().BoolVar(&o.accessible, "accessible", false, "read lessons line by line, without the full screen (also ACCESSIBLE=1)")
	o.content.register(cmd)
}

// errNeedsTerminal is returned when the course is started without a terminal.
var errNeedsTerminal = usageError{errors.New("the full-screen course needs a terminal on stdin and stdout; " +
	"for scripts and pipes use `faultline lessons`, `faultline lesson ID` or `faultline nines` (see faultline --help)")}

// runTUI opens the course: full screen, or line by line when accessible.
// A deck's problems are reported before the terminal is checked, so an
// instructor can check a deck from a script.
func runTUI(e env, o tuiOptions) error {
	accessibleMode := o.accessible || e.getenv("ACCESSIBLE") != ""
	if o.content.builtin() && !accessibleMode && e.isTerminal {
		// The built-in course is checked by the tests, so reading it can
		// wait: the TUI reads it after drawing its first frame.
		return app.Run(appOptions(e, nil, nil, app.Config{Mouse: o.mouse, Load: content.Builtin}))
	}
	course, bank, err := o.content.load(e)
	if err != nil {
		return err
	}
	if !e.isTerminal && !accessibleMode {
		return errNeedsTerminal
	}
	opts := appOptions(e, course, bank, app.Config{Mouse: o.mouse})
	if accessibleMode {
		return accessible.Run(e.stdin, e.stdout, opts)
	}
	return app.Run(opts)
}

// appOptions gathers what the TUI needs: the course, its questions, the
// progress store (none when no state directory can be found) and colour.
func appOptions(e env, course *lessons.Course, bank *quiz.Bank, cfg app.Config) app.Options {
	var store *progress.Store
	if path, err := progress.DefaultPath(); err == nil {
		store = progress.Open(path)
	}
	return app.Options{Course: course, Bank: bank, Store: store, NoColor: e.noColor(), Config: cfg}
}
