package calculators

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
	"faultline/tui/components/ninestable"
)

// View implements common.Screen.
func (m *Nines) View() string {
	st := m.ctx.Styles
	var b strings.Builder
	b.WriteString(fieldRow(st, "Availability", m.avail, m.aErr, "a percentage (99.95) or nines (4n, 3.5 nines)", m.width))
	b.WriteString("\n")
	b.WriteString(fieldRow(st, "Custom window", m.window, m.wErr, "beside day … year, e.g. 28d or 6h", m.width))
	b.WriteString("\n\n")
	res := st
	if m.aErr != nil {
		res = dimmed(st)
		b.WriteString(st.App.Dim.Render("Last valid result:") + "\n")
	}
	rows, at := m.Rows()
	emphasis := -1
	if len(rows) > 1 {
		emphasis = at // the field's row among the values the lesson named
	}
	b.WriteString(ninestable.Render(rows, &res, ninestable.Options{Emphasis: emphasis, MaxWidth: m.width}))
	b.WriteString("\n\n")
	b.WriteString(chart(m.a, res, m.width))
	return common.Fit(b.String(), m.width, m.height)
}

// ShortHelp implements help.KeyMap. Each nudge pair shares one entry, so
// the line keeps esc back at 80 columns; ? types into the field, and the
// root offers f1 for the full help, which names +/- and [/] as well.
func (m *Nines) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Next,
		common.WithHelp(m.keys.TenthUp, "↑/↓", "±0.1 nine"),
		common.WithHelp(m.keys.NineUp, "⇧↑/⇧↓", "±1 nine"),
		m.keys.Back}
}

// FullHelp implements help.KeyMap.
func (m *Nines) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Next, m.keys.Prev, m.keys.TenthUp, m.keys.TenthDown, m.keys.NineUp, m.keys.NineDown, m.keys.Back}}
}
