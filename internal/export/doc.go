// Package export writes lessons as a handout that students can read along
// with or print: Markdown, or one self-contained HTML file.
//
// A handout holds each lesson's title, summary, introduction and sections,
// without the speaker notes. Live blocks become their static results,
// computed with the same calc functions as the terminal: the nines table
// with the downtime per period and the calendar it assumes, a composed
// system's availability, MTBF and MTTR figures, diagrams as lists and
// tables, a scenario's description and default settings, and quiz questions
// without their answers, which are gathered in an answer key at the end.
//
// The package is pure: it turns lessons into text and writes to an
// io.Writer, and imports nothing that draws to a terminal.
package export
