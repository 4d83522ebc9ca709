package coursemap

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is the course map's keys: the shared moves, Open to read the
// lesson under the cursor, Reset to start the course afresh (after Yes),
// and Back.
type KeyMap struct {
	common.KeyMap
	Open, Reset key.Binding
}

// DefaultKeyMap returns the course map's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Open = key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "read"))
	k.Reset = key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "reset progress…"))
	k.Yes.SetHelp("y", "reset")
	k.No.SetHelp("n", "no")
	return k
}
