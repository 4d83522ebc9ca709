package quizscreen

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/quiz"
	"faultline/tui/common"
)

// answer is the student's answer to one card while it is being made: the
// highlighted row and what has been picked, typed, placed or matched.
type answer struct {
	card    quiz.Card
	cursor  int
	picked  []bool // Single, Multi and TrueFalse (true, false)
	classes []int  // Classify: class index per dimension, −1 for none yet
	order   []int  // Order: indices into Items, in the order shown
	match   []int  // Match: per left, index into RightOrder, −1 for none yet
	input   textinput.Model
}

// newAnswer starts an empty answer to card.
func newAnswer(card quiz.Card) *answer {
	a := &answer{card: card}
	q := card.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		a.picked = make([]bool, len(q.Choices))
	case quiz.TrueFalse:
		a.picked = make([]bool, 2)
	case quiz.Classify:
		a.classes = filled(len(quiz.Dimensions), -1)
	case quiz.Order:
		a.order = append([]int(nil), card.ItemOrder...)
	case quiz.Match:
		a.match = filled(len(q.Pairs), -1)
	case quiz.NumericType:
		a.input = newField(q)
	}
	return a
}

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// newField is the numeric answer's text field, with a steady cursor.
func newField(q quiz.Question) textinput.Model {
	in := textinput.New()
	in.Prompt = "answer › "
	if q.Numeric != nil {
		in.Placeholder = q.Numeric.Unit
	}
	in.CharLimit = 32
	styles := in.Styles()
	styles.Cursor.Blink = false
	in.SetStyles(styles)
	in.Focus()
	return in
}

// rows is the number of rows the cursor moves over.
func (a *answer) rows() int {
	switch a.card.Question.Type {
	case quiz.Single, quiz.Multi, quiz.TrueFalse:
		return len(a.picked)
	case quiz.Classify:
		return len(a.classes)
	case quiz.Order:
		return len(a.order)
	case quiz.Match:
		return len(a.match)
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

// update applies a key to the answer. It reports whether the key asks to
// submit the answer.
func (a *answer) update(msg tea.Msg, keys KeyMap) (submit bool, cmd tea.Cmd) {
	kp, isKey := msg.(tea.KeyPressMsg)
	if a.card.Question.Type == quiz.NumericType {
		if isKey && key.Matches(kp, keys.Submit) {
			return true, nil
		}
		a.input, cmd = a.input.Update(msg)
		return false, cmd
	}
	if !isKey {
		return false, nil
	}
	if key.Matches(kp, keys.Submit) {
		if a.card.Question.Type == quiz.Single && !slices.Contains(a.picked, true) {
			a.pickOnly(a.cursor) // enter selects the highlighted choice
		}
		return true, nil
	}
	n := a.rows()
	switch {
	case key.Matches(kp, keys.MoveUp):
		a.move(-1)
		return false, nil
	case key.Matches(kp, keys.MoveDown):
		a.move(1)
		return false, nil
	case key.Matches(kp, keys.Up):
		a.cursor = max(0, a.cursor-1)
		return false, nil
	case key.Matches(kp, keys.Down):
		a.cursor = max(0, min(n-1, a.cursor+1))
		return false, nil
	}
	switch a.card.Question.Type {
	case quiz.Single:
		if i := pickIndex(kp, keys); i >= 0 && i < n {
			a.cursor = i
			a.pickOnly(i)
		} else if key.Matches(kp, keys.Toggle) {
			a.pickOnly(a.cursor)
		}
	case quiz.Multi:
		if i := pickIndex(kp, keys); i >= 0 && i < n {
			a.cursor = i
			a.picked[i] = !a.picked[i]
		} else if key.Matches(kp, keys.Toggle) {
			a.picked[a.cursor] = !a.picked[a.cursor]
		}
	case quiz.TrueFalse:
		a.updateBool(kp, keys)
	case quiz.Classify:
		a.updateClass(kp, keys)
	case quiz.Match:
		a.updateMatch(kp, keys)
	}
	return false, nil
}

// pickOnly makes row i the only pick.
func (a *answer) pickOnly(i int) {
	for j := range a.picked {
		a.picked[j] = j == i
	}
}

func (a *answer) updateBool(kp tea.KeyPressMsg, keys KeyMap) {
	switch {
	case key.Matches(kp, keys.True):
		a.cursor = 0
	case key.Matches(kp, keys.False):
		a.cursor = 1
	case key.Matches(kp, keys.Left), key.Matches(kp, keys.Right):
		a.cursor = 1 - a.cursor
	case key.Matches(kp, keys.Toggle):
	default:
		return
	}
	a.pickOnly(a.cursor)
}

func (a *answer) updateClass(kp tea.KeyPressMsg, keys KeyMap) {
	c := &a.classes[a.cursor]
	switch {
	case key.Matches(kp, keys.Class):
		*c = common.Index(kp, keys.Class)
		a.cursor = min(len(a.classes)-1, a.cursor+1)
	case key.Matches(kp, keys.Left):
		*c = 0
	case key.Matches(kp, keys.Right):
		*c = 1
	case key.Matches(kp, keys.Toggle):
		*c = (*c + 1) % 2
	}
}

func (a *answer) updateMatch(kp tea.KeyPressMsg, keys KeyMap) {
	n := len(a.match)
	m := &a.match[a.cursor]
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
			a.cursor = min(n-1, a.cursor+1)
		}
	}
}

// move swaps the highlighted item of an Order question with its neighbour.
func (a *answer) move(d int) {
	if a.card.Question.Type != quiz.Order {
		return
	}
	j := a.cursor + d
	if j < 0 || j >= len(a.order) {
		return
	}
	a.order[a.cursor], a.order[j] = a.order[j], a.order[a.cursor]
	a.cursor = j
}

// response turns the answer into a quiz.Response, or returns a hint when
// it is not complete enough to grade.
func (a *answer) response() (quiz.Response, string) {
	q := a.card.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		var r quiz.ChoiceResponse
		for i, p := range a.picked {
			if p {
				r = append(r, i)
			}
		}
		return r, ""
	case quiz.TrueFalse:
		if !a.picked[0] && !a.picked[1] {
			return nil, "Press t for true or f for false."
		}
		return quiz.BoolResponse(a.picked[0]), ""
	case quiz.NumericType:
		return quiz.TextResponse(a.input.Value()), ""
	case quiz.Classify:
		r := quiz.ClassResponse{}
		for i, d := range quiz.Dimensions {
			if a.classes[i] < 0 {
				return nil, "Choose a class on every dimension (←/→ or 1/2)."
			}
			r[d.Name] = d.Classes[a.classes[i]]
		}
		return r, ""
	case quiz.Order:
		return quiz.OrderResponse(append([]int(nil), a.order...)), ""
	case quiz.Match:
		r := make(quiz.MatchResponse, len(a.match))
		for i, k := range a.match {
			if k < 0 {
				return nil, "Give every item its match (←/→ or a letter)."
			}
			r[i] = a.card.RightOrder[k]
		}
		return r, ""
	}
	return nil, "This question type cannot be answered here."
}
