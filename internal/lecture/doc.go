// Package lecture is the pure core of faultline's lecture mode: it turns
// lessons into a deck of slides, moves the presenter through them, keeps the
// presenter's timer and describes the presenter's position as a State that
// notes views (and later students) follow.
//
// Nothing here draws or reads the clock on its own: every time is passed in by
// the caller, so each function is a plain function of its inputs and is tested
// without a terminal.
//
// # Slides
//
// Every lesson gives one title slide (Section -1, showing the lesson's title,
// summary and introduction) followed by one slide per "## " section.
//
// # Reveal steps
//
// A section marked for reveal shows its list items one at a time. Its Steps
// is the number of top-level list items in its body, as the lessons
// package finds them in the section's parts (CommonMark list items outside
// code, not nested in another item or a quote); a section without the
// reveal marker has Steps 0 and is shown whole. Slide.Shown gives the parts
// a step shows, by the same reading.
package lecture
