package common

// Drawing is a screen's look frozen at one moment, which others (students
// following a lecture) draw at their own size. Draw must be safe for
// concurrent use and gives the same text for the same arguments.
type Drawing interface {
	// Draw is the screen width×height cells, for a dark or light
	// background.
	Draw(width, height int, isDark bool) string
}

// Mirrored is implemented by screens that move on their own (a scenario
// playing) and can be followed on other screens at those screens' size.
type Mirrored interface {
	// Mirror returns the screen's look now. It returns the same Drawing
	// until the screen changes, so a caller can tell that nothing moved.
	Mirror() Drawing
}
