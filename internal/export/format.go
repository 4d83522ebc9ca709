package export

import (
	"fmt"
	"strings"
)

// Format is a kind of handout file.
type Format string

// The handout formats.
const (
	// Markdown is a CommonMark document with GitHub-style tables.
	Markdown Format = "markdown"
	// HTML is one self-contained page with a print-friendly stylesheet.
	HTML Format = "html"
)

// Formats lists the accepted formats, for messages and completion.
var Formats = []Format{Markdown, HTML}

// ParseFormat reads a format name: "markdown" (or "md") or "html".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	}
	return "", fmt.Errorf("invalid format %q (accepted: markdown, html)", s)
}
