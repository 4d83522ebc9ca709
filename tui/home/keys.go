package home

import "charm.land/bubbles/v2/key"

// KeyMap is the home screen's keys.
type KeyMap struct {
	Up, Down, Select key.Binding
}

// DefaultKeyMap returns the home screen's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Select: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
	}
}
