package presenter

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/internal/classroom"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// revealedQuestion is the quiz card on the slide whose answer is revealed
// while students follow, or nil: the projector then shows the results.
func (m *Presenter) revealedQuestion() *quizCard {
	if m.class == nil || m.class.Hub == nil {
		return nil
	}
	if c := m.slideQuestion(); c != nil && c.shown {
		return c
	}
	return nil
}

// resultsView is the class's answers to c as a bar chart for the back of
// the room: a thick bar per choice, the right ones marked, and how many
// answered right and wrong.
func (m *Presenter) resultsView(lay slideview.Layout, c *quizCard) string {
	st := m.ctx.Styles
	q := classroom.QuestionFrom(c.q, true)
	t := m.class.Hub.Tally(c.q.ID)
	w := lay.Width
	lines := []string{st.App.Title.Render("Results · question " + c.q.ID)}
	lines = append(lines, strings.Split(st.App.Dim.Render(lipgloss.Wrap(q.Prompt, w, "")), "\n")...)
	lines = append(lines, "")

	right, total := 0, 0
	for i := range q.Choices {
		n := count(t.Counts, i)
		total += n
		if q.IsCorrect(i) {
			right += n
		}
	}
	// Each bar as thick as the room allows, up to three rows.
	room := lay.ContentLines - len(lines) - 4 // the summary and the keys below
	thick := min(3, max(1, room/max(1, len(q.Choices))-1))
	barW := max(1, w-4-12) // "A ✓ " before, " 123  100%" after
	for i, ch := range q.Choices {
		n := count(t.Counts, i)
		fill := 0
		if total > 0 {
			fill = (n*barW + total - 1) / total
		}
		style, mark := st.App.Dim, "  "
		if q.IsCorrect(i) {
			style, mark = st.Diagram.Good.Bold(true), "✓ "
		}
		bar := style.Render(strings.Repeat("█", fill)) + strings.Repeat(" ", barW-fill)
		for r := range thick {
			label := "    "
			after := ""
			if r == thick/2 {
				label = quiz.Letter(i) + " " + mark
				after = fmt.Sprintf(" %3d  %3d%%", n, percent(n, total))
			}
			lines = append(lines, label+bar+after)
		}
		if thick > 1 {
			lines = append(lines, st.App.Dim.Render("    "+common.Cut(ch, w-4)))
		}
	}
	lines = append(lines, "",
		st.Diagram.Good.Bold(true).Render(fmt.Sprintf("%d right", right))+st.App.Dim.Render(" · ")+
			st.Diagram.Bad.Bold(true).Render(fmt.Sprintf("%d wrong", total-right))+
			st.App.Dim.Render(fmt.Sprintf(" · %d answered, %d here now", total, t.Connected)),
		st.App.Dim.Render("r hides the answer and shows the question again"))
	return common.Frame(strings.Repeat("\n", lay.Top)+strings.Join(lines, "\n"), m.width, lay.Height, lay.Left)
}

// count is counts[i], or 0 past its end.
func count(counts []int, i int) int {
	if i < len(counts) {
		return counts[i]
	}
	return 0
}

// percent is n of total in whole percent, 0 when total is 0.
func percent(n, total int) int {
	if total == 0 {
		return 0
	}
	return (n*100 + total/2) / total
}
