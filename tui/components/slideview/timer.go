package slideview

import (
	"fmt"
	"time"

	"charm.land/lipgloss/v2"

	"faultline/internal/lecture"
	"faultline/tui/theme"
)

// TimerText is the elapsed time and, with a countdown, the time left (or
// over) coloured by how urgent it is.
func TimerText(st theme.Styles, t lecture.Timer, now time.Time) string {
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
