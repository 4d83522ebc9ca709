package markdown

import (
	"fmt"
	"strings"
	"testing"

	"faultline/tui/theme"
)

// longFence is a fenced code block of n lines.
func longFence(n int) string {
	var b strings.Builder
	b.WriteString("Before the block.\n\n```\n")
	for i := range n {
		fmt.Fprintf(&b, "line %d of a long listing, with some text to wrap\n", i)
	}
	b.WriteString("```\n\nAfter it.\n")
	return b.String()
}

// longList is a bullet list of n items, each with emphasis and a soft break.
func longList(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "- item %d has **strong** words and *emphasis*,\n  continued on a second source line\n", i)
	}
	return b.String()
}

// BenchmarkLong renders documents of 1,000 and 10,000 lines: the time per
// line stays the same, rendering is linear in the size of the text.
func BenchmarkLong(b *testing.B) {
	for _, doc := range []struct {
		name string
		md   func(int) string
	}{{"fence", longFence}, {"list", longList}} {
		for _, n := range []int{1000, 10000} {
			md := doc.md(n)
			b.Run(fmt.Sprintf("%s-%d", doc.name, n), func(b *testing.B) {
				r := New(theme.New(true).Markdown, false)
				b.SetBytes(int64(len(md)))
				for b.Loop() {
					r.Render(md, 80)
				}
			})
		}
	}
}

// BenchmarkParagraphs renders a few screens of ordinary lesson text.
func BenchmarkParagraphs(b *testing.B) {
	md := strings.Repeat("Believing it: code sends a request and waits for the *answer*, as if it must come. "+
		"No **timeouts**, no retries, no plan for a message that never arrives.\n\n- Put a timeout on every remote call.\n- Make operations idempotent.\n\n", 5)
	r := New(theme.New(true).Markdown, false)
	for b.Loop() {
		r.Render(md, 80)
	}
}
