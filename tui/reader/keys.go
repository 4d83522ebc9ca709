package reader

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is the lesson reader's keys: the shared moves (Up and Down
// scroll, Top and Bottom go to the first and last section), Next and Prev
// between sections, Open for the section's live blocks, and Pick, which
// chooses one of them by number.
type KeyMap struct {
	common.KeyMap
	Next, Prev, Open key.Binding
}

// DefaultKeyMap returns the lesson reader's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Next = key.NewBinding(key.WithKeys("right", "l", "n"), key.WithHelp("→/l", "next"))
	k.Prev = key.NewBinding(key.WithKeys("left", "h", "p"), key.WithHelp("←/h", "previous"))
	k.Up.SetHelp("↑/k", "scroll up")
	k.Down.SetHelp("↓/j", "scroll down")
	k.Top.SetHelp("g", "first section")
	k.Bottom.SetHelp("G", "last section")
	k.Open = common.WithHelp(k.Select, "enter", "open live")
	k.Pick.SetHelp("1-9", "open that one")
	return k
}
