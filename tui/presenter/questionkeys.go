package presenter

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// questionKey handles the keys of the slide's question whether or not its
// card has the keys: r reveals or hides the answer (a card in use takes r
// itself), and while students follow c closes or reopens answers and x
// asks whether to reset them. It reports whether it took the key. Keys
// typed into another widget, such as a calculator's field, are left alone.
func (m *Presenter) questionKey(msg tea.KeyPressMsg) bool {
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
		m.askReset(card)
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

// askReset asks whether to forget every answer to the question of card,
// saying how many would be lost: y resets them, any other key keeps them
// (resetKey).
func (m *Presenter) askReset(card *quizCard) {
	m.publishFrame() // the hub knows the question once it is shown
	m.mode, m.resetting = modeReset, card
}

// resetQuestion is the question reset asks: "Reset budget-2? 3 answers
// will be lost. y resets · any other key keeps them". It takes the row
// above the footer, whose width the footer's 40 or so columns would not
// give it; an 80-column projector shows it whole.
func (m *Presenter) resetQuestion() string {
	id := m.resetting.q.ID
	n := m.class.Hub.Tally(id).Answered
	lost := fmt.Sprintf("%d %s will be lost", n, plural(n, "answer", "answers"))
	if n == 0 {
		lost = "no one has answered yet"
	}
	return fmt.Sprintf("Reset %s? %s. y resets · any other key keeps them", id, lost)
}

// resetKey answers the reset question: y forgets the answers and opens
// the question afresh, any other key cancels and says so.
func (m *Presenter) resetKey(msg tea.KeyPressMsg) {
	card := m.resetting
	m.mode, m.resetting = modeSlides, nil
	hub, id := m.class.Hub, card.q.ID
	n := hub.Tally(id).Answered
	if !key.Matches(msg, m.keys.Yes) {
		m.notice = m.questionName(card) + fmt.Sprintf("reset cancelled · %d %s kept", n, plural(n, "answer", "answers"))
		return
	}
	if err := hub.ResetQuestion(id); err != nil {
		m.notice = "question " + id + " is not shown to students yet"
		return
	}
	card.shown = false
	m.notice = m.questionName(card) + fmt.Sprintf("%d %s forgotten · open again", n, plural(n, "answer", "answers"))
}
