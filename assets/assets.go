// Package assets holds faultline's built-in course, embedded in the binary.
package assets

import "embed"

// FS is the built-in course in the layout docs/content.md describes: the
// lessons under lessons/*.md and the glossary in glossary*.yaml at the root.
// Load it with lessons.Load.
//
//go:embed lessons/*.md glossary*.yaml quizzes/*.yaml
var FS embed.FS
