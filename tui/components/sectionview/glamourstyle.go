package sectionview

import "charm.land/glamour/v2/ansi"

// ansiStyle is Glamour's style configuration.
type ansiStyle = ansi.StyleConfig
