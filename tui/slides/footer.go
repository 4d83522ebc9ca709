package slides

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/theme"
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
	right := st.App.Dim.Render(now.Format("15:04")) + "  " + timerText(st, m.timer, now)

	const pad = 1
	room := m.width - 2*pad - lipgloss.Width(center) - lipgloss.Width(right) - 4
	if room < 8 { // narrow: drop the bar first
		center = st.List.Item.Render(pos)
		room = m.width - 2*pad - lipgloss.Width(center) - lipgloss.Width(right) - 4
	}
	left = ansi.Truncate(left, max(0, room), "…")
	fill := m.width - 2*pad - lipgloss.Width(left) - lipgloss.Width(center) - lipgloss.Width(right)
	gapL := max(2, fill/2)
	gapR := max(2, fill-gapL)
	line := strings.Repeat(" ", pad) + left + strings.Repeat(" ", gapL) + center + strings.Repeat(" ", gapR) + right
	return ansi.Truncate(line, m.width, "")
}

// timerText is the elapsed time and, with a countdown, the time left (or
// over) coloured by how urgent it is.
func timerText(st theme.Styles, t lecture.Timer, now time.Time) string {
	text := "elapsed " + clockText(t.Elapsed(now))
	style := st.List.Item
	if left, ok := t.Remaining(now); ok {
		if left < 0 {
			text += " · " + clockText(-left) + " over"
		} else {
			text += " · " + clockText(left) + " left"
		}
		style = urgencyStyle(st, t.Urgency(now))
	}
	if t.Paused() {
		text += " · paused"
	}
	return style.Render(text)
}

// urgencyStyle colours the countdown: plain while calm, warning colour
// when time runs short, bold red when nearly out or over.
func urgencyStyle(st theme.Styles, u lecture.Urgency) lipgloss.Style {
	switch u {
	case lecture.Soon:
		return st.Diagram.Warn.Bold(true)
	case lecture.Critical:
		return st.Diagram.Bad.Bold(true)
	case lecture.Over:
		return st.Diagram.Bad.Bold(true).Reverse(true)
	}
	return st.List.Item
}

// clockText is a duration as M:SS, or H:MM:SS from an hour.
func clockText(d time.Duration) string {
	d = d.Truncate(time.Second)
	h, mnt, s := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, mnt, s)
	}
	return fmt.Sprintf("%d:%02d", mnt, s)
}
