package coursemap

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// maxTableWidth keeps a lesson's figures near its title in a wide window.
const maxTableWidth = 96

// Column widths of the figures at the right of each lesson's line.
const (
	readWidth = 7 // "12/12 ✓"
	bestWidth = 5 // "10/10"
	dueWidth  = 3 // "12", "due"
)

// View implements common.Screen: the next step, the standing, a line per
// lesson (scrolled to keep the cursor in sight) and, under them, the reset
// question or what the last reset did, wrapped to the width.
func (m *Model) View() string {
	st := m.ctx.Styles
	w := max(1, m.width)
	var top []string
	top = append(top, wrap(st.List.Selected.Render("Next: ")+m.nextStep(), w)...)
	top = append(top, wrap(st.List.Meta.Render(m.standing()), w)...)
	top = append(top, "")
	var bottom []string
	switch {
	case m.confirming:
		bottom = append(bottom, "")
		bottom = append(bottom, wrap(st.App.Notice.Render("Reset all progress? Sections read, quiz scores and review history start afresh; the progress file is copied to a backup first. y resets, n keeps it."), w)...)
	case m.status != "":
		bottom = append(bottom, "")
		bottom = append(bottom, wrap(st.App.Notice.Render(m.status), w)...)
	}
	rows := m.rows(min(w, maxTableWidth))
	room := m.height - len(top) - len(bottom)
	if m.height > 0 && room < 3 {
		// Too low for the list: the question or the status comes first.
		top = top[:min(len(top), 1)]
		room = m.height - len(top) - len(bottom)
	}
	rows = window(rows, m.cursor+1, room) // +1: the column heads
	lines := append(append(top, rows...), bottom...)
	return strings.Join(lines, "\n")
}

// window returns at most n of rows: the first (the heads) and a run of
// the others that keeps row at in sight.
func window(rows []string, at, n int) []string {
	if n <= 0 {
		return nil
	}
	if len(rows) <= n {
		return rows
	}
	if n == 1 {
		return rows[at : at+1]
	}
	body := rows[1:]
	show := n - 1
	first := max(0, min(at-1-show/2, len(body)-show))
	return append([]string{rows[0]}, body[first:first+show]...)
}

// rows returns the column heads and a line per lesson, each w wide at most.
func (m *Model) rows(w int) []string {
	st := m.ctx.Styles
	course := m.ctx.Course
	nextID, _, hasNext := m.ctx.Progress.Continue(course)
	if !hasNext && m.nothingRead() && len(course.Lessons) > 0 {
		nextID, hasNext = course.Lessons[0].ID, true
	}
	due := m.ctx.Progress.DueByLesson(m.ctx.Bank, m.now())
	right := func(read, best, d string) string {
		return fmt.Sprintf(" %*s %*s %*s", readWidth, read, bestWidth, best, dueWidth, d)
	}
	rightWidth := lipgloss.Width(right("", "", ""))
	heads := fmt.Sprintf("%-*s", max(0, w-rightWidth), "    lesson") + right("read", "best", "due")
	out := []string{st.List.Meta.Render(ansi.Truncate(heads, w, ""))}
	for i, l := range course.Lessons {
		read := m.ctx.Progress.SectionsRead(l)
		readText := fmt.Sprintf("%d/%d  ", read, len(l.Sections))
		readStyle := st.List.Meta
		if read == len(l.Sections) && read > 0 {
			readText, readStyle = fmt.Sprintf("%d/%d ✓", read, len(l.Sections)), st.List.Done
		}
		best := "–"
		if q, ok := m.ctx.Progress.QuizScore(l.ID); ok {
			best = fmt.Sprintf("%d/%d", q.Best.Correct, q.Best.Total)
		}
		dueText := "–"
		if n := due[l.ID]; n > 0 {
			dueText = fmt.Sprint(n)
		}
		figures := " " + readStyle.Render(fmt.Sprintf("%*s", readWidth, readText)) +
			st.List.Meta.Render(fmt.Sprintf(" %*s %*s", bestWidth, best, dueWidth, dueText))
		// The title is cut on its own, after the marker and the number, so
		// a narrow window ends it at a word ("13 Microservices…").
		marker, titleStyle := "  ", st.List.Item
		if i == m.cursor {
			marker, titleStyle = "› ", st.List.Selected
		}
		number := fmt.Sprintf("%2d ", l.Order)
		room := w - rightWidth
		titleRoom := max(0, room-lipgloss.Width(marker+number))
		title, next := l.Title, ""
		if hasNext && l.ID == nextID {
			next = " ← next"
		}
		if lipgloss.Width(title+next) > titleRoom {
			if lipgloss.Width(title) > titleRoom {
				title, next = common.Cut(title, titleRoom), ""
			} else {
				next = common.Cut(next, titleRoom-lipgloss.Width(title))
			}
		}
		left := titleStyle.Render(marker) + st.List.Meta.Render(number) + titleStyle.Render(title) + st.List.Done.Render(next)
		if lipgloss.Width(left) > room {
			left = common.Cut(left, max(0, room))
		}
		out = append(out, left+strings.Repeat(" ", max(0, room-lipgloss.Width(left)))+figures)
	}
	return out
}

// nextStep says what to do next, from progress.State.Continue, the one
// rule home's Continue follows too.
func (m *Model) nextStep() string {
	course := m.ctx.Course
	if id, i, ok := m.ctx.Progress.Continue(course); ok {
		if l, ok := course.Lesson(id); ok && i < len(l.Sections) {
			return fmt.Sprintf("%s · section %d of %d: %s Enter reads it.", l.Title, i+1, len(l.Sections), sentence(l.Sections[i].Title))
		}
	}
	if len(course.Lessons) == 0 {
		return "the course has no lessons."
	}
	if m.nothingRead() {
		return "start with " + sentence(course.Lessons[0].Title) + " Enter reads it."
	}
	for _, l := range course.Lessons {
		if read := m.ctx.Progress.SectionsRead(l); read < len(l.Sections) {
			return fmt.Sprintf("the lessons after the last one read are done; %s has %d of %d sections read.", l.Title, read, len(l.Sections))
		}
	}
	if due := m.dueTotal(); due > 0 {
		return fmt.Sprintf("every lesson is read; review the %s due (Quizzes on the home screen).", plural(due, "question"))
	}
	return "every lesson is read and nothing is due for review; a lesson's quiz can raise its best."
}

// dueTotal counts the questions due for review.
func (m *Model) dueTotal() int {
	due := 0
	for _, n := range m.ctx.Progress.DueByLesson(m.ctx.Bank, m.now()) {
		due += n
	}
	return due
}

// nothingRead reports whether no section of the course has been read.
func (m *Model) nothingRead() bool {
	for _, l := range m.ctx.Course.Lessons {
		if m.ctx.Progress.SectionsRead(l) > 0 {
			return false
		}
	}
	return true
}

// standing is the one line of where the student stands.
func (m *Model) standing() string {
	done, total := m.ctx.Progress.Standing(m.ctx.Course)
	s := fmt.Sprintf("%d of %d lessons read", done, total)
	if m.ctx.Bank != nil {
		s += " · " + plural(m.dueTotal(), "question") + " due for review"
	}
	return s
}

// sentence ends s with a full stop unless it ends with its own.
func sentence(s string) string {
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// plural is "1 question" or "3 questions".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// wrap wraps s to width and splits it into lines.
func wrap(s string, width int) []string {
	return strings.Split(textwrap.Wrap(s, width, " "), "\n")
}

var _ common.Screen = (*Model)(nil)
