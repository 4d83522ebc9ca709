package quizscreen

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/quiz"
	"faultline/tui/common"
)

// View implements common.Screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var lines []string
	focus := 0
	switch {
	case m.leaving:
		lines = m.leavingLines()
	case m.phase == finished:
		lines, focus = m.summaryLines()
	case m.phase == feedback:
		lines, _ = m.questionLines()
		lines = m.scrolled(lines)
	default:
		lines, focus = m.questionLines()
	}
	return common.Fit(strings.Join(window(lines, focus, m.height), "\n"), m.width, m.height)
}

// leavingLines asks whether to leave a quiz before its end, and says what
// leaving keeps and what it does not.
func (m *Model) leavingLines() []string {
	st := m.ctx.Styles
	t := m.session.Score()
	what := fmt.Sprintf("You have answered %d of %d questions. Your answers are kept for review, but a quiz left before the end records no score.", t.Answered, t.Total)
	lines := []string{st.App.Title.Render("Leave this quiz?"), ""}
	lines = append(lines, common.Hanging("", what, m.width, st.List.Item)...)
	return append(lines, "", st.App.Dim.Render("y: leave · n or esc: keep going"))
}

// scrolled shows a feedback from line m.scroll; when more follows below,
// the last row says so and how to reach it.
func (m *Model) scrolled(lines []string) []string {
	if len(lines) <= m.height {
		return lines
	}
	first := max(0, min(m.scroll, len(lines)-m.height))
	shown := lines[first : first+m.height : first+m.height]
	if first+m.height < len(lines) && m.height > 1 {
		shown = append(shown[:m.height-1], m.ctx.Styles.App.Dim.Render("↓ more below (↓/j to scroll)"))
	}
	return shown
}

// questionLines draws the current question, answered or not, and returns
// the line to keep in view.
func (m *Model) questionLines() ([]string, int) {
	st := m.ctx.Styles
	w := m.width
	q := m.ans.Card().Question
	score := m.session.Score()
	head := st.App.Title.Render(fmt.Sprintf("Question %d of %d", m.session.Position()+1, m.session.Len()))
	right := st.App.Dim.Render(fmt.Sprintf("%d/%d right", score.Correct, score.Answered))
	if gap := w - lipgloss.Width(head) - lipgloss.Width(right); gap >= 2 {
		head += strings.Repeat(" ", gap) + right
	}
	lines := []string{head, ""}
	lines = append(lines, common.Hanging("", q.Prompt, w, st.List.Item.Bold(true))...)
	lines = append(lines, "")
	review := m.phase == feedback
	if review {
		lines = append(lines, m.verdictLines()...)
		lines = append(lines, "")
	}
	rows, cursorLine := m.ans.Rows(m.ctx.Styles, w, review)
	focus := len(lines) + cursorLine
	lines = append(lines, rows...)
	if review {
		lines = append(lines, "")
		lines = append(lines, common.Hanging("Why: ", q.Explanation, w, st.App.Subtitle)...)
		lines = append(lines, "")
		if m.secondTry {
			lines = append(lines, common.Hanging("", quiz.SecondTryNote, w, st.App.Dim)...)
		}
		if m.session.Hinted() {
			lines = append(lines, common.Hanging("", quiz.HintedNote, w, st.App.Dim)...)
		}
		lines = append(lines, common.Hanging("", "From "+m.sectionName(q)+" · o to read it", w, st.List.Meta)...)
		next := "enter: next question"
		if m.session.Position()+1 >= m.session.Len() {
			next = "enter: see your score"
		}
		lines = append(lines, st.App.Dim.Render(next))
		focus = 0
	} else if m.showHint {
		lines = append(lines, "")
		lines = append(lines, common.Hanging("Hint: ", q.Hint, w, st.App.Subtitle)...)
		focus = len(lines) - 1
	}
	if hint := m.hint; !review && (hint != "" || m.session.SecondTry()) {
		if hint == "" {
			hint = quiz.TryOnceMore // stays while the student changes the answer
		}
		lines = append(lines, "")
		lines = append(lines, common.Hanging("", hint, w, st.App.Notice)...)
		focus = len(lines) - 1 // the hint answers the key just pressed
	}
	return lines, focus
}

// verdictLines says right or wrong and what the answer is.
func (m *Model) verdictLines() []string {
	st := m.ctx.Styles
	r := m.result
	mark, style := "✓ ", st.List.Done.Bold(true)
	if !r.Correct {
		mark, style = "✗ ", st.App.Error.Bold(true)
	}
	lines := common.Hanging(style.Render(mark), shortFeedback(m.ans.Card().Question.Type, r.Feedback), m.width, style)
	if !r.Correct && r.Score > 0 {
		lines = append(lines, st.App.Dim.Render(fmt.Sprintf("  %.0f%% credit", r.Score*100)))
	}
	return lines
}

// shortFeedback keeps the first clause of the grade's feedback for the
// types whose answer rows already show each right answer.
func shortFeedback(t quiz.Type, feedback string) string {
	switch t {
	case quiz.Classify, quiz.Order, quiz.Match:
		if head, _, ok := strings.Cut(feedback, ";"); ok {
			return head + "."
		}
	}
	return feedback
}

// sectionName names the lesson and section a question tests.
func (m *Model) sectionName(q quiz.Question) string {
	l, i, ok := m.ctx.Course.Resolve(q.Section)
	if !ok {
		return q.Section
	}
	return l.Title + " › " + l.Sections[i].Title
}
