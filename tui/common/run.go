package common

import (
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// Terminal is where Run runs a root model; zero values mean the process's
// terminal with colour.
type Terminal struct {
	// NoColor turns colour off (NO_COLOR set to any non-empty value).
	NoColor bool
	// Input and Output default to the terminal.
	Input  io.Reader
	Output io.Writer
}

func (t Terminal) options() []tea.ProgramOption {
	var popts []tea.ProgramOption
	if t.NoColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	if t.Input != nil {
		popts = append(popts, tea.WithInput(t.Input))
	}
	if t.Output != nil {
		popts = append(popts, tea.WithOutput(t.Output))
	}
	return popts
}

// Run runs a root model of its own (the lecture's presenter or notes
// view) until it quits.
func Run(m tea.Model, term Terminal) error {
	_, err := tea.NewProgram(m, term.options()...).Run()
	return err
}
