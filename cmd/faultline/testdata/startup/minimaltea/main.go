// Command minimaltea is the floor faultline's first frame is measured
// against: a Bubble Tea v2 program that draws a titled box, a bulleted menu
// and a help line, the same kinds of text as faultline's home screen, and
// quits on any key.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

type model struct{ width, height int }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		return m, tea.Quit
	}
	return m, nil
}

func (m model) View() tea.View {
	box := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1)
	menu := "› 1 Continue\n  2 Lessons\n  3 Calculators\n  4 Quizzes\n  5 Scenarios"
	v := tea.NewView(lipgloss.JoinVertical(lipgloss.Left,
		lipgloss.NewStyle().Bold(true).Render("minimal · ready"),
		box.Render(menu),
		"• enter open · q quit · ? help"))
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
