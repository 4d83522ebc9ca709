// Package gfm holds goldmark's GitHub table and strikethrough extensions,
// adapted so that faultline does not link goldmark's extension package:
// that package's init compiles the linkify regexps on every start, a
// cost `faultline nines` and the course's first frame paid for nothing.
// Table and Strikethrough are drop-in replacements for
// extension.Table and extension.Strikethrough and build the same AST
// (goldmark/extension/ast) and HTML.
package gfm
