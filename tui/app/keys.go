package app

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is the keys the root handles on every screen: the shared map's
// Quit, ForceQuit, Help, HelpAnywhere and CourseMap, and Dismiss, which
// closes a notice (esc, before the screen sees it).
type KeyMap struct {
	common.KeyMap
	Dismiss key.Binding
}

// DefaultKeyMap returns the global keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Dismiss = common.WithHelp(k.Back, "esc", "dismiss")
	return k
}
