package calculators

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/tui/common"
	"faultline/tui/components/simchart"
	"faultline/tui/theme"
)

// View implements common.Screen. The System line and what follows it
// always show: a diagram taller than the room left scrolls, keeping the
// selected component in view.
func (m *Compose) View() string {
	st := m.ctx.Styles
	top := fieldRow(st, "Expression", m.expr, m.exprErr, "* series · | parallel · 2of3(…) k-of-n · name:99.9", m.width)
	if m.summary == "" {
		m.summary = m.summaryOf(m.sys.Availability())
	}
	summary := m.summary
	switch {
	case m.exprErr != nil:
		summary = st.App.Dim.Render("Last valid system: " + strings.TrimPrefix(ansi.Strip(summary), "System "))
	case m.computing:
		summary = st.App.Dim.Render("Computing the system typed… shown until then: ") + summary
	}
	bottom := func(chartRows int) string {
		var b strings.Builder
		b.WriteString(summary)
		b.WriteString("\n" + strings.Join(m.simulationLines(chartRows), "\n"))
		if m.editing != editNone {
			b.WriteString("\n" + st.Table.Label.UnsetPadding().Width(labelWidth).Render(m.editLabel()) + m.edit.View())
		}
		if m.note != "" {
			style := st.App.Notice
			if m.noteErr {
				style = st.App.Error
			}
			b.WriteString("\n" + style.Render(wrap(m.note, m.width)))
		}
		// The presets make room for the chart on a short screen; the help
		// still lists their keys.
		if m.sim.result == nil || m.height == 0 || m.height >= 30 {
			var presets []string
			for _, p := range Presets {
				presets = append(presets, p.Key+" "+p.Name)
			}
			b.WriteString("\n" + st.App.Dim.Render(wrap("Presets: "+strings.Join(presets, " · "), m.width)))
		}
		return b.String()
	}
	bot := bottom(simchart.MinRows)
	rows := 0 // no limit before the first size is known
	if m.height > 0 {
		free := m.height - lipgloss.Height(top) - lipgloss.Height(bot) - 2 // a blank line each side
		if m.sim.result != nil {
			// The chart grows into the room the diagram does not need, up
			// to a third of the screen.
			need := m.diagramHeight(st)
			if extra := min(free-need, m.height/3-simchart.MinRows, simchart.MaxRows-simchart.MinRows); extra > 0 {
				bot = bottom(simchart.MinRows + extra)
				free -= extra
			}
		}
		rows = max(2, free)
	}
	diagram := strings.Join(m.diagramLines(st, rows), "\n")
	return common.Fit(top+"\n\n"+diagram+"\n\n"+bot, m.width, m.height)
}

// diagramHeight is the number of lines the whole diagram takes.
func (m *Compose) diagramHeight(st theme.Styles) int {
	lines, cols := m.diagramColumns(st)
	return len(lines) + len(cols)
}

// summaryOf is the line of figures under the diagram for availability a.
func (m *Compose) summaryOf(a calc.Availability) string {
	return fmt.Sprintf("System %s · %s nines · %s down a year (365 d)", m.ctx.Styles.App.Title.Render(a.String()),
		calc.NinesText(a), a.DowntimeText(calc.Year.Length))
}

// diagramLines draws the diagram in at most rows lines (when rows > 0),
// scrolled sideways and down to keep the selected component in view when
// it is wider or taller than the room.
func (m *Compose) diagramLines(st theme.Styles, rows int) []string {
	lines, cols := m.diagramColumns(st)
	if rows <= 0 || len(lines)+len(cols) <= rows {
		return append(lines, cols...)
	}
	shown := max(1, rows-1) // the last line says which rows show
	first := 0
	if sel := m.selected(); sel >= 0 && sel < len(m.drawn.boxes) {
		box := m.drawn.boxes[sel]
		first = max(0, min(box.y0, box.y1-shown))
	}
	first = min(first, len(lines)-shown)
	out := append([]string(nil), lines[first:first+shown]...)
	more := fmt.Sprintf("diagram rows %d–%d of %d", first+1, first+shown, len(lines))
	if m.drawn.width > m.width {
		more += fmt.Sprintf(", columns %d–%d of %d", m.scroll+1, m.scroll+max(1, m.width), m.drawn.width)
	}
	more += "; ←/→ select and scroll"
	return append(out, st.App.Dim.Render(more))
}

// selected is the index of the highlighted box, or -1 when none is.
func (m *Compose) selected() int {
	if m.focus != focusDiagram && m.editing == editNone {
		return -1
	}
	return m.sel
}

// diagramColumns draws the diagram, scrolled sideways to keep the selected
// component in view when it is wider than the screen; cols is then the
// line saying which columns show.
func (m *Compose) diagramColumns(st theme.Styles) (lines, cols []string) {
	sel := m.selected()
	if m.drawn == nil {
		c := diagram(m.sys)
		m.drawn = &c
	}
	c := *m.drawn
	w := max(1, m.width)
	var rest *lipgloss.Style
	if m.exprErr != nil {
		rest = &st.App.Dim
	}
	if c.width <= w {
		m.scroll = 0
		return crop(c, 0, w, sel, st.List.Selected, rest), nil
	}
	if sel >= 0 && sel < len(c.boxes) {
		box := c.boxes[sel]
		if box.x0 < m.scroll {
			m.scroll = box.x0
		}
		if box.x1 > m.scroll+w {
			m.scroll = box.x1 - w
		}
	}
	m.scroll = max(0, min(m.scroll, c.width-w))
	more := fmt.Sprintf("columns %d–%d of %d; ←/→ select and scroll", m.scroll+1, m.scroll+w, c.width)
	return crop(c, m.scroll, w, sel, st.List.Selected, rest), []string{st.App.Dim.Render(more)}
}

// ShortHelp implements help.KeyMap.
func (m *Compose) ShortHelp() []key.Binding {
	switch {
	case m.editing != editNone:
		return []key.Binding{m.keys.Confirm, m.keys.Cancel}
	case m.focus == focusExpr:
		return []key.Binding{common.WithHelp(m.keys.Confirm, "enter", "done"), common.Join("tab", "edit diagram", m.keys.Next, m.keys.Prev), m.keys.Back}
	}
	// The app drops the last entries that do not fit: at 80 columns the
	// line keeps building and simulating, and ? shows the rest.
	return []key.Binding{common.WithHelp(m.keys.Add, "a", "add"), common.WithHelp(m.keys.Replica, "p", "replica"),
		m.keys.Simulate, common.Join("c/C", "common cause", m.keys.CommonCause, m.keys.CommonCauseBack),
		common.Join("←/→", "select", m.keys.Left, m.keys.Right), m.keys.Delete, m.keys.Edit,
		common.WithHelp(m.keys.More, "+/-", "what if"), m.keys.Shared, m.keys.Presets, common.Join("tab", "type", m.keys.Next, m.keys.Prev)}
}

// FullHelp implements help.KeyMap.
func (m *Compose) FullHelp() [][]key.Binding {
	if m.editing != editNone || m.focus == focusExpr {
		return [][]key.Binding{m.ShortHelp()}
	}
	// Three columns, esc and tab in the first two: the app adds a fourth
	// for its own keys and an 80-column window cuts the last one short.
	k := m.keys
	return [][]key.Binding{
		{common.Join("←/→", "select", k.Left, k.Right), k.Add, k.Replica, k.Delete, k.Back},
		{k.Rename, k.Edit, k.KofN, common.Join("tab", "type expression", k.Next, k.Prev)},
		{k.More, k.Less, k.Simulate, common.Join("c/C", "common cause ±", k.CommonCause, k.CommonCauseBack), k.Shared, k.Presets},
	}
}
