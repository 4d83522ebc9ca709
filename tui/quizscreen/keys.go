package quizscreen

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
	"faultline/tui/components/answerpad"
)

// KeyMap is the keys of the quiz screens: the answering keys the
// classroom shares (answerpad.KeyMap, with the shared moves and Back),
// and the quiz's own.
type KeyMap struct {
	answerpad.KeyMap
	Next, Section key.Binding
	// Hint shows the question's hint before it is answered.
	Hint        key.Binding
	Start, Open key.Binding
	// Retake starts the same quiz again; Missed quizzes the questions
	// just missed, as practice that records nothing.
	Retake, Missed key.Binding
}

// DefaultKeyMap returns the quiz keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: answerpad.DefaultKeyMap()}
	k.Next = key.NewBinding(key.WithKeys("enter", "n", "space"), key.WithHelp("enter", "next"))
	k.Hint = key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "hint"))
	k.Section = key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "read the section"))
	k.Start = common.WithHelp(k.Select, "enter", "start")
	k.Open = common.WithHelp(k.Select, "enter", "read the section")
	k.Retake = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "retake"))
	k.Missed = key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "practise missed"))
	return k
}
