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
// is the number of top-level list items in its body: lines that start at
// column 0 with "- ", "* ", "+ " or a number followed by ". " (as "3. ").
// Indented items (nested lists, continuation lines) and lines inside fenced
// code blocks (``` or ~~~) do not count, nor does a thematic break such as
// "* * *". A section without the reveal marker has Steps 0 and is shown whole.
// Revealed cuts a body down to what a given step shows, by the same rules.
package lecture
