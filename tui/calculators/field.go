package calculators

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/internal/termtext"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
	"faultline/tui/theme"
)

// fieldEcho is the most bytes of a field's value its error quotes.
const fieldEcho = 24

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

// updateField passes msg to in and reports whether its text changed. Text
// typed or pasted past the field's limit is cut by the field; the field's
// Err then says so, until the next edit, so nothing is lost silently.
func updateField(in *textinput.Model, msg tea.Msg) (tea.Cmd, bool) {
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	added, how := "", "typed"
	switch msg := msg.(type) {
	case tea.PasteMsg:
		added, how = msg.Content, "pasted"
	case tea.KeyPressMsg:
		added = msg.Text
	}
	n, limit := utf8.RuneCountInString(added), in.CharLimit
	if limit > 0 && n > 0 && utf8.RuneCountInString(before)+n > limit && utf8.RuneCountInString(in.Value()) >= limit {
		in.Err = fmt.Errorf("input cut to %d characters (%d %s)", limit, n, how)
	}
	return cmd, in.Value() != before
}

// fieldRow draws a labelled field, and under it an error in the error
// style or, when there is none or the field is still blank, a hint in the
// dim style: an empty field is not yet a mistake.
// A bad value's error, or a paste cut to the field's limit, is one line:
// the value quoted, shortened, and what is wrong with it, with the hint's
// examples below it. Other errors wrap to width. Only the focused field shows the "› " prompt, so the field
// being typed in is plain without colour too.
func fieldRow(st theme.Styles, label string, in textinput.Model, err error, hint string, width int) string {
	var b strings.Builder
	b.WriteString(st.Table.Label.UnsetPadding().Width(labelWidth).Render(label))
	b.WriteString(fieldView(in))
	room := max(1, width-labelWidth)
	line := func(s string) { b.WriteString("\n" + strings.Repeat(" ", labelWidth) + s) }
	if strings.TrimSpace(in.Value()) == "" {
		err = nil
	}
	var badValue *calc.InputError
	switch {
	case err == nil && in.Err == nil:
		for _, l := range strings.Split(wrap(hint, room), "\n") {
			line(st.App.Dim.Render(l))
		}
	case err != nil && !errors.As(err, &badValue) && in.Err == nil:
		for _, l := range strings.Split(wrap(err.Error(), room), "\n") {
			line(st.App.Error.Render(l))
		}
	default:
		// A cut value is in the field just above: the line says it was
		// cut and what is wrong, without quoting it again.
		text := ""
		switch {
		case in.Err != nil && badValue != nil:
			text = in.Err.Error() + ": " + badValue.Reason
		case in.Err != nil && err != nil:
			text = in.Err.Error() + ": " + err.Error()
		case in.Err != nil:
			text = in.Err.Error()
		default:
			text = termtext.QuoteN(badValue.Value, fieldEcho) + ": " + badValue.Reason
		}
		line(st.App.Error.Render(common.Cut(text, room)))
		line(st.App.Dim.Render(common.Cut(hint, room)))
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
	st = st.Clone()
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
	lines := strings.Split(textwrap.Render(lipgloss.NewStyle().Width(max(1, width)), s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
