package app

import "faultline/tui/common"

// KeyMap is the keys the root handles on every screen: the shared map's
// Quit, ForceQuit, Help and CourseMap.
type KeyMap struct {
	common.KeyMap
}

// DefaultKeyMap returns the global keys.
func DefaultKeyMap() KeyMap { return KeyMap{KeyMap: common.DefaultKeyMap()} }
