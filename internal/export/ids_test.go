package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestRepeatedHeadingsGetUniqueIDs checks the ids of headings that repeat,
// and of a heading whose text looks like a numbered id.
func TestRepeatedHeadingsGetUniqueIDs(t *testing.T) {
	md := "## Summary\n\n## Summary\n\n## Summary-1\n\n## Summary\n\n## !!!\n\n## ???\n"
	out, err := markdownHTML(markdown(nil), md)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`id="summary"`, `id="summary-1"`, `id="summary-1-1"`, `id="summary-2"`, `id="heading"`, `id="heading-1"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	if n := strings.Count(out, `id="summary-1"`); n != 1 {
		t.Errorf("id summary-1 used %d times", n)
	}
}

// repeatedHeadings is a handout of n sections with the same heading.
func repeatedHeadings(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "## Key points\n\nPoint %d.\n\n", i)
	}
	return b.String()
}

func BenchmarkHTMLRepeatedHeadings10000(b *testing.B) {
	md := repeatedHeadings(10000)
	for b.Loop() {
		if _, err := markdownHTML(markdown(nil), md); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLRepeatedHeadingsGoldmarkIDs is the same conversion with
// goldmark's own id generator, for comparison.
func BenchmarkHTMLRepeatedHeadingsGoldmarkIDs(b *testing.B) {
	md := []byte(repeatedHeadings(10000))
	conv := markdown(nil)
	for b.Loop() {
		var out bytes.Buffer
		if err := conv.Convert(md, &out); err != nil {
			b.Fatal(err)
		}
	}
}
