// Package presenter is the screen of faultline's lecture mode: it shows a
// deck of slides full screen with live widgets (calculators, scenario
// players, question cards for a show of hands), a footer with the timer,
// and overlays for the index and help. It publishes its state for the
// speaker-notes view and, with a classroom, sends every change to the
// students following over SSH.
//
// It is its own Bubble Tea root model (it owns the tea.View, so no header
// or help line of the self-study TUI is drawn around it); the slide logic
// (navigation, reveal steps, timer) comes from the pure
// faultline/internal/lecture package and the drawing of slides from
// tui/components/slideview.
package presenter
