package calculators

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"faultline/calc"
)

// canvas is a drawn block in plain text whose every character is one
// column wide: lines of equal width, the row its connectors attach to, and
// where each component's box is, in the order of blockedit.Leaves.
type canvas struct {
	lines      []string
	width, mid int
	boxes      []rect
}

// rect is a box on a canvas: columns [x0, x1) of rows [y0, y1).
type rect struct{ x0, x1, y0, y1 int }

// shifted returns the boxes of c moved right by dx and down by dy.
func (c canvas) shifted(dx, dy int) []rect {
	out := make([]rect, len(c.boxes))
	for i, r := range c.boxes {
		out[i] = rect{r.x0 + dx, r.x1 + dx, r.y0 + dy, r.y1 + dy}
	}
	return out
}

// runeLen is the width of plain canvas text: names and availabilities are
// ASCII and the box-drawing characters are one column each.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// diagram draws b as a reliability block diagram: series as boxes in a row
// joined by ─, parallel groups stacked between rails, k-of-n groups framed
// and labelled.
func diagram(b calc.Block) canvas {
	switch b.Kind {
	case calc.Serial:
		return drawSerial(b)
	case calc.Parallel:
		return drawParallel(b)
	case calc.KofN:
		return drawKofN(b)
	}
	return drawBox(b)
}

// drawBox draws a component: its name over its availability.
func drawBox(b calc.Block) canvas {
	name, pct := b.Name, b.A.String()
	inner := max(runeLen(name), len(pct)) + 2
	pad := func(s string) string { return " " + s + strings.Repeat(" ", inner-1-runeLen(s)) }
	h, v, tl, tr, bl, br := "─", "│", "╭", "╮", "╰", "╯"
	lines := []string{
		tl + strings.Repeat(h, inner) + tr,
		v + pad(name) + v,
		v + pad(pct) + v,
		bl + strings.Repeat(h, inner) + br,
	}
	return canvas{lines: lines, width: inner + 2, mid: 1, boxes: []rect{{0, inner + 2, 0, len(lines)}}}
}

// drawSerial lines the parts up, their connector rows aligned, joined by ──.
func drawSerial(b calc.Block) canvas {
	parts := make([]canvas, len(b.Children))
	mid, below := 0, 0
	for i, c := range b.Children {
		parts[i] = diagram(c)
		mid = max(mid, parts[i].mid)
		below = max(below, len(parts[i].lines)-parts[i].mid)
	}
	out := canvas{lines: make([]string, mid+below), mid: mid}
	for i, p := range parts {
		if i > 0 {
			for r := range out.lines {
				join := "  "
				if r == mid {
					join = "──"
				}
				out.lines[r] += join
			}
			out.width += 2
		}
		top := mid - p.mid
		blank := strings.Repeat(" ", p.width)
		for r := range out.lines {
			if r >= top && r-top < len(p.lines) {
				out.lines[r] += p.lines[r-top]
			} else {
				out.lines[r] += blank
			}
		}
		out.boxes = append(out.boxes, p.shifted(out.width, top)...)
		out.width += p.width
	}
	return out
}

// drawParallel stacks the parts between a left and a right rail, with the
// group's name and availability under them.
func drawParallel(b calc.Block) canvas {
	parts := make([]canvas, len(b.Children))
	inner := 0
	for i, c := range b.Children {
		parts[i] = diagram(c)
		inner = max(inner, parts[i].width)
	}
	out := canvas{width: inner + 4}
	var mids []int
	for _, p := range parts {
		out.boxes = append(out.boxes, p.shifted(2, len(out.lines))...)
		for r, l := range p.lines {
			fill := " "
			if r == p.mid {
				fill = "─"
				mids = append(mids, len(out.lines))
			}
			out.lines = append(out.lines, l+strings.Repeat(fill, inner-p.width))
		}
	}
	if len(mids) == 0 {
		return drawBox(calc.NewComponent("(empty)", calc.Availability{}))
	}
	first, last := mids[0], mids[len(mids)-1]
	for r, l := range out.lines {
		left, right, gap := " ", " ", " "
		switch {
		case len(mids) == 1 && r == first:
			left, right, gap = "─", "─", "─"
		case r == first:
			left, right, gap = "┬", "┬", "─"
		case r == last:
			left, right, gap = "└", "┘", "─"
		case contains(mids, r):
			left, right, gap = "├", "┤", "─"
		case r > first && r < last:
			left, right = "│", "│"
		}
		out.lines[r] = left + gap + l + gap + right
	}
	out.mid = first
	caption := fmt.Sprintf("any of %d: %s", len(b.Children), b.Availability())
	if b.Name != "" {
		caption = b.Name + ", " + caption
	}
	return withCaption(out, caption)
}

// drawKofN frames the replicated part, labelled "k of n", with the group's
// availability under the frame.
func drawKofN(b calc.Block) canvas {
	var p canvas
	if len(b.Children) == 1 {
		p = diagram(b.Children[0])
	} else {
		p = drawBox(calc.NewComponent("(empty)", calc.Availability{}))
	}
	label := fmt.Sprintf(" %d of %d ", b.K, b.N)
	if b.Name != "" {
		label = " " + b.Name + ": " + strings.TrimSpace(label) + " "
	}
	inner := max(p.width+2, runeLen(label)+2)
	out := canvas{width: inner + 2, mid: p.mid + 1, boxes: p.shifted(2, 1)}
	out.lines = append(out.lines, ("╭─" + label + strings.Repeat("─", inner-1-runeLen(label)) + "╮"))
	for r, l := range p.lines {
		left, right, fill := "│ ", " │", " "
		if r == p.mid {
			left, right, fill = "┼─", "─┼", "─"
		}
		out.lines = append(out.lines, (left)+l+(strings.Repeat(fill, inner-2-p.width)+right))
	}
	out.lines = append(out.lines, ("╰" + strings.Repeat("─", inner) + "╯"))
	return withCaption(out, fmt.Sprintf("%d of %d needed: %s", b.K, b.N, b.Availability()))
}

// withCaption adds a dim line under c, widening c if the line is wider.
func withCaption(c canvas, caption string) canvas {
	w := runeLen(caption)
	if w > c.width {
		for r, l := range c.lines {
			fill := " "
			if r == c.mid {
				fill = "─"
			}
			c.lines[r] = l + strings.Repeat(fill, w-c.width)
		}
		c.width = w
	}
	c.lines = append(c.lines, caption+strings.Repeat(" ", c.width-w))
	return c
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// heavy turns a box's light border into a heavy one, marking the selection
// even without colour.
var heavy = strings.NewReplacer("─", "━", "│", "┃", "╭", "┏", "╮", "┓", "╰", "┗", "╯", "┛")

// crop shows columns [off, off+width) of c, the window the composer
// scrolls across a diagram wider than the screen. Box sel (−1 for none) is
// drawn heavy in selStyle; everything else in rest, or plainly when rest is nil.
func crop(c canvas, off, width, sel int, selStyle lipgloss.Style, rest *lipgloss.Style) []string {
	paint := func(s string) string {
		if rest == nil || s == "" {
			return s
		}
		return rest.Render(s)
	}
	box := rect{-1, -1, -1, -1}
	if sel >= 0 && sel < len(c.boxes) {
		box = c.boxes[sel]
	}
	out := make([]string, len(c.lines))
	for i, l := range c.lines {
		r := []rune(l)
		lo, hi := min(off, len(r)), min(off+width, len(r))
		r = r[lo:hi]
		if i < box.y0 || i >= box.y1 {
			out[i] = paint(strings.TrimRight(string(r), " "))
			continue
		}
		a := max(0, min(len(r), box.x0-lo))
		b := max(0, min(len(r), box.x1-lo))
		out[i] = paint(string(r[:a])) + selStyle.Render(heavy.Replace(string(r[a:b]))) + paint(strings.TrimRight(string(r[b:]), " "))
	}
	return out
}
