// Package answerpad is the answering part of a quiz question, shared by
// the self-study quiz screen and the classroom student's screen: the rows
// a student picks, types, places or matches on, the keys that do it, and
// the quiz.Response they make. It draws the rows and routes the keys; the
// screens around it say what happens to the answer (graded at once, or
// sent to the lecture's hub).
package answerpad

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/quiz"
	"faultline/tui/common"
)

// Pad is the student's answer to one dealt card while it is being made:
// the highlighted row and what has been picked, typed, placed or matched.
type Pad struct {
	card    quiz.Card
	cursor  int
	picked  []bool // Single, Multi and TrueFalse (true, false)
	classes []int  // Classify: class index per dimension, −1 for none yet
	order   []int  // Order: indices into Items, in the order shown
	match   []int  // Match: per left, index into RightOrder, −1 for none yet
	input   textinput.Model
	idle    bool // the keys answer another pad: no row is highlighted
}

// SetIdle marks a pad whose keys go to another pad on the same screen
// (a slide with several questions): an idle pad highlights no row, so the
// one highlighted row on screen is where the keys act.
func (p *Pad) SetIdle(idle bool) { p.idle = idle }

// New starts an empty answer to card.
func New(card quiz.Card) *Pad {
	p := &Pad{card: card}
	q := card.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		p.picked = make([]bool, len(q.Choices))
	case quiz.TrueFalse:
		p.picked = make([]bool, 2)
	case quiz.Classify:
		p.classes = filled(len(quiz.Dimensions), -1)
	case quiz.Order:
		p.order = append([]int(nil), card.ItemOrder...)
		if len(p.order) != len(q.Items) { // a card not dealt
			p.order = make([]int, len(q.Items))
			for i := range p.order {
				p.order[i] = i
			}
		}
	case quiz.Match:
		p.match = filled(len(q.Pairs), -1)
	case quiz.NumericType:
		p.input = newField()
	}
	return p
}

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// newField is the numeric answer's text field, with a steady cursor. It
// has no placeholder: the unit is said once, on the line under it (Rows),
// where it stays while the student types.
func newField() textinput.Model {
	in := textinput.New()
	in.Prompt = "answer › "
	in.CharLimit = 32
	styles := in.Styles()
	styles.Cursor.Blink = false
	in.SetStyles(styles)
	in.Focus()
	return in
}

// Card returns the card being answered.
func (p *Pad) Card() quiz.Card { return p.card }

// Cursor returns the highlighted row.
func (p *Pad) Cursor() int { return p.cursor }

// Picked returns which choices are picked (true and false on a
// true-or-false question); the screens' tests read it.
func (p *Pad) Picked() []bool { return slices.Clone(p.picked) }

// Classes returns the class picked per dimension, −1 for none yet.
func (p *Pad) Classes() []int { return slices.Clone(p.classes) }

// Order returns the items of an Order question as placed: indices into
// its Items.
func (p *Pad) Order() []int { return slices.Clone(p.order) }

// Match returns per left item the shown position of its match, −1 for
// none yet.
func (p *Pad) Match() []int { return slices.Clone(p.match) }

// Typed returns what was typed as a numeric answer.
func (p *Pad) Typed() string { return p.input.Value() }

// Typing reports whether the pad takes every key as text: a numeric
// answer's field, while focused, types q and ? too.
func (p *Pad) Typing() bool {
	return p.card.Question.Type == quiz.NumericType && p.input.Focused()
}

// SetWidth sets the width of a numeric answer's field.
func (p *Pad) SetWidth(w int) {
	if p.card.Question.Type == quiz.NumericType {
		p.input.SetWidth(max(1, w))
	}
}

// Blur stops a numeric answer's field taking keys, once answered.
func (p *Pad) Blur() {
	if p.card.Question.Type == quiz.NumericType {
		p.input.Blur()
	}
}

// Focus lets a numeric answer's field take keys again.
func (p *Pad) Focus() tea.Cmd {
	if p.card.Question.Type != quiz.NumericType {
		return nil
	}
	return p.input.Focus()
}

// rows is the number of rows the cursor moves over.
func (p *Pad) rows() int {
	switch p.card.Question.Type {
	case quiz.Single, quiz.Multi, quiz.TrueFalse:
		return len(p.picked)
	case quiz.Classify:
		return len(p.classes)
	case quiz.Order:
		return len(p.order)
	case quiz.Match:
		return len(p.match)
	}
	return 0
}

// pickIndex reads 1–9 or a–i as a row index, or −1.
func pickIndex(kp tea.KeyPressMsg, keys KeyMap) int {
	if i := common.Index(kp, keys.Pick); i >= 0 {
		return i % len(common.Digits)
	}
	return -1
}

// Update applies a message to the answer. It reports whether the key asks
// to submit the answer.
func (p *Pad) Update(msg tea.Msg, keys KeyMap) (submit bool, cmd tea.Cmd) {
	kp, isKey := msg.(tea.KeyPressMsg)
	if p.card.Question.Type == quiz.NumericType {
		if isKey && key.Matches(kp, keys.Submit) {
			return true, nil
		}
		p.input, cmd = p.input.Update(msg)
		return false, cmd
	}
	if !isKey {
		return false, nil
	}
	if key.Matches(kp, keys.Submit) {
		if p.card.Question.Type == quiz.Single && !slices.Contains(p.picked, true) {
			p.pickOnly(p.cursor) // enter selects the highlighted choice
		}
		return true, nil
	}
	n := p.rows()
	switch {
	case key.Matches(kp, keys.MoveUp):
		p.move(-1)
		return false, nil
	case key.Matches(kp, keys.MoveDown):
		p.move(1)
		return false, nil
	case key.Matches(kp, keys.Up):
		p.cursor = max(0, p.cursor-1)
		return false, nil
	case key.Matches(kp, keys.Down):
		p.cursor = max(0, min(n-1, p.cursor+1))
		return false, nil
	}
	switch p.card.Question.Type {
	case quiz.Single:
		if i := pickIndex(kp, keys); i >= 0 && i < n {
			p.cursor = i
			p.pickOnly(i)
		} else if key.Matches(kp, keys.Toggle) {
			p.pickOnly(p.cursor)
		}
	case quiz.Multi:
		if i := pickIndex(kp, keys); i >= 0 && i < n {
			p.cursor = i
			p.picked[i] = !p.picked[i]
		} else if key.Matches(kp, keys.Toggle) {
			p.picked[p.cursor] = !p.picked[p.cursor]
		}
	case quiz.TrueFalse:
		p.updateBool(kp, keys)
	case quiz.Classify:
		p.updateClass(kp, keys)
	case quiz.Match:
		p.updateMatch(kp, keys)
	}
	return false, nil
}

// pickOnly makes row i the only pick.
func (p *Pad) pickOnly(i int) {
	for j := range p.picked {
		p.picked[j] = j == i
	}
}

func (p *Pad) updateBool(kp tea.KeyPressMsg, keys KeyMap) {
	switch {
	case key.Matches(kp, keys.True):
		p.cursor = 0
	case key.Matches(kp, keys.False):
		p.cursor = 1
	case key.Matches(kp, keys.Left), key.Matches(kp, keys.Right):
		p.cursor = 1 - p.cursor
	case key.Matches(kp, keys.Toggle):
	default:
		return
	}
	p.pickOnly(p.cursor)
}

func (p *Pad) updateClass(kp tea.KeyPressMsg, keys KeyMap) {
	c := &p.classes[p.cursor]
	switch {
	case key.Matches(kp, keys.Class):
		// The cursor stays: only ↑/↓ move between dimensions.
		*c = common.Index(kp, keys.Class)
	case key.Matches(kp, keys.Left):
		*c = 0
	case key.Matches(kp, keys.Right):
		*c = 1
	case key.Matches(kp, keys.Toggle):
		*c = (*c + 1) % 2
	}
}

func (p *Pad) updateMatch(kp tea.KeyPressMsg, keys KeyMap) {
	n := len(p.match)
	m := &p.match[p.cursor]
	switch {
	case key.Matches(kp, keys.Right), key.Matches(kp, keys.Toggle):
		*m = (*m + 1) % n
	case key.Matches(kp, keys.Left):
		if *m <= 0 {
			*m = n - 1
		} else {
			*m--
		}
	default:
		if i := common.Index(kp, keys.Letter); i >= 0 && i < n {
			*m = i
			p.cursor = min(n-1, p.cursor+1)
		}
	}
}

// move swaps the highlighted item of an Order question with its neighbour.
func (p *Pad) move(d int) {
	if p.card.Question.Type != quiz.Order {
		return
	}
	j := p.cursor + d
	if j < 0 || j >= len(p.order) {
		return
	}
	p.order[p.cursor], p.order[j] = p.order[j], p.order[p.cursor]
	p.cursor = j
}

// Response turns the answer into a quiz.Response, or returns a hint when
// it is not complete enough to grade.
func (p *Pad) Response() (quiz.Response, string) {
	q := p.card.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		var r quiz.ChoiceResponse
		for i, on := range p.picked {
			if on {
				r = append(r, i)
			}
		}
		return r, ""
	case quiz.TrueFalse:
		if !p.picked[0] && !p.picked[1] {
			return nil, "Press t for true or f for false."
		}
		return quiz.BoolResponse(p.picked[0]), ""
	case quiz.NumericType:
		return quiz.TextResponse(p.input.Value()), ""
	case quiz.Classify:
		r := quiz.ClassResponse{}
		for i, d := range quiz.Dimensions {
			if p.classes[i] < 0 {
				return nil, "Choose a class on every dimension (←/→ or 1/2)."
			}
			r[d.Name] = d.Classes[p.classes[i]]
		}
		return r, ""
	case quiz.Order:
		return quiz.OrderResponse(append([]int(nil), p.order...)), ""
	case quiz.Match:
		r := make(quiz.MatchResponse, len(p.match))
		for i, k := range p.match {
			if k < 0 || k >= len(p.card.RightOrder) {
				return nil, "Give every item its match (←/→ or a letter)."
			}
			r[i] = p.card.RightOrder[k]
		}
		return r, ""
	}
	return nil, "This question type cannot be answered here."
}

// SetResponse fills the pad with r, an answer given before (a student
// back after a dropped connection sees what they sent). A response that
// does not fit the card changes nothing.
func (p *Pad) SetResponse(r quiz.Response) {
	switch r := r.(type) {
	case quiz.ChoiceResponse:
		if p.picked == nil || p.card.Question.Type == quiz.TrueFalse {
			return
		}
		clear(p.picked)
		for _, i := range r {
			if i >= 0 && i < len(p.picked) {
				p.picked[i] = true
			}
		}
	case quiz.BoolResponse:
		if p.card.Question.Type == quiz.TrueFalse {
			p.picked = []bool{bool(r), !bool(r)}
		}
	case quiz.TextResponse:
		if p.card.Question.Type == quiz.NumericType {
			p.input.SetValue(string(r))
		}
	case quiz.ClassResponse:
		for i, d := range quiz.Dimensions {
			if i < len(p.classes) {
				p.classes[i] = slices.Index(d.Classes, r[d.Name])
			}
		}
	case quiz.OrderResponse:
		if len(r) == len(p.order) {
			copy(p.order, r)
		}
	case quiz.MatchResponse:
		if len(r) == len(p.match) {
			for i, k := range r {
				p.match[i] = slices.Index(p.card.RightOrder, k)
			}
		}
	}
}
