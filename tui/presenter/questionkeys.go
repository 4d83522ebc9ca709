package presenter

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// questionKey handles the keys of the slide's question whether or not its
// card has the keys: r reveals or hides the answer (a card in use takes r
// itself), and while students follow c closes or reopens answers and x,
// pressed twice, resets them. It reports whether it took the key. Keys
// typed into another widget, such as a calculator's field, are left alone.
func (m *Presenter) questionKey(msg tea.KeyPressMsg) bool {
	armed := m.armed
	m.armed = ""
	if m.blank {
		return false
	}
	w := m.Focused()
	card, onCard := w.(*quizCard)
	switch {
	case w != nil && !onCard:
		return false
	case w == nil:
		card = m.slideQuestion()
	}
	if card == nil {
		return false
	}
	k := m.keys
	switch {
	case w == nil && key.Matches(msg, k.Reveal):
		// Said in the footer too: a card too big for the slide shows
		// only its one-line summary.
		card.shown = !card.shown
		m.notice = m.questionName(card) + "answer hidden · r shows it"
		if card.shown {
			m.notice = m.questionName(card) + card.answer() + " · r hides it"
		}
		return true
	case m.class == nil || m.class.Hub == nil:
		return false
	case key.Matches(msg, k.CloseAnswers):
		m.toggleAnswers(card)
		return true
	case key.Matches(msg, k.ResetAnswers):
		m.resetAnswers(card, armed)
		return true
	}
	return false
}

// toggleAnswers closes the question of card to students' answers, or
// reopens it (hiding a revealed answer, since answers are taken again).
func (m *Presenter) toggleAnswers(card *quizCard) {
	hub, id := m.class.Hub, card.q.ID
	m.publishFrame() // the hub knows the question once it is shown
	t := hub.Tally(id)
	if !t.Closed {
		if err := hub.CloseQuestion(id); err != nil {
			m.notice = "question " + id + " is not shown to students yet"
			return
		}
		m.notice = m.questionName(card) + fmt.Sprintf("answers closed (%d given) · c reopens", t.Answered)
		return
	}
	if err := hub.ReopenQuestion(id); err != nil {
		m.notice = "question " + id + " is not shown to students yet"
		return
	}
	card.shown = false
	m.notice = m.questionName(card) + "answers open again · c closes"
}

// resetAnswers forgets every answer to the question of card on the second
// x in a row; the first says what the second would do. The notices are
// short: the footer of an 80-column projector keeps about 40 columns.
func (m *Presenter) resetAnswers(card *quizCard, armed string) {
	hub, id := m.class.Hub, card.q.ID
	m.publishFrame()
	if armed != id {
		m.armed = id
		n := hub.Tally(id).Answered
		m.notice = m.questionName(card) + fmt.Sprintf("x again forgets %d %s", n, plural(n, "answer", "answers"))
		return
	}
	if err := hub.ResetQuestion(id); err != nil {
		m.notice = "question " + id + " is not shown to students yet"
		return
	}
	card.shown = false
	m.notice = m.questionName(card) + "answers reset · the question is open again"
}
