package lessondone

import (
	"fmt"
	"strings"

	"faultline/tui/common"
)

// View implements common.Screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.ctx.Styles
	lines := []string{st.App.Title.Render("You finished " + m.lesson.Title), ""}
	lines = append(lines, st.List.Meta.Render("What it covered:"))
	end := m.end()
	for _, s := range m.lesson.Sections {
		mark := st.App.Dim.Render("· ")
		if end.Read(s.ID) {
			mark = st.List.Done.Render("✓ ")
		}
		lines = append(lines, "  "+mark+st.List.Item.Render(s.Title))
	}
	lines = append(lines, "", st.List.Item.Render(end.ChecksLine()), st.List.Item.Render(end.QuizLine()), "")
	focus := len(lines)
	for i, c := range m.choices() {
		cur, style := "  ", st.List.Item
		if !c.enabled {
			style = st.App.Dim
		}
		if i == m.cursor {
			cur = st.List.Selected.Render("› ")
			if c.enabled {
				style = st.List.Selected
			}
			focus = len(lines)
		}
		lines = append(lines, cur+style.Render(fmt.Sprintf("%d. %s", i+1, c.label)))
	}
	// The choices matter most: when the screen is short, the list of
	// sections scrolls away first.
	if over := len(lines) - m.height; over > 0 {
		cut := min(over, max(0, focus-3))
		lines = lines[cut:]
	}
	return common.Fit(strings.Join(lines, "\n"), m.width, m.height)
}
