// Package slides holds the screens of faultline's lecture mode: the
// presenter, which shows a deck of slides full screen with live widgets,
// a footer with the timer and overlays for the index and help, and the
// notes view, which follows the presenter over lecture/link and shows the
// speaker notes.
//
// Both are their own Bubble Tea root models (they own the tea.View, so no
// header or help line of the self-study TUI is drawn around them); the
// slide logic (navigation, reveal steps, timer) comes from the pure
// faultline/internal/lecture package.
package slides
