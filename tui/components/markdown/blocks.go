package markdown

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
)

// bullets are the markers of bullet lists, by depth.
var bullets = []string{"•", "◦", "▪"}

// list draws a list: each item's marker, then its content with every
// following line indented under the content (a hanging indent). Numbers
// are right-aligned so that 9. and 10. line up. A tight list has no blank
// lines between its items, a loose one does.
func (d *drawer) list(l *ast.List, width, depth int) []string {
	var markers []string
	mw := 0
	num := l.Start
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		m := bullets[depth%len(bullets)]
		if l.IsOrdered() {
			m = strconv.Itoa(num) + string(l.Marker)
			num++
		}
		markers = append(markers, m)
		mw = max(mw, ansi.StringWidth(m))
	}
	indent := mw + 1
	var out []string
	i := 0
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if i > 0 && !l.IsTight {
			out = append(out, "")
		}
		m := markers[i]
		i++
		m = strings.Repeat(" ", mw-ansi.StringWidth(m)) + m
		if width <= indent {
			// No room beside the marker: the marker on its own line.
			out = append(out, d.r.paint(baseMarker, 0, ansi.Truncate(m, width, "")))
			out = append(out, d.children(it, width, depth+1)...)
			continue
		}
		body := d.children(it, width-indent, depth+1)
		if len(body) == 0 {
			body = []string{""}
		}
		out = append(out, d.r.paint(baseMarker, 0, m)+" "+body[0])
		pad := strings.Repeat(" ", indent)
		for _, b := range body[1:] {
			if b == "" {
				out = append(out, "")
			} else {
				out = append(out, pad+b)
			}
		}
	}
	return out
}

// quote draws a block quote with a bar down its left side.
func (d *drawer) quote(q *ast.Blockquote, width, depth int) []string {
	if width < 3 {
		return d.children(q, width, depth)
	}
	body := d.children(q, width-2, depth)
	bar := d.r.paint(baseQuoteBar, 0, "│")
	for i, b := range body {
		if b == "" {
			body[i] = bar
		} else {
			body[i] = bar + " " + b
		}
	}
	return body
}

// code draws a code block's lines as written, indented by two columns
// when there is room; a line wider than that is broken, never cut.
func (d *drawer) code(n ast.Node, width int) []string {
	indent := ""
	if width >= 8 {
		indent = "  "
	}
	inner := width - len(indent)
	lines := n.Lines()
	out := make([]string, 0, lines.Len())
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := strings.Repeat(" ", seg.Padding) + string(seg.Value(d.src))
		l = codeLine(strings.TrimRight(l, "\r\n"))
		if ansi.StringWidth(l) > inner {
			for _, p := range strings.Split(ansi.Hardwrap(l, inner, true), "\n") {
				out = append(out, indent+d.r.paint(baseCode, 0, strings.TrimRight(p, " ")))
			}
			continue
		}
		out = append(out, indent+d.r.paint(baseCode, 0, l))
	}
	for len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// codeLine expands tabs to four columns and drops control characters.
func codeLine(l string) string {
	if strings.IndexByte(l, '\t') >= 0 {
		var b strings.Builder
		col := 0
		for _, r := range l {
			if r == '\t' {
				n := 4 - col%4
				b.WriteString(strings.Repeat(" ", n))
				col += n
				continue
			}
			b.WriteRune(r)
			col++
		}
		l = b.String()
	}
	return clean([]byte(l))
}

// html draws raw HTML as the text it is, except comments, which show
// nothing (lessons use <!-- reveal --> to mark slide steps).
func (d *drawer) html(n *ast.HTMLBlock, width int) []string {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(d.src))
	}
	if n.HasClosure() {
		b.Write(n.ClosureLine.Value(d.src))
	}
	t := strings.TrimSpace(b.String())
	if t == "" || n.HTMLBlockType == ast.HTMLBlockType2 {
		return nil
	}
	var out []string
	for _, l := range strings.Split(t, "\n") {
		l = codeLine(strings.TrimRight(l, "\r"))
		out = append(out, strings.Split(ansi.Hardwrap(l, width, true), "\n")...)
	}
	return out
}
