package student

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/components/answerpad"
	"faultline/tui/components/slideview"
)

// card is the student's answer to one question of the slide: the pad it
// is made on and where it stands. A slide may ask several questions;
// each is answered, sent and closed on its own.
type card struct {
	id     string
	resets int // the question's Resets when the pad was made
	pad    *answerpad.Pad
	notice string // the answer's outcome, shown under the question
	resent bool   // the last answer sent changed an earlier one
	keyed  bool   // a key went to its pad: it looks as this student left it
}

// prepareCards makes a card for each of the frame's questions that is
// new, filled with what the student sent before (after a dropped
// connection, or coming back to the slide), and keeps the others as they
// are. Only the selected card's pad takes keys, and only while its
// question is open.
func (m *Student) prepareCards() {
	if m.student == nil {
		m.cards, m.sel = nil, 0
		return
	}
	selected := ""
	if m.sel < len(m.cards) {
		selected = m.cards[m.sel].id
	}
	cards := make([]*card, 0, len(m.frame.Questions))
	sel := 0
	for _, q := range m.frame.Questions {
		c := m.cardFor(q.ID)
		notice := ""
		if c != nil && c.resets != q.Resets {
			c = nil // the presenter reset it: what was sent is forgotten
			notice = "The presenter has reset this question: answer it again."
		}
		if c == nil {
			hubCard, ok := m.hub.Card(q.ID)
			if !ok {
				continue
			}
			c = &card{id: q.ID, resets: q.Resets, pad: answerpad.New(hubCard), notice: notice}
			c.pad.SetWidth(min(m.width, 100) - 14)
			if sent, ok := m.hub.SentBy(m.student, q.ID); ok {
				c.pad.SetResponse(sent.Response)
			}
		}
		if q.ID == selected {
			sel = len(cards)
		}
		cards = append(cards, c)
	}
	m.cards, m.sel = cards, sel
	if i, ok := m.inUseCard(); ok {
		m.sel = i // the one card on the screen
	}
	for i, c := range m.cards {
		q := m.frame.QuestionByID(c.id)
		if q.Closed || q.Revealed {
			// What counts is what was sent: a change not sent is dropped.
			if sent, ok := m.hub.SentBy(m.student, c.id); ok {
				c.pad.SetResponse(sent.Response)
			}
		}
		c.pad.SetIdle(i != m.sel && len(m.cards) > 1)
		if i == m.sel && !q.Closed && !q.Revealed {
			c.pad.Focus()
		} else {
			c.pad.Blur()
		}
	}
}

// inUseCard is the index of the card of the question the presenter is
// using, which then takes the slide and is the only card shown; ok is
// false when the presenter uses none.
func (m *Student) inUseCard() (int, bool) {
	f := m.frame
	nav := lecture.Nav{Slide: f.State.Slide, Step: f.State.Step}
	if d := m.slides.Deck(); nav.Slide < 0 || nav.Slide >= d.Len() {
		return 0, false
	}
	b, ok := slideview.InUseBlock(m.slides.Deck(), f.InUse, nav.Clamp(m.slides.Deck()))
	if !ok || b.Kind != lessons.KindQuiz || len(b.Args) == 0 {
		return 0, false
	}
	for i, c := range m.cards {
		if c.id == b.Args[0] {
			return i, true
		}
	}
	return 0, false
}

// choosing reports whether tab chooses between cards: the slide shows
// more than one.
func (m *Student) choosing() bool {
	_, one := m.inUseCard()
	return len(m.cards) > 1 && !one
}

// cardFor is the student's card for question id, or nil.
func (m *Student) cardFor(id string) *card {
	for _, c := range m.cards {
		if c.id == id {
			return c
		}
	}
	return nil
}

// selectCard makes card i the one the keys answer, and scrolls it into
// view on a slide taller than the screen.
func (m *Student) selectCard(i int) tea.Cmd {
	m.sel = i
	var cmd tea.Cmd
	for j, c := range m.cards {
		q := m.frame.QuestionByID(c.id)
		c.pad.SetIdle(j != i)
		if j == i && q != nil && !q.Closed && !q.Revealed {
			cmd = c.pad.Focus()
		} else {
			c.pad.Blur()
		}
	}
	if m.width > 0 && m.height > 2 {
		if most, q := m.slides.Scrolls(m.isDark, m.studentSlide()); most > 0 {
			m.scroll = q
		}
	}
	return cmd
}

// selected is the card the keys answer, or nil on a slide without one.
func (m *Student) selected() *card {
	if m.sel < len(m.cards) {
		return m.cards[m.sel]
	}
	return nil
}

// openPad is the selected card's pad while its question takes answers
// and the screen shows it, else nil.
func (m *Student) openPad() *answerpad.Pad {
	c := m.selected()
	if c == nil || m.frame.State.Blank {
		return nil
	}
	if q := m.frame.QuestionByID(c.id); q == nil || q.Closed || q.Revealed {
		return nil
	}
	return c.pad
}

// send sends c's answer to the hub, which grades it; the student hears
// only that it was sent (or why not) until the reveal.
func (m *Student) send(c *card) {
	r, hint := c.pad.Response()
	if hint != "" {
		c.notice = hint
		return
	}
	_, before := m.sent(c.id)
	err := m.hub.Submit(m.student, c.id, r)
	var unreadable *classroom.Unreadable
	switch {
	case errors.As(err, &unreadable):
		c.notice = unreadable.Feedback
	case errors.Is(err, classroom.ErrClosed):
		c.notice = "The presenter has closed this question; answers are no longer taken."
	case err != nil:
		c.notice = "Your answer was not taken: " + err.Error()
	default:
		c.notice, c.resent = "", before // the card says "answer sent"
	}
}

// sent is the student's answer to question id, as the hub took it.
func (m *Student) sent(id string) (classroom.Sent, bool) {
	if m.student == nil {
		return classroom.Sent{}, false
	}
	return m.hub.SentBy(m.student, id)
}

// unsent reports whether c's pad holds an answer other than the one
// sent: the student changed it and has not pressed enter yet.
func (c *card) unsent(sent classroom.Sent) bool {
	r, hint := c.pad.Response()
	if hint != "" {
		return true
	}
	qc := c.pad.Card()
	return quiz.Describe(qc, r).Line(qc.Question.Type) != sent.Text
}
