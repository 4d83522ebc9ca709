package reader

import "charm.land/bubbles/v2/key"

// KeyMap is the lesson reader's keys.
type KeyMap struct {
	Next, Prev, Up, Down, PageUp, PageDown, Top, Bottom, Back, Open key.Binding
}

// DefaultKeyMap returns the lesson reader's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:     key.NewBinding(key.WithKeys("right", "l", "n"), key.WithHelp("→/l", "next")),
		Prev:     key.NewBinding(key.WithKeys("left", "h", "p"), key.WithHelp("←/h", "previous")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("space", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first section")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last section")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open live")),
	}
}
