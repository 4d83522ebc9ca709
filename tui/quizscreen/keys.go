package quizscreen

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is the keys of the quiz screens: the shared moves and Back, and
// the keys that answer. Choices are picked with 1–9 or a–f (Pick), true
// and false with t/1/a and f/2/b, a class with 1 or 2, a match with a
// letter; h shows the question's hint before answering.
type KeyMap struct {
	common.KeyMap
	Toggle, True, False, Class, Letter key.Binding
	MoveUp, MoveDown                   key.Binding
	Submit, Next, Section, Hint        key.Binding
	Start, Open                        key.Binding
	// Retake starts the same quiz again; Missed quizzes the questions
	// just missed, as practice that records nothing.
	Retake, Missed key.Binding
}

// letters are the keys a to f, which pick the first to the sixth choice
// as 1 to 6 do: a question has at most six choices or pairs
// (quiz.MaxChoices, quiz.MaxPairs), and h is the hint.
var letters = []string{"a", "b", "c", "d", "e", "f"}

// DefaultKeyMap returns the quiz keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	// Only the arrows: h is the hint, and l alone would be lopsided.
	k.Left = common.WithHelp(common.WithKeys(k.Left, "left"), "←", "previous")
	k.Right = common.WithHelp(common.WithKeys(k.Right, "right"), "→", "next")
	k.Pick = key.NewBinding(key.WithKeys(append(append([]string{}, common.Digits...), letters...)...),
		key.WithHelp("1-9/a-f", "pick"))
	k.Toggle = key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "toggle"))
	k.True = key.NewBinding(key.WithKeys("t", "1", "a"), key.WithHelp("t", "true"))
	k.False = key.NewBinding(key.WithKeys("f", "2", "b"), key.WithHelp("f", "false"))
	k.Class = key.NewBinding(key.WithKeys("1", "2"), key.WithHelp("1/2", "class"))
	k.Letter = key.NewBinding(key.WithKeys(letters...), key.WithHelp("a-f", "match"))
	k.MoveUp = key.NewBinding(key.WithKeys("shift+up", "K"), key.WithHelp("K/shift+↑", "move up"))
	k.MoveDown = key.NewBinding(key.WithKeys("shift+down", "J"), key.WithHelp("J/shift+↓", "move down"))
	k.Submit = common.WithHelp(k.Select, "enter", "submit")
	k.Next = key.NewBinding(key.WithKeys("enter", "n", "space"), key.WithHelp("enter", "next"))
	k.Hint = key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "hint"))
	k.Section = key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "read the section"))
	k.Start = common.WithHelp(k.Select, "enter", "start")
	k.Open = common.WithHelp(k.Select, "enter", "read the section")
	k.Retake = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "retake"))
	k.Missed = key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "practise missed"))
	return k
}
