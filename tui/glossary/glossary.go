// Package glossary is the searchable glossary: every term the lessons
// define, filtered live as you type, each a key away from the section that
// defines it.
package glossary

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// Model is the glossary screen.
type Model struct {
	ctx           *common.Context
	keys          KeyMap
	input         textinput.Model
	filtering     bool
	terms         []lessons.Term
	cursor        int
	width, height int
}

// New returns the glossary showing every term.
func New(ctx *common.Context) *Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "type to filter"
	in.CharLimit = 64
	styles := in.Styles()
	styles.Cursor.Blink = false // a steady cursor: no ticks while idle
	in.SetStyles(styles)
	m := &Model{ctx: ctx, keys: DefaultKeyMap(), input: in}
	m.terms = ctx.Course.SearchGlossary("")
	return m
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Model) Title() string { return "Glossary" }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(1, w-4))
}

// Capturing implements common.Capturing: while filtering, every key types.
func (m *Model) Capturing() bool { return m.filtering }

// SetFilter filters the terms by query, as if typed.
func (m *Model) SetFilter(query string) {
	m.input.SetValue(query)
	m.applyFilter()
}

// Terms returns the terms currently shown.
func (m *Model) Terms() []lessons.Term { return m.terms }

func (m *Model) applyFilter() {
	m.terms = m.ctx.Course.SearchGlossary(m.input.Value())
	m.cursor = 0
}

// Update implements common.Screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if m.filtering {
		return m.updateFiltering(msg)
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(kp, m.keys.Filter):
		m.filtering = true
		return m.input.Focus()
	case key.Matches(kp, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(kp, m.keys.Down):
		m.cursor = min(len(m.terms)-1, m.cursor+1)
		m.cursor = max(0, m.cursor)
	case key.Matches(kp, m.keys.Open):
		if len(m.terms) == 0 {
			return nil
		}
		lesson, index, ok := m.ctx.Course.Resolve(m.terms[m.cursor].Lesson)
		if !ok {
			return nil
		}
		return common.PeekLesson(lesson.ID, index)
	case key.Matches(kp, m.keys.Back):
		if m.input.Value() != "" {
			m.SetFilter("")
			return nil
		}
		return common.Back
	}
	return nil
}

func (m *Model) updateFiltering(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, m.keys.Clear):
			m.filtering = false
			m.input.Blur()
			m.SetFilter("")
			return nil
		case key.Matches(kp, m.keys.Done):
			m.filtering = false
			m.input.Blur()
			if key.Matches(kp, m.keys.Up, m.keys.Down) {
				return m.Update(msg) // keep the filter and move in one key
			}
			return nil
		}
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() != before {
		m.applyFilter()
	}
	return cmd
}

// View implements common.Screen.
func (m *Model) View() string {
	st := m.ctx.Styles
	var b strings.Builder
	if m.filtering || m.input.Value() != "" {
		b.WriteString(m.input.View())
	} else {
		b.WriteString(st.App.Dim.Render(fmt.Sprintf("%d terms · / to filter", len(m.terms))))
	}
	b.WriteString("\n\n")
	if len(m.terms) == 0 {
		b.WriteString(st.App.Notice.Render(common.Cut("No term matches "+termtext.QuoteN(m.input.Value(), 24)+".", max(1, m.width))))
		return b.String()
	}
	// The selected term shows where it is defined and its definition; the
	// others one line each. A definition taller than the room is cut with
	// a "…": enter reads it whole in its lesson.
	listHeight := max(1, m.height-2)
	selected := m.selectedLines(listHeight)
	visible := max(1, listHeight-len(selected)+1)
	first := max(0, min(m.cursor-visible/2, len(m.terms)-visible))
	for i := first; i < len(m.terms) && i < first+visible; i++ {
		t := m.terms[i]
		if i == m.cursor {
			b.WriteString(strings.Join(selected, "\n") + "\n")
			continue
		}
		b.WriteString("  " + st.List.Item.Render(t.Term) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// source names the lesson and section that define t.
func (m *Model) source(t lessons.Term) string {
	l, i, ok := m.ctx.Course.Resolve(t.Lesson)
	if !ok {
		return t.Lesson
	}
	return fmt.Sprintf("lesson %d · %s", l.Order, l.Sections[i].Title)
}

// selectedLines is the selected term, the lesson and section that define
// it (beside the term when both fit the width, else below) and its
// definition wrapped, in at most height lines.
func (m *Model) selectedLines(height int) []string {
	st := m.ctx.Styles
	t := m.terms[m.cursor]
	term, src := st.List.Selected.Render("› "+t.Term), st.List.Meta.Render(m.source(t))
	lines := []string{term + "  " + src}
	if lipgloss.Width(lines[0]) > m.width {
		lines = []string{term, "    " + common.Cut(src, max(1, m.width-4))}
	}
	def := textwrap.Render(lipgloss.NewStyle().Width(max(10, m.width-4)), t.Definition)
	for _, l := range strings.Split(st.App.Subtitle.Render(def), "\n") {
		lines = append(lines, "    "+l)
	}
	if len(lines) > height {
		lines = lines[:max(1, height)]
		last := strings.TrimRight(lines[len(lines)-1], " ")
		lines[len(lines)-1] = common.Cut(last+" …", m.width)
	}
	return lines
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	if m.filtering {
		return []key.Binding{m.keys.Done, m.keys.Clear}
	}
	back := m.keys.Back
	if m.input.Value() != "" {
		back = m.keys.Clear // esc clears a kept filter before it leaves
	}
	return []key.Binding{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Filter, back}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{m.ShortHelp()}
}
