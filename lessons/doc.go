// Package lessons loads faultline's course: Markdown lessons with YAML front
// matter and a YAML glossary, read from any fs.FS (the embedded assets or an
// instructor's own folder) and checked against the format described in
// docs/content.md.
//
// Load reads and validates a whole course at once, reporting every problem it
// finds as FILE:LINE: problem. All text it returns has been passed through
// Sanitize, so it can be printed to a terminal without carrying escape
// sequences or control characters.
//
// The package is the one reader of a section's Markdown: Load cuts every
// section into Parts, Markdown text or a typed, checked live block, found
// by CommonMark's rules (through goldmark's block parser), and records the
// top-level list items lecture mode reveals one at a time. The reader,
// lecture mode, handouts and the content checks consume those parts and
// never scan fences themselves. The package draws nothing: turning a
// Section into screen output is the job of the tui package.
package lessons
