package lessondone

import (
	"fmt"
	"strings"

	"faultline/quiz"
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
	read := m.ctx.Progress.Lessons[m.lesson.ID]
	for _, s := range m.lesson.Sections {
		mark := st.App.Dim.Render("· ")
		if read != nil && read.Read[s.ID] {
			mark = st.List.Done.Render("✓ ")
		}
		lines = append(lines, "  "+mark+st.List.Item.Render(s.Title))
	}
	lines = append(lines, "", st.List.Item.Render(m.checksLine()), st.List.Item.Render(m.quizLine()), "")
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

// checksLine says how the student did on the questions the sections asked.
func (m *Model) checksLine() string {
	ids := m.checkIDs()
	if len(ids) == 0 {
		return "Checks: this lesson asks none along the way."
	}
	s := quiz.StandingOf(m.ctx.Progress.Quiz, ids)
	if s.Answered == 0 {
		return fmt.Sprintf("Checks: %s along the way, none answered yet.", plural(s.Total, "question"))
	}
	return fmt.Sprintf("Checks: %d of %d right along the way (%d not answered).", s.Right, s.Total, s.Total-s.Answered)
}

// quizLine says the lesson quiz's score, or that it is still to take.
func (m *Model) quizLine() string {
	sc, ok := m.ctx.Progress.QuizScore(m.lesson.ID)
	if !ok {
		return "Quiz: not taken yet."
	}
	if sc.Last == sc.Best {
		return fmt.Sprintf("Quiz: %d of %d right.", sc.Best.Correct, sc.Best.Total)
	}
	return fmt.Sprintf("Quiz: best %d of %d right, last %d of %d.", sc.Best.Correct, sc.Best.Total, sc.Last.Correct, sc.Last.Total)
}

// plural is "1 question" or "3 questions".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
