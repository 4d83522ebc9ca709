package quizscreen

import (
	"fmt"
	"strings"

	"faultline/quiz"
	"faultline/tui/common"
)

// summaryLines draws the final score and the mistakes, each with the
// section to read, and returns the line to keep in view.
func (m *Model) summaryLines() ([]string, int) {
	st := m.ctx.Styles
	w := m.width
	t := m.session.Score()
	if t.Total == 0 {
		return []string{
			st.App.Title.Render("Nothing to ask"),
			"",
			st.List.Item.Render("No question is due for review. Missed questions come back a day after you miss them."),
			"",
			st.App.Dim.Render("esc: back"),
		}, 0
	}
	pct := 100 * t.Points / float64(t.Total)
	title := "Quiz complete"
	if m.opt.Practice {
		title = "Practice complete"
	}
	lines := []string{
		st.App.Title.Render(title),
		"",
		st.List.Item.Bold(true).Render(fmt.Sprintf("%d of %d right", t.Correct, t.Total)) +
			st.App.Dim.Render(fmt.Sprintf(" · %.1f points with partial credit (%.0f%%)", t.Points, pct)),
	}
	if t.Hinted > 0 {
		lines = append(lines, common.Hanging("", quiz.HintedText(t.Hinted), w, st.App.Dim)...)
	}
	lines = append(lines, "")
	if len(m.mistakes) == 0 {
		done := "No mistakes. Every question moves up a box and comes back later for review."
		if m.opt.Practice {
			done = "All right this time. Practice records nothing: review comes as scheduled."
		}
		lines = append(lines, common.Hanging("", done, w, st.List.Done)...)
		return append(lines, "", st.App.Dim.Render("r: retake · esc: back")), 0
	}
	what := fmt.Sprintf("Mistakes (%d) — they come back for review tomorrow:", len(m.mistakes))
	if m.opt.Practice {
		what = fmt.Sprintf("Missed again (%d) — practice records nothing:", len(m.mistakes))
	}
	lines = append(lines, common.Hanging("", what, w, st.List.Meta)...)
	lines = append(lines, st.App.Dim.Render("enter: read the section · m: practise these now · r: retake"), "")
	focus := 0
	for i, mk := range m.mistakes {
		cur, style := "  ", st.List.Item
		if i == m.cursor {
			cur, style = st.List.Selected.Render("› "), st.List.Selected
			focus = len(lines)
		}
		lines = append(lines, common.Hanging(cur+st.App.Error.Render("✗ "), oneLine(mk.Question.Prompt), w, style)...)
		where := m.sectionName(mk.Question)
		if mk.Hinted {
			where += " · after the hint"
		}
		lines = append(lines, "    "+st.List.Meta.Render(where))
		if i == m.cursor {
			lines = append(lines, common.Hanging("    ", shortFeedback(mk.Question.Type, mk.Result.Feedback), w, st.App.Subtitle)...)
		}
	}
	return lines, focus
}

// oneLine joins the lines of a prompt.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
