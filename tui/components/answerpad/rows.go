package answerpad

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// Rows draws the answer rows at most width columns wide, and returns the
// line of the highlighted row. In review each row is marked right or
// wrong against the card's answer, with the answer beside a wrong one, and
// no row is highlighted; nor is one on an idle pad (SetIdle).
func (p *Pad) Rows(st theme.Styles, width int, review bool) ([]string, int) {
	q := p.card.Question
	w := width
	var lines []string
	cursorLine := 0
	row := func(i int, mark, label, text string) {
		cur := "  "
		style := st.List.Item
		if i == p.cursor && !review && !p.idle {
			cur, style = st.List.Selected.Render("› "), st.List.Selected
			cursorLine = len(lines)
		}
		lines = append(lines, common.Hanging(cur+mark+label, text, w, style)...)
	}
	good, bad := st.List.Done.Render("✓ "), st.App.Error.Render("✗ ")
	markOf := func(right, wrong bool) string {
		switch {
		case !review:
			return ""
		case right:
			return good
		case wrong:
			return bad
		}
		return "  "
	}
	switch q.Type {
	case quiz.Single, quiz.Multi, quiz.TrueFalse:
		texts := []string{"True", "False"}
		correct := []bool{q.Answer, !q.Answer}
		if q.Type != quiz.TrueFalse {
			texts, correct = nil, nil
			for _, c := range q.Choices {
				texts, correct = append(texts, c.Text), append(correct, c.Correct)
			}
		}
		for i, t := range texts {
			box := "( ) "
			if q.Type == quiz.Multi {
				box = "[ ] "
			}
			if p.picked[i] {
				box = map[bool]string{true: "[x] ", false: "(•) "}[q.Type == quiz.Multi]
			}
			label := quiz.Letter(i) + ". "
			if q.Type == quiz.TrueFalse {
				label = map[int]string{0: "t. ", 1: "f. "}[i]
			}
			row(i, markOf(correct[i], p.picked[i] && !correct[i]), box+label, t)
		}
	case quiz.Classify:
		for i, d := range quiz.Dimensions {
			var cells []string
			for c, name := range d.Classes {
				// Numbered as 1 and 2 pick them.
				cell := st.App.Dim.Render(fmt.Sprintf(" %d %s ", c+1, name))
				if p.classes[i] == c {
					cell = st.List.Selected.Render(fmt.Sprintf("[%d %s]", c+1, name))
				}
				cells = append(cells, pad(cell, 18))
			}
			right := p.classes[i] >= 0 && d.Classes[p.classes[i]] == q.Classes[d.Name]
			text := fmt.Sprintf("%-12s", d.Name) + strings.Join(cells, " ")
			if review && !right {
				text += st.App.Dim.Render("  answer: " + q.Classes[d.Name])
			}
			row(i, markOf(right, !right), "", text)
		}
	case quiz.Order:
		for pos, item := range p.order {
			text := q.Items[item]
			if review && item != pos {
				text += fmt.Sprintf("  (belongs at %d)", item+1)
			}
			row(pos, markOf(item == pos, item != pos), fmt.Sprintf("%d. ", pos+1), text)
		}
	case quiz.Match:
		for i, pr := range q.Pairs {
			pick := "?"
			if p.match[i] >= 0 {
				pick = quiz.Letter(p.match[i])
			}
			right := p.match[i] >= 0 && p.card.RightOrder[p.match[i]] == i
			text := pr.Left + "  → " + pick
			if review && !right {
				text += "  (answer: " + quiz.Letter(shownRight(p.card, i)) + ")"
			}
			row(i, markOf(right, !right), fmt.Sprintf("%d. ", i+1), text)
		}
		lines = append(lines, "")
		used := p.usedBy()
		for k, j := range p.card.RightOrder {
			text := q.Pairs[j].Right
			mark := "  "
			if len(used[k]) > 0 && !review {
				// A letter already given says to which items, so a
				// second use is a choice, not a slip.
				mark = st.List.Done.Render("• ")
				text += st.App.Dim.Render(" (matched to " + strings.Join(used[k], ", ") + ")")
			}
			lines = append(lines, common.Hanging(mark+quiz.Letter(k)+". ", text, w, st.List.Meta)...)
		}
	case quiz.NumericType:
		if review {
			lines = append(lines, st.List.Meta.Render("you answered: ")+p.input.Value())
		} else {
			lines = append(lines, p.input.View())
			if q.Numeric != nil && q.Numeric.Unit != "" {
				lines = append(lines, common.Hanging("  ", q.Numeric.Unit, w, st.App.Dim)...)
			}
		}
	}
	return lines, cursorLine
}

// usedBy lists, per shown right side, the numbers of the left items
// matched to it so far.
func (p *Pad) usedBy() [][]string {
	used := make([][]string, len(p.card.RightOrder))
	for i, k := range p.match {
		if k >= 0 && k < len(used) {
			used[k] = append(used[k], fmt.Sprint(i+1))
		}
	}
	return used
}

// shownRight returns where pair i's right side is shown.
func shownRight(c quiz.Card, i int) int {
	for k, j := range c.RightOrder {
		if j == i {
			return k
		}
	}
	return 0
}

// pad fills a styled string with spaces to width cells.
func pad(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-lipgloss.Width(s)))
}
