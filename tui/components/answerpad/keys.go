package answerpad

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"faultline/quiz"
	"faultline/tui/common"
)

// KeyMap is the keys that answer a question, the same in the self-study
// quiz and in the classroom: the shared moves, choices picked with 1–9 or
// a–f (Pick), true and false with t/1/a and f/2/b, a class with 1 or 2, a
// match with a letter, an item moved with J/K, and enter to submit.
type KeyMap struct {
	common.KeyMap
	Toggle, True, False, Class, Letter key.Binding
	MoveUp, MoveDown                   key.Binding
	Submit                             key.Binding
}

// Letters are the keys a to f, which pick the first to the sixth choice
// as 1 to 6 do, and match the lettered items: a question has at most six
// choices or pairs (quiz.MaxChoices, quiz.MaxPairs), and h is left free
// for the self-study quiz's hint.
var Letters = []string{"a", "b", "c", "d", "e", "f"}

// DefaultKeyMap returns the answering keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	// Only the arrows: h is the hint, and l alone would be lopsided.
	k.Left = common.WithHelp(common.WithKeys(k.Left, "left"), "←", "previous")
	k.Right = common.WithHelp(common.WithKeys(k.Right, "right"), "→", "next")
	k.Pick = key.NewBinding(key.WithKeys(append(append([]string{}, common.Digits...), Letters...)...),
		key.WithHelp("1-9/a-f", "pick"))
	k.Toggle = key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "toggle"))
	k.True = key.NewBinding(key.WithKeys("t", "1", "a"), key.WithHelp("t", "true"))
	k.False = key.NewBinding(key.WithKeys("f", "2", "b"), key.WithHelp("f", "false"))
	k.Class = key.NewBinding(key.WithKeys("1", "2"), key.WithHelp("1/2", "class"))
	k.Letter = key.NewBinding(key.WithKeys(Letters...), key.WithHelp("a-f", "match"))
	k.MoveUp = key.NewBinding(key.WithKeys("shift+up", "K"), key.WithHelp("K/shift+↑", "move up"))
	k.MoveDown = key.NewBinding(key.WithKeys("shift+down", "J"), key.WithHelp("J/shift+↓", "move down"))
	k.Submit = common.WithHelp(k.Select, "enter", "submit")
	return k
}

// ShortKeys are the keys a help line names while p is answered: how to
// answer (submitting last) and how to move the cursor. A screen puts its
// own keys, such as how to leave, between the two: a narrow help line
// drops the last keys first, and moving the cursor matters least.
func (p *Pad) ShortKeys(k KeyMap) (answer, move []key.Binding) {
	move = []key.Binding{k.Up, k.Down}
	switch p.card.Question.Type {
	case quiz.Single:
		return []key.Binding{p.pick(k, "pick"), k.Submit}, move
	case quiz.Multi:
		// Numbers toggle too, so space can wait with the moves.
		return []key.Binding{p.pick(k, "toggle"), k.Submit}, append([]key.Binding{k.Toggle}, move...)
	case quiz.TrueFalse:
		return []key.Binding{common.Join("t/f", "true/false", k.True, k.False), k.Submit}, nil
	case quiz.Classify:
		return []key.Binding{common.Join("←/→ 1/2", "class", k.Left, k.Right, k.Class), k.Submit}, move
	case quiz.Order:
		return []key.Binding{common.Join("J/K", "move item", k.MoveUp, k.MoveDown), k.Submit}, move
	case quiz.Match:
		return []key.Binding{common.Join("←/→ "+p.letterRange(), "match", k.Left, k.Right, p.matchLetters(k)), k.Submit}, move
	}
	return []key.Binding{k.Submit}, nil
}

// FullKeys are every key p answers to, for the full help: how to answer
// and how to move the cursor.
func (p *Pad) FullKeys(k KeyMap) (answer, move []key.Binding) {
	move = []key.Binding{k.Up, k.Down}
	switch p.card.Question.Type {
	case quiz.Single:
		return []key.Binding{p.pick(k, "pick"), common.WithHelp(k.Toggle, "space", "pick highlighted"), k.Submit}, move
	case quiz.Multi:
		return []key.Binding{p.pick(k, "toggle"), common.WithHelp(k.Toggle, "space", "toggle highlighted"), k.Submit}, move
	case quiz.TrueFalse:
		return []key.Binding{k.True, k.False, common.Join("←/→/space", "switch", k.Left, k.Right, k.Toggle), k.Submit}, move
	case quiz.Classify:
		return []key.Binding{common.WithHelp(k.Left, "←", "first class"), common.WithHelp(k.Right, "→", "second class"),
			k.Class, common.WithHelp(k.Toggle, "space", "other class"), k.Submit}, move
	case quiz.Order:
		return []key.Binding{k.MoveUp, k.MoveDown, k.Submit}, move
	case quiz.Match:
		return []key.Binding{common.Join("→/space", "next letter", k.Right, k.Toggle), common.WithHelp(k.Left, "←", "previous letter"),
			common.WithHelp(p.matchLetters(k), p.letterRange(), "match, then next item"), k.Submit}, move
	}
	return p.ShortKeys(k)
}

// pick is the Pick binding with its help naming the numbers and letters
// of the question's choices: "1-4/a-d pick" for four.
func (p *Pad) pick(k KeyMap, desc string) key.Binding {
	n := max(1, len(p.card.Question.Choices))
	return common.WithHelp(k.Pick, fmt.Sprintf("1-%d/a-%s", n, strings.ToLower(quiz.Letter(n-1))), desc)
}

// letterRange names the letters that match the items of a Match
// question: "a-d" for four.
func (p *Pad) letterRange() string {
	return "a-" + strings.ToLower(quiz.Letter(max(0, len(p.match)-1)))
}

// matchLetters is the Letter binding cut to the items of the question.
func (p *Pad) matchLetters(k KeyMap) key.Binding {
	return common.WithKeys(k.Letter, Letters[:min(len(Letters), len(p.match))]...)
}
