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

// rosterGap is the space between two columns of names.
const rosterGap = 3

// toggleRoster puts the roster up, or says why there is none.
func (m *Presenter) toggleRoster() {
	if m.class == nil || m.class.Hub == nil {
		m.notice = notServedNotice
		return
	}
	m.mode, m.rosterPage = modeRoster, 0
}

// rosterKey handles a key while the roster is up: w or esc returns to
// the slide, ↑/↓ page through a long roster, and the keys of every
// screen that takes the slide (screenKey).
func (m *Presenter) rosterKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Roster, m.keys.Back):
		m.mode = modeSlides
	case key.Matches(msg, m.keys.Down):
		m.rosterPage++ // clamped when drawn
	case key.Matches(msg, m.keys.Up):
		m.rosterPage = max(0, m.rosterPage-1)
	default:
		return m.screenKey(msg, "roster · w or esc returns to the slide")
	}
	return nil
}

// rosterView lists the students who are connected, in the order they
// joined, in as many columns as fit; on a question slide each name is
// marked with whether the student has answered (never with what).
func (m *Presenter) rosterView(lay slideview.Layout) string {
	st := m.ctx.Styles
	w := lay.Width
	c := m.slideQuestion()
	qid := ""
	if c != nil {
		qid = c.q.ID
	}
	seats := m.class.Hub.Roster(qid)
	answered := 0
	for _, s := range seats {
		if s.Answered {
			answered++
		}
	}
	head := []string{st.App.Title.Render("Who is here")}
	summary := fmt.Sprintf("%d %s joined", len(seats), plural(len(seats), "student", "students"))
	if c != nil {
		summary += fmt.Sprintf(" · %d answered question %s, %d waiting", answered, c.q.ID, len(seats)-answered)
	}
	head = append(head, st.App.Notice.Bold(true).Render(common.Cut(summary, w)), "")
	keys := "w or esc returns · e saves the results"
	foot := []string{"", st.App.Dim.Render(common.Cut("Names only: no one's answer is shown here.", w)), ""}

	// Columns of names, each as wide as the widest name and its mark.
	cellW := 1
	for _, s := range seats {
		cellW = max(cellW, lipgloss.Width(s.Name))
	}
	if c != nil {
		cellW += 2 // "✓ " or "· "
	}
	cols := max(1, (w+rosterGap)/(cellW+rosterGap))
	rows := max(1, lay.ContentLines-len(head)-len(foot))
	perPage := cols * rows
	pages := max(1, (len(seats)+perPage-1)/perPage)
	m.rosterPage = min(m.rosterPage, pages-1)
	page := seats[min(len(seats), m.rosterPage*perPage):min(len(seats), (m.rosterPage+1)*perPage)]
	if pages > 1 {
		keys = fmt.Sprintf("w or esc returns · page %d of %d (↑/↓) · e saves the results", m.rosterPage+1, pages)
	}
	foot[2] = st.App.Dim.Render(common.Cut(keys, w))

	grid := make([][]string, min(rows, len(page)))
	for i, s := range page {
		name := common.Cut(s.Name, cellW)
		cell := name
		if c != nil {
			if s.Answered {
				cell = st.Diagram.Good.Render("✓ " + name)
			} else {
				cell = st.App.Dim.Render("· " + name)
			}
		}
		cell += strings.Repeat(" ", max(0, cellW-lipgloss.Width(cell)))
		grid[i%rows] = append(grid[i%rows], cell)
	}
	lines := head
	if len(seats) == 0 {
		lines = append(lines, st.App.Dim.Render(textwrap.Wrap("No one has joined yet: j puts up the join screen.", w, "")))
	}
	for _, r := range grid {
		lines = append(lines, strings.TrimRight(strings.Join(r, strings.Repeat(" ", rosterGap)), " "))
	}
	lines = append(lines, foot...)
	text := strings.Repeat("\n", lay.Top) + strings.Join(lines, "\n")
	return common.Frame(text, m.width, lay.Height, lay.Left)
}
