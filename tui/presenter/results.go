package presenter

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
	"faultline/tui/components/textwrap"
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
// the room: on a choice question a thick bar per choice, the right ones
// marked; on any other question a bar for right and one for wrong, then
// the most common answers; and how many answered right and wrong.
func (m *Presenter) resultsView(lay slideview.Layout, c *quizCard) string {
	st := m.ctx.Styles
	q := classroom.QuestionFrom(c.q, true)
	t := m.class.Hub.Tally(c.q.ID)
	w := lay.Width
	lines := []string{st.App.Title.Render("Results · question " + c.q.ID)}
	lines = append(lines, strings.Split(st.App.Dim.Render(textwrap.Wrap(q.Prompt, w, "")), "\n")...)
	lines = append(lines, "")
	room := lay.ContentLines - len(lines) - 4 // the summary and the keys below
	if len(q.Choices) > 0 {
		lines = append(lines, m.choiceBars(q, t, w, room)...)
	} else {
		lines = append(lines, m.rightWrongBars(c, t, w, room)...)
	}
	total := t.Right + t.Wrong
	lines = append(lines, "",
		st.Diagram.Good.Bold(true).Render(fmt.Sprintf("%d right", t.Right))+st.App.Dim.Render(" · ")+
			st.Diagram.Bad.Bold(true).Render(fmt.Sprintf("%d wrong", t.Wrong))+
			st.App.Dim.Render(fmt.Sprintf(" · %d answered, %d here now", total, t.Connected)),
		st.App.Dim.Render(ansi.Truncate("r shows the question again · c reopens answers · x resets them (asks first)", w, "…")))
	return common.Frame(strings.Repeat("\n", lay.Top)+strings.Join(lines, "\n"), m.width, lay.Height, lay.Left)
}

// choiceBars is a bar per choice of q, each as thick as room allows (up
// to three rows), the right ones marked, with its count and its share of
// the students who answered: where a question takes several choices the
// shares add up to more than 100 %, as "how many of you picked this" does.
func (m *Presenter) choiceBars(q *classroom.Question, t classroom.Tally, w, room int) []string {
	st := m.ctx.Styles
	total := t.Answered
	thick := min(3, max(1, room/max(1, len(q.Choices))-1))
	var lines []string
	for i, ch := range q.Choices {
		n := count(t.Counts, i)
		style, mark := st.App.Dim, "  "
		if q.IsCorrect(i) {
			style, mark = st.Diagram.Good.Bold(true), "✓ "
		}
		lines = append(lines, bar(quiz.Letter(i)+" "+mark, n, total, w, thick, style)...)
		if thick > 1 {
			lines = append(lines, st.App.Dim.Render("    "+common.Cut(ch, w-4)))
		}
	}
	return lines
}

// rightWrongBars is a bar for the right answers and one for the wrong,
// then the answers given, most common first, as many as room allows
// (five at most). A match or an order answer in words is too long to
// tell one from another on a line, so when there is room those answers
// are said by the card's keys ("1–C, 2–A, 3–B") under the card's items.
func (m *Presenter) rightWrongBars(c *quizCard, t classroom.Tally, w, room int) []string {
	st := m.ctx.Styles
	total := t.Right + t.Wrong
	common := min(len(t.Common), 5, max(0, room-4))
	var legend []string
	if keyed(c.q.Type) && common > 0 {
		legend = strings.Split(c.options(w), "\n")
		if room-4-common < len(legend)+1 {
			legend = nil // no room for the card: the words, cut, it is
		}
	}
	thick := min(3, max(1, (room-common-3-len(legend))/2))
	lines := bar("✓ right ", t.Right, total, w, thick, st.Diagram.Good.Bold(true))
	lines = append(lines, bar("✗ wrong ", t.Wrong, total, w, thick, st.Diagram.Bad.Bold(true))...)
	if common == 0 {
		return lines
	}
	lines = append(lines, "", st.App.Subtitle.Render("Most common answers"))
	for _, a := range t.Common[:common] {
		mark, style := "✗ ", st.App.Dim
		if a.Correct {
			mark, style = "✓ ", st.Diagram.Good
		}
		said := a.Answer
		if legend != nil && a.Keys != "" {
			said = a.Keys
		}
		lines = append(lines, style.Render(ansi.Truncate(fmt.Sprintf("%4d  %s%s", a.Count, mark, said), w, "…")))
	}
	if legend != nil {
		lines = append(lines, "")
		for _, l := range legend {
			lines = append(lines, st.App.Dim.Render(l))
		}
	}
	return lines
}

// keyed reports whether answers of type t read better by the card's keys
// than in words on the projector.
func keyed(t quiz.Type) bool { return t == quiz.Match || t == quiz.Order }

// bar is a horizontal bar thick rows high for n of total, the label and
// the figures on its middle row, at most w wide.
func bar(label string, n, total, w, thick int, style lipgloss.Style) []string {
	labelW := lipgloss.Width(label)
	barW := max(1, w-labelW-12) // " 123  100%" after, and a column spare
	fill := 0
	if total > 0 {
		fill = (n*barW + total - 1) / total
	}
	drawn := style.Render(strings.Repeat("█", fill)) + strings.Repeat(" ", barW-fill)
	lines := make([]string, thick)
	for r := range thick {
		head, after := strings.Repeat(" ", labelW), ""
		if r == thick/2 {
			head, after = label, fmt.Sprintf(" %3d  %3d%%", n, percent(n, total))
		}
		lines[r] = head + drawn + after
	}
	return lines
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
