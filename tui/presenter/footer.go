package presenter

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// footer is one line: the lesson (or what is being typed), slide n/m, a
// progress bar, the clock and the timer.
func (m *Presenter) footer() string {
	st := m.ctx.Styles
	now := m.now()
	s := m.deck.Slides[m.nav.Slide]
	left := st.App.Subtitle.Render(s.Lesson.Title)
	switch {
	case m.mode == modeQuit:
		left = st.App.Notice.Bold(true).Render("Quit the lecture? y/n")
	case m.mode == modeReset:
		left = st.App.Notice.Bold(true).Render("Reset the answers? y/n")
	case m.notice != "":
		left = st.App.Notice.Render(m.notice)
	case m.digits != "":
		left = st.App.Notice.Render("go to slide " + m.digits + "_ (enter)")
	case m.Focused() != nil:
		left = st.App.Notice.Render(widgetFooterHint(m.Focused())) + st.App.Dim.Render(" · "+m.Focused().Title())
	}
	pos := fmt.Sprintf("%d/%d", m.nav.Slide+1, m.deck.Len())
	if s.Steps > 0 {
		pos += fmt.Sprintf(" (%d/%d)", m.nav.Step, s.Steps)
	}
	barW := min(24, max(0, m.width/8))
	bar := common.ProgressBar(m.nav.Slide+1, m.deck.Len(), barW, st.App.Title, st.App.Dim)
	center := st.List.Item.Render(pos) + " " + bar
	right := st.App.Dim.Render(now.Format("15:04")) + "  " + slideview.TimerText(st, m.timer, now)

	const pad = 1
	room := m.width - 2*pad - lipgloss.Width(center) - lipgloss.Width(right) - 4
	if room < 8 || m.notice != "" && lipgloss.Width(left) > room { // narrow, or a notice to say whole: drop the bar first
		center = st.List.Item.Render(pos)
		room = m.width - 2*pad - lipgloss.Width(center) - lipgloss.Width(right) - 4
	}
	if words := strings.Fields(s.Lesson.Title); left == st.App.Subtitle.Render(s.Lesson.Title) && len(words) > 0 && room <= lipgloss.Width(words[0]) {
		left = "" // the lesson's title gives way whole rather than as half a word: the slide names it
	}
	left = common.Cut(left, max(0, room))
	fill := m.width - 2*pad - lipgloss.Width(left) - lipgloss.Width(center) - lipgloss.Width(right)
	gapL := max(2, fill/2)
	gapR := max(2, fill-gapL)
	line := strings.Repeat(" ", pad) + left + strings.Repeat(" ", gapL) + center + strings.Repeat(" ", gapR) + right
	return ansi.Truncate(line, m.width, "")
}
