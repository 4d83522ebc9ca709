package student

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
	"faultline/tui/components/textwrap"
)

// Smallest screen a student's session draws on, the presenter's and the
// course's too: below it a slide's diagrams and answer rows cannot be drawn
// whole, so a line asks for a bigger window.
const (
	minWidth  = 40
	minHeight = 10
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
		return common.Fit(textwrap.Wrap(fmt.Sprintf("Please make this window at least %d×%d.", minWidth, minHeight), m.width, ""), m.width, m.height)
	}
	switch {
	case m.phase == phaseName:
		return m.nameView()
	case m.phase == phaseEnded:
		return m.centered(st.App.Title.Render(textwrap.Wrap(m.bye, m.width-4, "")))
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
	more := ""
	if m.openPad() != nil {
		// Whole on a narrow screen too: a cut hint would hide the key.
		more = "↓ more (pgdn scrolls; ↑/↓ move in the answer)"
		if lipgloss.Width(more) > m.width-2 {
			more = "↓ more (pgdn scrolls)"
		}
	}
	s := slideview.StudentSlide{
		More:     more,
		Nav:      lecture.Nav{Slide: m.frame.State.Slide, Step: m.frame.State.Step},
		Widgets:  m.frame.Widgets,
		Live:     liveDrawings(m.frame.Live),
		InUse:    m.frame.InUse,
		Selected: m.selectedID(),
		Scroll:   m.scroll,
		Width:    m.width,
		Height:   m.height - 2,
	}
	if len(m.cards) > 0 {
		// Only then: a slide without a card of the student's own is
		// drawn once for every student at the same size.
		s.Question = m.questionCard
	}
	return s
}

// nameView asks for the display name the presenter may see, and says
// who sees it (in a shorter word where the screen is low).
func (m *Student) nameView() string {
	st := m.slides.Styles(m.isDark)
	w := m.width - 4
	build := func(who string) string {
		lines := []string{st.App.Title.Render("faultline · classroom")}
		if f, ok := m.hub.Current(); ok && f.State.Lesson != "" {
			lines = append(lines, st.App.Subtitle.Render(common.Cut("Now presenting: "+f.State.Lesson, w)))
		}
		lines = append(lines, "",
			textwrap.Wrap("What name should the presenter see? It is optional: enter (or esc) joins without one.", w, ""),
			"", st.App.Dim.Render(textwrap.Wrap(who, w, "")),
			"", m.name.View(), "",
			st.App.Dim.Render(textwrap.Wrap(joinHint, w, "")))
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
const joinHint = "You will follow the presenter's slides; on a question, answer with the keys shown under it (1\u00a0to\u00a09 or a\u00a0to\u00a0i pick a choice) and press enter to send; you can change your answer until the presenter closes the question. q leaves."

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
	return common.Cut(line, m.width)
}

// selectedID is the id of the question the keys answer, "" for none.
func (m *Student) selectedID() string {
	if c := m.selected(); c != nil {
		return c.id
	}
	return ""
}

// answerStatus says in a few words where the student stands on the
// question the keys answer, for the footer: "✓ sent", "changed · enter
// sends", "closed", then after the reveal "✓ right" or "✗ not right";
// with several questions on the slide it starts with which: "Q2/2 ✓
// sent". Empty without a question, or before an answer while it is open
// (but for which question it is).
func (m *Student) answerStatus() string {
	status := m.cardStatus(m.selected())
	if len(m.cards) > 1 {
		status = strings.TrimSpace(fmt.Sprintf("Q%d/%d %s", m.sel+1, len(m.cards), status))
	}
	return status
}

// cardStatus is answerStatus for card c, without saying which it is.
func (m *Student) cardStatus(c *card) string {
	if c == nil {
		return ""
	}
	q := m.frame.QuestionByID(c.id)
	if q == nil {
		return ""
	}
	sent, answered := m.sent(c.id)
	switch {
	case q.Revealed && answered && sent.Correct:
		return "✓ right"
	case q.Revealed && answered:
		return "✗ not right"
	case q.Revealed:
		return "revealed"
	case q.Closed && answered:
		return "sent · closed"
	case q.Closed:
		return "closed"
	case answered && c.unsent(sent):
		return "changed · enter sends"
	case answered:
		return "✓ sent"
	}
	return ""
}

// drawnCard is a question card drawn at a width. Nothing a card shows
// changes but in an update, and some lay a slide out twice (to find the
// card, then to draw it): in a room, each student's card is drawn once a
// frame, not twice.
type drawnCard struct {
	id    string
	width int
	text  string
}

// questionCard is the student's own card for the slide's question id,
// at most width columns, drawn once per update: see drawCard.
func (m *Student) questionCard(id string, width int) string {
	for _, d := range m.drawn {
		if d.id == id && d.width == width {
			return d.text
		}
	}
	draw := func() string { return m.drawCard(id, width) }
	text := ""
	if c := m.cardFor(id); c != nil {
		text = m.pristineCard(c, width, draw)
	} else {
		text = draw()
	}
	m.drawn = append(m.drawn, drawnCard{id, width, text})
	return text
}

// drawCard is the student's own card for the slide's question id,
// at most width columns: the question's rows with the self-study keys,
// what the student sent and whether it can still change; once revealed,
// the student's answer marked right and wrong, the answer, how the class
// answered a choice question, and why. On a slide with several questions
// the card the keys answer says so in its title and the others say how
// to reach them. "" for a question the student has no card for.
func (m *Student) drawCard(id string, width int) string {
	q, c := m.frame.QuestionByID(id), m.cardFor(id)
	if q == nil || c == nil {
		return ""
	}
	st := m.slides.Styles(m.isDark)
	w := max(1, min(width, 100))
	wrap := func(s string) string { return textwrap.Wrap(s, w, "") }
	card := c.pad.Card()
	sent, answered := m.sent(id)
	selected := c == m.selected()
	title := st.App.Dim.Render("Question " + q.ID)
	if n := len(m.cards); n > 1 {
		i := slices.Index(m.cards, c)
		which, style, more := fmt.Sprintf("Question %d of %d · %s", i+1, n, q.ID), st.App.Dim, " · tab to answer it"
		if selected {
			which, style, more = "▶ "+which, st.App.Title, " · your keys answer this one"
		}
		title = style.Render(common.Cut(which, w))
		if lipgloss.Width(which+more) <= w { // said whole or not at all: the footer says tab too
			title += st.App.Dim.Render(more)
		}
	}
	lines := []string{title, st.Diagram.Label.Render(wrap(q.Prompt))}
	if hint := quiz.Show(card).Hint; hint != "" && card.Question.Type != quiz.NumericType { // the answer's field names the unit
		lines = append(lines, st.App.Dim.Render(wrap(hint)))
	}
	lines = append(lines, "")
	rows, _ := c.pad.Rows(st, w, q.Revealed && answered)
	lines = append(lines, rows...)
	if q.Revealed && len(q.Tally) > 0 {
		lines = append(lines, "")
		lines = append(lines, m.tallyLines(q, w)...)
	}
	lines = append(lines, "")
	note := func(style lipgloss.Style, text string) {
		lines = append(lines, style.Render(wrap(text)))
	}
	solution := quiz.Solve(card).Line(card.Question.Type)
	switch {
	case q.Revealed && !answered:
		note(st.App.Notice, end("The answer is revealed: "+solution)+" You did not answer this one.")
	case q.Revealed && sent.Correct:
		note(st.Diagram.Good.Bold(true), end("✓ You were right"+said(card, sent)))
	case q.Revealed:
		wrong := "✗ Not this time."
		if s := said(card, sent); s != "" {
			wrong = end("✗ Not this time; you answered" + s)
		}
		note(st.Diagram.Bad.Bold(true), wrong)
		note(st.Diagram.Good, end("The answer: "+solution))
	case q.Closed && answered:
		note(st.App.Notice, end("Answers are closed; you sent"+said(card, sent))+" Waiting for the reveal.")
	case q.Closed:
		note(st.App.Notice, "Answers are closed; you did not answer this one.")
	default:
		if c.notice != "" {
			note(st.App.Notice, c.notice)
		}
		switch {
		case answered && c.unsent(sent):
			note(st.App.Notice, end("Changed, not sent yet: enter sends it. The presenter has what you sent before"+said(card, sent)))
		case answered:
			sentLine := "✓ Answer sent"
			if c.resent {
				sentLine = "✓ Answer changed and sent"
			}
			note(st.Diagram.Good.Bold(true), end(sentLine+said(card, sent)))
			note(st.App.Dim, "You can change it and press enter again until the presenter closes the question.")
		case !selected:
			note(st.App.Dim, "Not answered yet: tab brings your keys here.")
		case card.Question.Type == quiz.NumericType:
			note(st.App.Dim, "Type your answer, then press enter to send. One answer each; you can change it until the presenter closes the question.")
		default:
			note(st.App.Dim, "Answer with the keys below, then press enter to send. One answer each; you can change it until the presenter closes the question.")
		}
	}
	if q.Revealed && q.Explanation != "" {
		lines = append(lines, wrap(q.Explanation))
	}
	return strings.Join(lines, "\n")
}

// said is ": " and the answer sent, in words, for a question whose
// rows do not show it at a glance (a choice, true or false, a value);
// for the others (classify, order, match) the rows say it, and a
// sentence repeating every pair would be long: "".
func said(card quiz.Card, sent classroom.Sent) string {
	switch card.Question.Type {
	case quiz.Classify, quiz.Order, quiz.Match:
		return ""
	}
	return ": " + sent.Text
}

// end closes a sentence with a full stop unless it already ends in one
// (a choice's text often does).
func end(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// tallyLines is how the class answered a choice question, once revealed:
// a bar per choice, the right ones marked.
func (m *Student) tallyLines(q *classroom.Question, w int) []string {
	st := m.slides.Styles(m.isDark)
	total := 0
	for _, c := range q.Tally {
		total += c
	}
	lines := []string{st.App.Dim.Render("How the class answered:")}
	for i, n := range q.Tally {
		label := quiz.Letter(i)
		if q.Type == quiz.TrueFalse {
			label = map[int]string{0: "t", 1: "f"}[i]
		}
		mark := "  "
		if q.IsCorrect(i) {
			mark = st.Diagram.Good.Render("✓ ")
		}
		lines = append(lines, "  "+mark+label+" "+common.ProgressBar(n, total, max(1, min(30, w-16)), st.App.Title, st.App.Dim)+fmt.Sprintf(" %d", n))
	}
	return lines
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
