package presenter

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/tui/common"
	"faultline/tui/components/slideview"
	"faultline/tui/components/textwrap"
)

// Minimum size below which the presenter asks for more room.
const (
	MinWidth  = 40
	MinHeight = 10
)

// View implements tea.Model: the full screen, without the self-study
// TUI's header and help line.
func (m *Presenter) View() tea.View {
	v := tea.NewView(m.Content())
	v.AltScreen = true
	v.WindowTitle = "faultline lecture"
	if m.deck.Len() > 0 {
		v.WindowTitle += " · " + m.deck.Slides[m.nav.Slide].Title
	}
	return v
}

// Content draws the screen as text: the slide (or an overlay) and the
// footer, exactly width×height.
func (m *Presenter) Content() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.width < MinWidth || m.height < MinHeight {
		msg := fmt.Sprintf("The lecture needs at least %d×%d; this window is %d×%d.", MinWidth, MinHeight, m.width, m.height)
		if text := textwrap.Wrap(msg, m.width, ""); lipgloss.Height(text) <= m.height {
			return common.Fit(text, m.width, m.height)
		}
		// Too small for the sentence: the size needed, at least, shows.
		return common.Fit(textwrap.Wrap(fmt.Sprintf("need %d×%d", MinWidth, MinHeight), m.width, ""), m.width, m.height)
	}
	if m.deck.Len() == 0 {
		return common.Fit("The deck has no slides.", m.width, m.height)
	}
	if m.blank { // nothing for the room; a stray key shows the way back
		if m.notice == "" {
			return strings.Repeat("\n", m.height-1)
		}
		return strings.Repeat("\n", m.height-1) + common.Cut(" "+m.ctx.Styles.App.Dim.Render(m.notice), m.width)
	}
	m.ensureWidgets()
	m.markAsked()
	lay := slideview.LayoutFor(m.width, m.height)
	var body string
	switch m.mode {
	case modeIndex:
		body = m.indexView(lay)
	case modeHelp:
		body = m.helpView(lay)
	case modeJoin:
		body = m.joinView(lay)
	case modeRoster:
		body = m.rosterView(lay)
	default:
		if c := m.revealedQuestion(); c != nil {
			body = m.resultsView(lay, c)
		} else {
			body = m.slideBody(lay)
		}
	}
	if m.mode == modeJoin || m.mode == modeRoster {
		return body + "\n\n" + m.footer() // the screen says all the line would, whole
	}
	return body + "\n" + m.classroomLine() + "\n" + m.footer()
}

// slideBody is the slide inside its margins, scrolled when it overflows.
func (m *Presenter) slideBody(lay slideview.Layout) string {
	lines := m.slideView(lay)
	over := len(lines) - lay.ContentLines
	m.scroll = min(m.scroll, max(0, over))
	if m.scroll > 0 {
		lines = lines[m.scroll:]
	}
	if len(lines) > lay.ContentLines && lay.ContentLines > 0 {
		lines = lines[:lay.ContentLines]
		lines[len(lines)-1] = m.ctx.Styles.App.Dim.Render("↓ more (↓ scrolls)")
	}
	text := strings.Repeat("\n", lay.Top) + strings.Join(lines, "\n")
	return common.Frame(text, m.width, lay.Height, lay.Left)
}

// indexView lists every slide with its number; lesson title slides stand
// out, and the selected slide is marked.
func (m *Presenter) indexView(lay slideview.Layout) string {
	st := m.ctx.Styles
	rows := max(1, lay.Height-2)
	first := min(max(0, m.index-rows/2), max(0, m.deck.Len()-rows))
	lines := []string{st.App.Title.Render("Slides") + st.App.Dim.Render("  "+common.Hint(indexKeys{m.keys}.ShortHelp())), ""}
	numW := len(fmt.Sprint(m.deck.Len()))
	for i := first; i < min(m.deck.Len(), first+rows); i++ {
		s := m.deck.Slides[i]
		cursor := "  "
		title := "  " + s.Title
		style := st.List.Item
		if s.IsTitle() {
			title = s.Title
			style = st.App.Subtitle.Bold(true)
		}
		if i == m.nav.Slide {
			title += st.App.Dim.Render("  (showing)")
		}
		if i == m.index {
			cursor, style = "› ", st.List.Selected
		}
		lines = append(lines, fmt.Sprintf("%s%*d  %s", cursor, numW, i+1, style.Render(title)))
	}
	return common.Frame(strings.Join(lines, "\n"), m.width, lay.Height, lay.Left)
}

// helpView lists the keys (in two columns when there is room) and says
// when the screen redraws.
func (m *Presenter) helpView(lay slideview.Layout) string {
	st := m.ctx.Styles
	groups := m.keys.FullHelp()
	col := func(gs ...[]key.Binding) string {
		var b strings.Builder
		for gi, g := range gs {
			if gi > 0 {
				b.WriteString("\n")
			}
			for _, k := range g {
				h := k.Help()
				fmt.Fprintf(&b, "%-10s %s\n", h.Key, st.App.Subtitle.Render(h.Desc))
			}
		}
		return strings.TrimRight(b.String(), "\n")
	}
	keys := col(groups...)
	if lay.Width >= 64 {
		// Two columns of about equal height: groups fill the first while
		// it stays no taller than the rest.
		rows := func(gs [][]key.Binding) int {
			n := 0
			for _, g := range gs {
				n += len(g) + 1
			}
			return n
		}
		split := 1
		for split < len(groups)-1 && rows(groups[:split+1]) <= rows(groups[split+1:]) {
			split++
		}
		keys = lipgloss.JoinHorizontal(lipgloss.Top, col(groups[:split]...), "    ", col(groups[split:]...))
	}
	notes := []string{
		"While a widget is in use it gets every key but ?, which lists its keys (unless you are typing in it); esc gives them back. With several widgets, tab (shift+tab back) goes through every field of each in turn; with none in use, tab opens the index. ↑/↓ scroll a slide taller than the screen; while blank, b or esc shows the slide again.",
		"The clock and timer redraw once a second, only while the timer runs: paused with t, nothing redraws.",
		"With --serve, j puts up the join screen (the command, the code in large letters, the host key, who has joined); j or esc returns to the slide. w lists who is here and who has answered (never what); e saves the answers so far, as the end of the lecture does.",
		"Any key closes this help.",
	}
	var lecture strings.Builder
	lecture.WriteString(st.App.Title.Render("Lecture keys") + "\n\n" + keys + "\n\n")
	for _, n := range notes {
		lecture.WriteString(st.App.Dim.Render(textwrap.Wrap(n, lay.Width, "")) + "\n")
	}
	text := lecture.String()
	if w := m.Focused(); w != nil {
		if gs := widgetHelpGroups(w); len(gs) > 0 {
			own := st.App.Title.Render(w.Title()+" keys, while it is in use") + "\n\n" + sideBySide(lay.Width, col, gs) + "\n\n"
			if lay.Top+lipgloss.Height(own)+lipgloss.Height(text) > lay.Height {
				// No room for both: the widget's keys, and how to reach the lecture's.
				text = st.App.Dim.Render(textwrap.Wrap("esc gives the keys back to the slides; ? then lists the lecture's keys. Any key closes this help.", lay.Width, "")) + "\n"
			}
			text = own + text
		}
	}
	return common.Frame(strings.Repeat("\n", lay.Top)+text, m.width, lay.Height, lay.Left)
}

// sideBySide puts each group of keys in its own column when they fit in
// width, else the first group beside the rest, else one under the other.
func sideBySide(width int, col func(...[]key.Binding) string, groups [][]key.Binding) string {
	cols := make([]string, 0, 2*len(groups))
	for i, g := range groups {
		if i > 0 {
			cols = append(cols, "    ")
		}
		cols = append(cols, col(g))
	}
	if joined := lipgloss.JoinHorizontal(lipgloss.Top, cols...); lipgloss.Width(joined) <= width {
		return joined
	}
	if len(groups) > 2 { // two columns: the first group, then the rest
		if joined := lipgloss.JoinHorizontal(lipgloss.Top, col(groups[0]), "    ", col(groups[1:]...)); lipgloss.Width(joined) <= width {
			return joined
		}
	}
	return col(groups...)
}
