// Package calculators is faultline's live calculators: nines ↔ downtime,
// budget → availability, MTBF / MTTR and the composition of systems. Every
// figure comes from package calc, the functions `faultline nines` uses;
// these screens only turn keys into calls and results into text.
package calculators

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// entry is one calculator on the menu.
type entry struct {
	title, description string
	open               func(ctx *common.Context) common.Screen
}

var entries = []entry{
	{"Nines ↔ downtime", "Type an availability; see the downtime it allows per day … year.",
		func(ctx *common.Context) common.Screen { return NewNines(ctx, "", "") }},
	{"Budget → availability", "Type a downtime budget and a period; see the availability it allows.",
		func(ctx *common.Context) common.Screen { return NewBudget(ctx, "", "") }},
	{"MTBF / MTTR", "Two durations in, steady-state availability out, and what would improve it.",
		func(ctx *common.Context) common.Screen { return NewMTBF(ctx, "", "") }},
	{"Composition", "Build a system in series, in parallel and k-of-n; see what redundancy buys.",
		func(ctx *common.Context) common.Screen { return NewCompose(ctx, "") }},
}

// Menu is the list of calculators.
type Menu struct {
	ctx           *common.Context
	keys          KeyMap
	cursor        int
	width, height int
}

// New returns the calculators menu.
func New(ctx *common.Context) *Menu {
	m := &Menu{ctx: ctx, keys: DefaultKeyMap()}
	m.keys.Pick.SetKeys(common.Digits[:len(entries)]...)
	m.keys.Pick.SetHelp(fmt.Sprintf("1-%d", len(entries)), "open by number")
	return m
}

// Init implements common.Screen.
func (m *Menu) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Menu) Title() string { return "Calculators" }

// SetSize implements common.Screen.
func (m *Menu) SetSize(w, h int) { m.width, m.height = w, h }

// Cursor returns the index of the selected calculator.
func (m *Menu) Cursor() int { return m.cursor }

// Update implements common.Screen.
func (m *Menu) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(kp, m.keys.Up):
		m.cursor = (m.cursor + len(entries) - 1) % len(entries)
	case key.Matches(kp, m.keys.Down):
		m.cursor = (m.cursor + 1) % len(entries)
	case key.Matches(kp, m.keys.Open):
		return common.Open(entries[m.cursor].open(m.ctx))
	case key.Matches(kp, m.keys.Back):
		return common.Back
	case key.Matches(kp, m.keys.Pick):
		m.cursor = common.Index(kp, m.keys.Pick)
		return common.Open(entries[m.cursor].open(m.ctx))
	}
	return nil
}

// View implements common.Screen.
func (m *Menu) View() string {
	st := m.ctx.Styles
	var b strings.Builder
	b.WriteString(wrapIndented(st.App.Subtitle, "Push on the numbers and watch them move. Every figure is the one `faultline nines` prints.", m.width, ""))
	b.WriteString("\n\n")
	for i, e := range entries {
		marker, title := "  ", st.List.Item.Render(e.title)
		if i == m.cursor {
			marker, title = st.List.Selected.Render("› "), st.List.Selected.Render(e.title)
		}
		fmt.Fprintf(&b, "%s%s %s\n%s\n", marker, st.List.Meta.Render(fmt.Sprint(i+1)), title, wrapIndented(st.List.Meta, e.description, m.width, "    "))
	}
	return common.Fit(strings.TrimRight(b.String(), "\n"), m.width, m.height)
}

// ShortHelp implements help.KeyMap.
func (m *Menu) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Back}
}

// FullHelp implements help.KeyMap.
func (m *Menu) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Pick, m.keys.Back}}
}

// wrapIndented sets text in style, wrapped to width columns with every line
// starting with indent, so a narrow terminal wraps rather than cuts it.
func wrapIndented(style lipgloss.Style, text string, width int, indent string) string {
	inner := max(1, width-len(indent))
	lines := strings.Split(textwrap.Wrap(text, inner, ""), "\n")
	for i, l := range lines {
		lines[i] = indent + style.Render(l)
	}
	return strings.Join(lines, "\n")
}
