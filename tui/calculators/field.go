package calculators

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/theme"
)

// labelWidth is the width of the labels in front of every field.
const labelWidth = 14

// fieldWidth is how wide a text field may be on a screen w columns wide:
// what the label leaves, at most 30 columns.
func fieldWidth(w int) int { return max(1, min(30, w-labelWidth-3)) }

// newField returns a text input holding value, with a steady cursor like
// every other field of the course: no ticks while the student thinks.
func newField(placeholder, value string) textinput.Model {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = placeholder
	in.CharLimit = 200
	styles := in.Styles()
	styles.Cursor.Blink = false
	in.SetStyles(styles)
	in.SetValue(value)
	return in
}

// updateField passes msg to in and reports whether its text changed.
func updateField(in *textinput.Model, msg tea.Msg) (tea.Cmd, bool) {
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	return cmd, in.Value() != before
}

// fieldRow draws a labelled field, and under it an error in the error
// style or, when there is none or the field is still blank, a hint in the
// dim style: an empty field is not yet a mistake.
// The error is wrapped to width. Only the focused field shows the "› "
// prompt, so the field being typed in is plain without colour too.
func fieldRow(st theme.Styles, label string, in textinput.Model, err error, hint string, width int) string {
	var b strings.Builder
	b.WriteString(st.Table.Label.UnsetPadding().Width(labelWidth).Render(label))
	b.WriteString(fieldView(in))
	text, style := hint, st.App.Dim
	if err != nil && strings.TrimSpace(in.Value()) != "" {
		text, style = err.Error(), st.App.Error
	}
	for _, l := range strings.Split(wrap(text, width-labelWidth), "\n") {
		b.WriteString("\n" + strings.Repeat(" ", labelWidth) + style.Render(l))
	}
	return b.String()
}

// fieldView draws in with its prompt when focused and a blank of the
// same width when not.
func fieldView(in textinput.Model) string {
	if !in.Focused() {
		in.Prompt = strings.Repeat(" ", ansi.StringWidth(in.Prompt))
	}
	return in.View()
}

// focusTo focuses fields[i] and blurs the others.
func focusTo(fields []*textinput.Model, i int) tea.Cmd {
	var cmd tea.Cmd
	for j, f := range fields {
		if j == i {
			cmd = f.Focus()
		} else {
			f.Blur()
		}
	}
	return cmd
}

// dimmed returns styles that draw everything in the muted colour, for a
// result that no longer matches the input.
func dimmed(st theme.Styles) theme.Styles {
	m := st.Palette.Muted
	st.Table.Header = st.Table.Header.Foreground(m)
	st.Table.Cell = st.Table.Cell.Foreground(m)
	st.Table.Label = st.Table.Label.Foreground(m)
	st.Table.Emphasis = st.Table.Emphasis.Foreground(m)
	st.Table.Footer = st.Table.Footer.Foreground(m)
	st.App.Title = st.App.Title.Foreground(m)
	st.List.Selected = st.List.Selected.Foreground(m)
	st.Diagram.Good = st.Diagram.Good.Foreground(m)
	st.Diagram.Box = st.Diagram.Box.BorderForeground(m)
	return st
}

// wrap wraps s to width columns, without trailing spaces.
func wrap(s string, width int) string {
	if !strings.Contains(s, "\n") && ansi.StringWidth(s) <= width {
		return s
	}
	lines := strings.Split(lipgloss.NewStyle().Width(max(1, width)).Render(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
