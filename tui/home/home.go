// Package home is faultline's first screen: what it is, and the ways in.
package home

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// Entry is one way in from the home screen.
type Entry struct {
	// Title and Description are shown in the menu.
	Title, Description string
	// Open returns the command that opens the entry.
	Open func() tea.Cmd
}

// Model is the home screen.
type Model struct {
	ctx           *common.Context
	keys          KeyMap
	entries       []Entry
	standing      string // where the student stands, in one line
	cursor        int
	width, height int
}

// New returns the home screen offering entries, in order.
func New(ctx *common.Context, entries []Entry) *Model {
	return &Model{ctx: ctx, keys: DefaultKeyMap(), entries: entries}
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Model) Title() string { return "Home" }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetEntries replaces the menu, keeping the cursor in range.
func (m *Model) SetEntries(entries []Entry) {
	m.entries = entries
	m.cursor = min(m.cursor, max(0, len(entries)-1))
}

// SetStanding sets the one line that says where the student stands, such
// as "5 of 13 lessons · 3 questions due"; empty shows none.
func (m *Model) SetStanding(s string) { m.standing = s }

// Cursor returns the index of the selected entry.
func (m *Model) Cursor() int { return m.cursor }

// Update implements common.Screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || len(m.entries) == 0 {
		return nil
	}
	switch {
	case key.Matches(kp, m.keys.Up):
		m.cursor = (m.cursor + len(m.entries) - 1) % len(m.entries)
	case key.Matches(kp, m.keys.Down):
		m.cursor = (m.cursor + 1) % len(m.entries)
	case key.Matches(kp, m.keys.Select):
		return m.entries[m.cursor].Open()
	case key.Matches(kp, m.keys.Pick):
		if i := common.Index(kp, m.keys.Pick); i < len(m.entries) {
			m.cursor = i
			return m.entries[i].Open()
		}
	}
	return nil
}

// View implements common.Screen. Text wraps to the width, so every
// entry reads whole in a narrow window. When the menu is taller than the
// window, only the selected entry keeps its description, and if even that
// is too tall the menu scrolls so the selected entry stays in sight.
func (m *Model) View() string {
	st := m.ctx.Styles
	const left = 2
	w := max(1, m.width-left)
	header := []string{"", st.App.Title.Render("faultline")}
	header = append(header, strings.Split(st.App.Subtitle.Render(textwrap.Wrap("The fundamentals of distributed systems: faults, failures, availability, failover.", w, " ")), "\n")...)
	if m.standing != "" {
		header = append(header, st.List.Meta.Render(m.standing))
	}
	header = append(header, "")
	menu, from, to := m.menu(w, true)
	if m.height > 0 && len(header)+len(menu) > m.height {
		header = []string{st.App.Title.Render("faultline")}
		if m.standing != "" {
			header[0] += "  " + st.List.Meta.Render(m.standing)
		}
		menu, from, to = m.menu(w, false)
	}
	lines := append(header, menu...)
	from, to = from+len(header), to+len(header)
	if m.height > 0 && len(lines) > m.height {
		// Scroll just far enough that the selected entry's last line shows,
		// but never past its title line.
		top := min(max(0, to-m.height), from)
		lines = lines[top:min(len(lines), top+m.height)]
	}
	return indentLines(strings.Join(lines, "\n"), left)
}

// menu returns the menu's lines and the lines [from, to) of the selected
// entry. With all false only the selected entry has its description.
func (m *Model) menu(w int, all bool) (lines []string, from, to int) {
	st := m.ctx.Styles
	const indent = 6
	for i, e := range m.entries {
		marker, title := "  ", st.List.Item.Render(e.Title)
		if i == m.cursor {
			marker, title = st.List.Selected.Render("› "), st.List.Selected.Render(e.Title)
			from = len(lines)
		}
		lines = append(lines, fmt.Sprintf("%s%s %s", marker, st.List.Meta.Render(fmt.Sprintf("%d", i+1)), title))
		if all || i == m.cursor {
			for _, line := range strings.Split(textwrap.Wrap(e.Description, max(1, w-indent), " "), "\n") {
				lines = append(lines, strings.Repeat(" ", indent)+st.List.Meta.Render(line))
			}
		}
		if i == m.cursor {
			to = len(lines)
		}
	}
	return lines, from, to
}

// indentLines puts n spaces before every non-empty line.
func indentLines(s string, n int) string {
	pad := strings.Repeat(" ", n)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n")
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding { return m.keys.ShortHelp() }

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }
