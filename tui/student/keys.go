package student

import "charm.land/bubbles/v2/key"

// KeyMap is every key of a student's screen.
type KeyMap struct {
	Answer     key.Binding
	Up, Down   key.Binding
	Quit       key.Binding
	ForceQuit  key.Binding
	Enter, Esc key.Binding
}

// DefaultKeyMap returns the student's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Answer: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9",
			"a", "b", "c", "d", "e", "f", "g", "h", "i"), key.WithHelp("1-9/a-i", "answer")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "leave")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c", "ctrl+d"), key.WithHelp("ctrl+c", "leave")),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "join")),
		Esc:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "skip")),
	}
}

// choiceIndex is the choice a key names: 1-9 and a-i are 0-8; -1 for any
// other key.
func choiceIndex(k string) int {
	if len(k) != 1 {
		return -1
	}
	switch c := k[0]; {
	case c >= '1' && c <= '9':
		return int(c - '1')
	case c >= 'a' && c <= 'i':
		return int(c - 'a')
	}
	return -1
}
