package glossary

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is the glossary's keys: the shared moves, Open (the shared
// Select) to read a term in its lesson, and while filtering, Done and
// Clear.
type KeyMap struct {
	common.KeyMap
	Open, Done, Clear key.Binding
}

// DefaultKeyMap returns the glossary's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Open = common.WithHelp(k.Select, "enter", "read in lesson")
	k.Done = key.NewBinding(key.WithKeys("enter", "down", "up"), key.WithHelp("enter", "keep filter"))
	k.Clear = common.WithHelp(k.Back, "esc", "clear filter")
	return k
}
