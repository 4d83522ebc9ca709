package student

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// Smallest screen a student's session draws on; below it a line asks for
// a bigger window.
const (
	minWidth  = 24
	minHeight = 6
)

// View implements tea.Model: the student's full screen.
func (m *Student) View() tea.View {
	v := tea.NewView(m.Content())
	v.AltScreen = true
	v.WindowTitle = "faultline classroom"
	if m.framed {
		v.WindowTitle += " · " + m.frame.State.Title
	}
	return v
}

// Content draws the screen as text, exactly width×height.
func (m *Student) Content() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.slides.Styles(m.isDark)
	if m.width < minWidth || m.height < minHeight {
		return common.Fit(lipgloss.Wrap(fmt.Sprintf("Please make this window at least %d×%d.", minWidth, minHeight), m.width, ""), m.width, m.height)
	}
	switch {
	case m.phase == phaseName:
		return m.nameView()
	case m.phase == phaseEnded:
		return m.centered(st.App.Title.Render(lipgloss.Wrap(m.bye, m.width-4, "")))
	case !m.framed:
		return m.centered(st.App.Dim.Render("Waiting for the presenter…"))
	case m.frame.State.Blank:
		return m.centered(st.App.Dim.Render("The presenter has blanked the screen for a moment.")) // no footer: the room looks at the speaker
	}
	slide := m.slides.Render(m.isDark, m.studentSlide())
	return slide + "\n\n" + m.footer()
}

// studentSlide is the current slide as this student's screen shows it.
func (m *Student) studentSlide() slideview.StudentSlide {
	return slideview.StudentSlide{
		Nav:      lecture.Nav{Slide: m.frame.State.Slide, Step: m.frame.State.Step},
		Widgets:  m.frame.Widgets,
		Live:     liveDrawings(m.frame.Live),
		Question: m.questionCard,
		Scroll:   m.scroll,
		Width:    m.width,
		Height:   m.height - 2,
	}
}

// nameView asks for the display name the presenter may see, and says
// who sees it (in a shorter word where the screen is low).
func (m *Student) nameView() string {
	st := m.slides.Styles(m.isDark)
	w := m.width - 4
	build := func(who string) string {
		lines := []string{st.App.Title.Render("faultline · classroom")}
		if f, ok := m.hub.Current(); ok && f.State.Lesson != "" {
			lines = append(lines, st.App.Subtitle.Render(ansi.Truncate("Now presenting: "+f.State.Lesson, w, "…")))
		}
		lines = append(lines, "",
			lipgloss.Wrap("What name should the presenter see? It is optional: enter (or esc) joins without one.", w, ""),
			"", st.App.Dim.Render(lipgloss.Wrap(who, w, "")),
			"", m.name.View(), "",
			st.App.Dim.Render(lipgloss.Wrap(joinHint, w, "")))
		return strings.Join(lines, "\n")
	}
	block := build(whoSeesName)
	if lipgloss.Height(block) > m.height {
		block = build(whoSeesNameShort)
	}
	return m.centered(block)
}

// whoSeesName says who sees a student's name; whoSeesNameShort is its
// short form for a low window.
const (
	whoSeesName = "Who sees it: the presenter, in the list of who is here and who has answered " +
		"(which may be put on the projector), and the lecture's results, kept with your answers. " +
		"Other students never see your answers."
	whoSeesNameShort = "The presenter sees it, with your answers."
)

// joinHint says what happens after joining. Its key ranges are held
// together with non-breaking spaces: a wrap never splits "1 to 9" or
// "a to i" (a hyphen, as in "a-i", would be broken after).
const joinHint = "You will follow the presenter's slides; on a question, answer with 1\u00a0to\u00a09 or a\u00a0to\u00a0i. q leaves."

// centered places a block of text in the middle of the screen.
func (m *Student) centered(block string) string {
	block = common.Fit(block, m.width-2, m.height)
	top := max(0, (m.height-lipgloss.Height(block))/3)
	left := max(0, (m.width-lipgloss.Width(block))/2)
	return common.Frame(strings.Repeat("\n", top)+block, m.width, m.height, left)
}

// footer is one line: who the student is, the slide number (first, so
// a narrow screen keeps it), the keys and the lesson.
func (m *Student) footer() string {
	st := m.slides.Styles(m.isDark)
	s := m.frame.State
	pos := fmt.Sprintf("slide %d/%d", s.Slide+1, s.Slides)
	if d := m.slides.Deck(); s.Slide < d.Len() && d.Slides[s.Slide].Steps > 0 {
		pos += fmt.Sprintf(" (%d/%d)", s.Step, d.Slides[s.Slide].Steps)
	}
	keys := common.Hint(m.ShortHelp())
	// The answer's state comes right after the slide number, so a student
	// sees it without scrolling to the card, even on a narrow screen.
	if status := m.answerStatus(); status != "" {
		pos += st.App.Dim.Render(" · ") + st.App.Notice.Render(status)
	}
	// The keys come before the lesson's title, which is the least needed
	// and the one cut on a narrow screen.
	line := " " + st.App.Title.Render(m.Name()) + st.App.Dim.Render(" · ") + st.List.Item.Render(pos) +
		st.App.Dim.Render(" · "+keys+" · ") + st.App.Subtitle.Render(s.Lesson)
	return ansi.Truncate(line, m.width, "…")
}

// answerStatus says where the student stands on the slide's question:
// "answered 3 (C)", then after the reveal "✓ right" or "✗ 3 (C) was right";
// empty without a question or before an answer.
func (m *Student) answerStatus() string {
	q := m.frame.Question
	mine, answered := m.chosen()
	switch {
	case q == nil:
		return ""
	case !q.Revealed && answered:
		return "answered " + label(mine)
	case !q.Revealed:
		return ""
	case answered && q.IsCorrect(mine):
		return "✓ right"
	case len(q.Correct) > 0:
		return "✗ " + labels(q.Correct) + " was right"
	}
	return ""
}

// questionCard is the student's own card for the slide's question, at
// most width columns: the choices with their keys, the student's
// answer and, once revealed, the answer, the distribution and whether
// the student was right.
func (m *Student) questionCard(width int) string {
	q := m.frame.Question
	if q == nil {
		return ""
	}
	st := m.slides.Styles(m.isDark)
	w := max(1, min(width, 100))
	wrap := func(s string) string { return lipgloss.Wrap(s, w, "") }
	mine, answered := m.chosen()
	total := 0
	for _, c := range q.Tally {
		total += c
	}
	var b strings.Builder
	b.WriteString(st.App.Dim.Render("Question "+q.ID) + "\n")
	b.WriteString(st.Diagram.Label.Render(wrap(q.Prompt)) + "\n\n")
	textW := max(1, w-12)
	for i, c := range q.Choices {
		mark := "  "
		if answered && mine == i {
			mark = "› "
		}
		line := fmt.Sprintf("%s%d %s  %s", mark, i+1, quiz.Letter(i), ansi.Truncate(c, textW, "…"))
		switch {
		case q.Revealed && q.IsCorrect(i):
			line = st.Diagram.Good.Bold(true).Render(line + "  ✓")
		case q.Revealed:
			line = st.App.Dim.Render(line)
		case answered && mine == i:
			line = st.App.Title.Render(line)
		}
		b.WriteString(line + "\n")
		if q.Revealed && i < len(q.Tally) {
			b.WriteString("       " + common.ProgressBar(q.Tally[i], total, max(1, min(30, w-16)), st.App.Title, st.App.Dim) +
				fmt.Sprintf(" %d", q.Tally[i]) + "\n")
		}
	}
	b.WriteString("\n")
	switch {
	case q.Revealed && !answered:
		b.WriteString(st.App.Notice.Render(wrap("The answer is revealed; you did not answer this one.")) + "\n")
	case q.Revealed && q.IsCorrect(mine):
		b.WriteString(st.Diagram.Good.Bold(true).Render(wrap("You were right: "+label(mine)+".")) + "\n")
	case q.Revealed:
		b.WriteString(st.Diagram.Bad.Bold(true).Render(wrap("Not this time: you chose "+label(mine)+"; the answer is "+labels(q.Correct)+".")) + "\n")
	case m.notice != "":
		b.WriteString(st.App.Notice.Render(wrap(m.notice)) + "\n")
	case answered:
		b.WriteString(st.App.Notice.Render(wrap("Answer recorded: "+label(mine)+". Waiting for the reveal.")) + "\n")
	default:
		b.WriteString(st.App.Dim.Render(wrap(fmt.Sprintf("Press 1-%d (or a-%s) to answer; one answer each.", len(q.Choices), strings.ToLower(quiz.Letter(len(q.Choices)-1))))) + "\n")
	}
	if q.Revealed && q.Explanation != "" {
		b.WriteString(wrap(q.Explanation) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// labels lists the choices named by indexes: "1 (A), 3 (C)".
func labels(idx []int) string {
	out := make([]string, len(idx))
	for i, c := range idx {
		out[i] = label(c)
	}
	return strings.Join(out, ", ")
}

// liveDrawings are the frame's widgets a student draws at their own size.
func liveDrawings(live []classroom.Drawing) []common.Drawing {
	if len(live) == 0 {
		return nil
	}
	out := make([]common.Drawing, len(live))
	for i, d := range live {
		out[i] = d
	}
	return out
}
