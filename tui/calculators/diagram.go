package calculators

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/tui/calculators/blockedit"
	"faultline/tui/theme"
)

// canvas is a drawn block: lines of equal width, the row its connectors
// attach to, and the columns of the selected component (−1 when absent).
type canvas struct {
	lines      []string
	width, mid int
	selX0      int
	selX1      int
}

// diagram draws b as a reliability block diagram: series as boxes in a row
// joined by ─, parallel groups stacked between rails, k-of-n groups framed
// and labelled. The component at sel is drawn with a heavy border.
func diagram(b calc.Block, sel blockedit.Path, st theme.Styles) canvas {
	return draw(b, blockedit.Path{}, sel, st)
}

func draw(b calc.Block, at, sel blockedit.Path, st theme.Styles) canvas {
	switch b.Kind {
	case calc.Serial:
		return drawSerial(b, at, sel, st)
	case calc.Parallel:
		return drawParallel(b, at, sel, st)
	case calc.KofN:
		return drawKofN(b, at, sel, st)
	}
	return drawBox(b, samePath(at, sel), st)
}

func samePath(a, b blockedit.Path) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func child(at blockedit.Path, i int) blockedit.Path {
	return append(append(blockedit.Path(nil), at...), i)
}

// drawBox draws a component: its name over its availability.
func drawBox(b calc.Block, selected bool, st theme.Styles) canvas {
	name, pct := b.Name, b.A.String()
	inner := max(len([]rune(name)), len(pct)) + 2
	pad := func(s string) string { return " " + s + strings.Repeat(" ", inner-1-len([]rune(s))) }
	h, v, tl, tr, bl, br := "─", "│", "╭", "╮", "╰", "╯"
	if selected {
		h, v, tl, tr, bl, br = "━", "┃", "┏", "┓", "┗", "┛"
	}
	lines := []string{
		tl + strings.Repeat(h, inner) + tr,
		v + pad(name) + v,
		v + pad(pct) + v,
		bl + strings.Repeat(h, inner) + br,
	}
	c := canvas{lines: lines, width: inner + 2, mid: 1, selX0: -1, selX1: -1}
	if selected {
		for i, l := range c.lines {
			c.lines[i] = st.List.Selected.Render(l)
		}
		c.selX0, c.selX1 = 0, c.width
	}
	return c
}

// drawSerial lines the parts up, their connector rows aligned, joined by ──.
func drawSerial(b calc.Block, at, sel blockedit.Path, st theme.Styles) canvas {
	parts := make([]canvas, len(b.Children))
	mid, below := 0, 0
	for i, c := range b.Children {
		parts[i] = draw(c, child(at, i), sel, st)
		mid = max(mid, parts[i].mid)
		below = max(below, len(parts[i].lines)-parts[i].mid)
	}
	out := canvas{lines: make([]string, mid+below), mid: mid, selX0: -1, selX1: -1}
	for i, p := range parts {
		if i > 0 {
			for r := range out.lines {
				join := "  "
				if r == mid {
					join = st.Diagram.Arrow.Render("──")
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
		if p.selX0 >= 0 {
			out.selX0, out.selX1 = out.width+p.selX0, out.width+p.selX1
		}
		out.width += p.width
	}
	return out
}

// drawParallel stacks the parts between a left and a right rail, with the
// group's name and availability under them.
func drawParallel(b calc.Block, at, sel blockedit.Path, st theme.Styles) canvas {
	parts := make([]canvas, len(b.Children))
	inner := 0
	for i, c := range b.Children {
		parts[i] = draw(c, child(at, i), sel, st)
		inner = max(inner, parts[i].width)
	}
	out := canvas{selX0: -1, selX1: -1, width: inner + 4}
	var mids []int
	for _, p := range parts {
		if p.selX0 >= 0 {
			out.selX0, out.selX1 = 2+p.selX0, 2+p.selX1
		}
		for r, l := range p.lines {
			fill := " "
			if r == p.mid {
				fill = "─"
				mids = append(mids, len(out.lines))
			}
			out.lines = append(out.lines, l+st.Diagram.Arrow.Render(strings.Repeat(fill, inner-p.width)))
		}
	}
	if len(mids) == 0 {
		return drawBox(calc.NewComponent("(empty)", calc.Availability{}), false, st)
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
		out.lines[r] = st.Diagram.Arrow.Render(left+gap) + l + st.Diagram.Arrow.Render(gap+right)
	}
	out.mid = first
	caption := fmt.Sprintf("any of %d: %s", len(b.Children), b.Availability())
	if b.Name != "" {
		caption = b.Name + ", " + caption
	}
	return withCaption(out, caption, st)
}

// drawKofN frames the replicated part, labelled "k of n", with the group's
// availability under the frame.
func drawKofN(b calc.Block, at, sel blockedit.Path, st theme.Styles) canvas {
	var p canvas
	if len(b.Children) == 1 {
		p = draw(b.Children[0], child(at, 0), sel, st)
	} else {
		p = drawBox(calc.NewComponent("(empty)", calc.Availability{}), false, st)
	}
	label := fmt.Sprintf(" %d of %d ", b.K, b.N)
	if b.Name != "" {
		label = " " + b.Name + ": " + strings.TrimSpace(label) + " "
	}
	inner := max(p.width+2, len([]rune(label))+2)
	border := st.Diagram.Arrow
	out := canvas{selX0: -1, selX1: -1, width: inner + 2, mid: p.mid + 1}
	out.lines = append(out.lines, border.Render("╭─"+label+strings.Repeat("─", inner-1-len([]rune(label)))+"╮"))
	for r, l := range p.lines {
		left, right, fill := "│ ", " │", " "
		if r == p.mid {
			left, right, fill = "┼─", "─┼", "─"
		}
		out.lines = append(out.lines, border.Render(left)+l+border.Render(strings.Repeat(fill, inner-2-p.width)+right))
	}
	out.lines = append(out.lines, border.Render("╰"+strings.Repeat("─", inner)+"╯"))
	if p.selX0 >= 0 {
		out.selX0, out.selX1 = 2+p.selX0, 2+p.selX1
	}
	return withCaption(out, fmt.Sprintf("%d of %d needed: %s", b.K, b.N, b.Availability()), st)
}

// withCaption adds a dim line under c, widening c if the line is wider.
func withCaption(c canvas, caption string, st theme.Styles) canvas {
	w := len([]rune(caption))
	if w > c.width {
		for r, l := range c.lines {
			fill := " "
			if r == c.mid {
				fill = "─"
			}
			c.lines[r] = l + st.Diagram.Arrow.Render(strings.Repeat(fill, w-c.width))
		}
		c.width = w
	}
	c.lines = append(c.lines, st.App.Dim.Render(caption+strings.Repeat(" ", c.width-w)))
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

// crop shows columns [off, off+width) of c, the window the composer
// scrolls across a diagram wider than the screen.
func crop(c canvas, off, width int) []string {
	out := make([]string, len(c.lines))
	for i, l := range c.lines {
		out[i] = strings.TrimRight(ansi.Cut(l, off, off+width), " ")
	}
	return out
}
