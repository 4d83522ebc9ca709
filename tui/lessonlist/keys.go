package lessonlist

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is the lesson list's keys: the shared moves, and Open, which
// reads the lesson under the cursor.
type KeyMap struct {
	common.KeyMap
	Open key.Binding
}

// DefaultKeyMap returns the lesson list's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Open = key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "read"))
	return k
}
