// Package slideview draws lecture slides: the layout of a slide on a
// screen of any size, its heading or title page (in block letters when
// they fit), its Markdown revealed step by step and the places of its
// live widgets. The presenter (package tui/presenter) and every student's
// screen (package tui/student, through SlideRenderer) draw slides with
// this one code, so what students see is what the room sees.
//
// It also holds the lecture timer's text, which the presenter's footer
// and the speaker-notes view (package tui/notes) both show.
package slideview
