package quizscreen

import "charm.land/bubbles/v2/key"

// KeyMap is the keys of the quiz screens. Choices are also picked with
// 1–9 or a–i, and true/false with t and f; those keys are read directly
// and only described in the help.
type KeyMap struct {
	Up, Down, Left, Right   key.Binding
	Pick, Toggle, TrueFalse key.Binding
	MoveUp, MoveDown        key.Binding
	Submit, Next, Section   key.Binding
	Start, Open, Back       key.Binding
}

// DefaultKeyMap returns the quiz keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:      key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "previous")),
		Right:     key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", "next")),
		Pick:      key.NewBinding(key.WithKeys("1"), key.WithHelp("1-9/a-i", "pick")),
		Toggle:    key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "toggle")),
		TrueFalse: key.NewBinding(key.WithKeys("t", "f"), key.WithHelp("t/f", "true/false")),
		MoveUp:    key.NewBinding(key.WithKeys("shift+up", "K"), key.WithHelp("K/shift+↑", "move up")),
		MoveDown:  key.NewBinding(key.WithKeys("shift+down", "J"), key.WithHelp("J/shift+↓", "move down")),
		Submit:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "submit")),
		Next:      key.NewBinding(key.WithKeys("enter", "n", "space"), key.WithHelp("enter", "next")),
		Section:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "read the section")),
		Start:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read the section")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}
