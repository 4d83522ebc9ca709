package home

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is the home screen's keys: the shared moves, enter to open the
// entry under the cursor and 1–9 to open one by its number.
type KeyMap struct {
	common.KeyMap
}

// DefaultKeyMap returns the home screen's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Pick.SetHelp("1-9", "open by number")
	return k
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Select} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{{k.Up, k.Down, k.Select, k.Pick}} }
