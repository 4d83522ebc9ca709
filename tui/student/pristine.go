package student

import (
	"faultline/internal/classroom"
	"faultline/internal/memo"
	"faultline/quiz"
)

// A question card nobody has touched yet (no key pressed on it, nothing
// sent) looks the same to every student of a frame at one size: when the
// presenter moves to a question, a room draws it once per size rather
// than once per student. Any key on a card, or an answer sent, makes it
// the student's own again.

// pristineKey is everything an untouched card's drawing depends on.
type pristineKey struct {
	hub           *classroom.Hub
	seq           uint64 // the frame's: its questions as they stand
	id            string
	width, screen int // the card's width, and the screen's (the pad's)
	dark          bool
	index, cards  int // the card's place on the slide, and how many
	selected      bool
	notice        string
}

// maxPristine bounds the untouched cards kept; past it they start afresh.
const maxPristine = 1024

// pristine keeps the untouched cards drawn, for every student in the
// process.
var pristine = memo.New[pristineKey, string](maxPristine, nil)

// pristineCard returns card c as drawn at width by draw, drawing it only
// if no student of the frame has drawn it untouched at the same size.
// Cards touched, answered or with a blinking cursor (a number typed in)
// are always drawn. A card is drawn outside the memo's lock: every student
// draws their own meanwhile.
func (m *Student) pristineCard(c *card, width int, draw func() string) string {
	k, ok := m.pristineKey(c, width)
	if !ok {
		return draw()
	}
	return pristine.Get(k, draw)
}

// pristineKey is the key of card c drawn at width, and whether it is
// untouched.
func (m *Student) pristineKey(c *card, width int) (pristineKey, bool) {
	if c.keyed || c.resent || m.frame.Seq == 0 || c.pad.Card().Question.Type == quiz.NumericType {
		return pristineKey{}, false
	}
	if _, answered := m.sent(c.id); answered {
		return pristineKey{}, false
	}
	index := -1
	for i, o := range m.cards {
		if o == c {
			index = i
		}
	}
	return pristineKey{hub: m.hub, seq: m.frame.Seq, id: c.id, width: width, screen: m.width, dark: m.isDark,
		index: index, cards: len(m.cards), selected: c == m.selected(), notice: c.notice}, index >= 0
}
