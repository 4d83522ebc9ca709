package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// span is a run of inline text in one style. A span with brk set is a
// hard line break and has no text.
type span struct {
	text string
	sty  style
	brk  bool
}

// inline flattens the inline children of n into spans, in order.
func (d *drawer) inline(n ast.Node) []span {
	var out []span
	d.inlineInto(&out, n, 0)
	return out
}

func (d *drawer) inlineInto(out *[]span, n ast.Node, sty style) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(d.src)
			if !c.IsRaw() {
				v = unescape(v)
			}
			*out = append(*out, span{text: clean(v), sty: sty})
			switch {
			case c.HardLineBreak():
				*out = append(*out, span{brk: true})
			case c.SoftLineBreak():
				*out = append(*out, span{text: " ", sty: sty})
			}
		case *ast.String:
			v := c.Value
			if !c.IsCode() && !c.IsRaw() {
				v = unescape(v)
			}
			*out = append(*out, span{text: clean(v), sty: sty})
		case *ast.CodeSpan:
			d.inlineInto(out, c, sty|styleCode)
		case *ast.Emphasis:
			if c.Level >= 2 {
				d.inlineInto(out, c, sty|styleStrong)
			} else {
				d.inlineInto(out, c, sty|styleEmph)
			}
		case *ast.Link:
			d.link(out, c, string(c.Destination), sty)
		case *ast.Image:
			d.link(out, c, string(c.Destination), sty)
		case *ast.AutoLink:
			*out = append(*out, span{text: clean(c.URL(d.src)), sty: sty | styleLink})
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				s := c.Segments.At(i)
				*out = append(*out, span{text: clean(s.Value(d.src)), sty: sty})
			}
		default:
			d.inlineInto(out, c, sty)
		}
	}
}

// link adds a link's text and, unless the text is the address itself, the
// address after it in brackets: a terminal reader cannot click, but can copy.
func (d *drawer) link(out *[]span, n ast.Node, dest string, sty style) {
	start := len(*out)
	d.inlineInto(out, n, sty|styleLink)
	var label strings.Builder
	for _, s := range (*out)[start:] {
		label.WriteString(s.text)
	}
	dest = clean([]byte(dest))
	if dest == "" || strings.TrimSpace(label.String()) == dest {
		return
	}
	if strings.TrimSpace(label.String()) == "" {
		*out = append((*out)[:start], span{text: dest, sty: sty | styleLink})
		return
	}
	*out = append(*out, span{text: " (", sty: sty}, span{text: dest, sty: sty | styleURL}, span{text: ")", sty: sty})
}

// unescape resolves backslash escapes and character references, as an
// HTML renderer would.
func unescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') >= 0 {
		v = util.UnescapePunctuations(v)
	}
	if bytes.IndexByte(v, '&') >= 0 {
		v = util.ResolveEntityNames(util.ResolveNumericReferences(v))
	}
	return v
}

// clean returns v as a string without control characters: escape
// sequences and the like never reach the terminal from a document. Tabs
// and line ends become spaces; NUL becomes U+FFFD as CommonMark asks.
func clean(v []byte) string {
	ok := true
	for _, c := range v {
		if c < 0x20 || c == 0x7f || c == 0xc2 {
			ok = false
			break
		}
	}
	if ok {
		return string(v)
	}
	var b strings.Builder
	b.Grow(len(v))
	for _, r := range string(v) {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r == 0:
			b.WriteRune('\uFFFD')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
