package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/internal/diagrams"
	"faultline/tui/theme"
)

// circuitBreaker draws the breaker's three states and the transitions
// between them.
func circuitBreaker(width int, st theme.Styles) string {
	return fit(width,
		func() string { return breakerWide(width, st) },
		func() string { return breakerTall(width, st) },
	)
}

// breakerArrowWidth is the width of the arrow columns between the boxes.
const breakerArrowWidth = 12

func breakerWide(width int, st theme.Styles) string {
	bw := min((width-2*breakerArrowWidth)/3, 26)
	if bw < 16 {
		return ""
	}
	b := diagrams.Breaker
	boxes := make([]string, len(b.States))
	height := 0
	for pass := 0; pass < 2; pass++ {
		for i, s := range b.States {
			boxes[i] = box(st, bw, height, s.Title(), s.Gist)
			height = max(height, lipgloss.Height(boxes[i]))
		}
	}
	a := st.Diagram.Arrow
	trip := arrowColumn(b.Trip.Label, a)
	cool := arrowColumn(b.CoolDown.Label, a)
	row := lipgloss.JoinHorizontal(lipgloss.Top, boxes[0], trip, boxes[1], cool, boxes[2])

	// The two ways back from half-open run under the boxes.
	x1 := bw + breakerArrowWidth
	x2 := 2 * x1
	c0, c1 := bw/2, x1+bw/2
	c2a, c2b := x2+bw/3, x2+2*bw/3
	w := 3*bw + 2*breakerArrowWidth
	l1 := newCanvas(w)
	l1.set(c0, '▲')
	l1.set(c1, '▲')
	l1.set(c2a, '│')
	l1.set(c2b, '│')
	l2 := newCanvas(w)
	l2.set(c0, '│')
	l2.hline(c1, c2a, '╰', '╯')
	l2.set(c2b, '│')
	l3 := newCanvas(w)
	l3.hline(c0, c2b, '╰', '╯')
	return row + "\n" +
		a.Render(l1.String()) + "\n" +
		l2.labelled(b.Retrip.Label, c1, c2a, st) + "\n" +
		l3.labelled(b.Recover.Label, c0, c2b, st)
}

// arrowColumn is a transition's label broken into short lines over a
// right-pointing arrow, as wide as the space between two boxes.
func arrowColumn(label string, a lipgloss.Style) string {
	var lines []string
	for _, l := range strings.Split(wrap(label, breakerArrowWidth-2), "\n") {
		lines = append(lines, a.Render(l))
	}
	return column(breakerArrowWidth, append(lines, a.Render(arrow(breakerArrowWidth-2)))...)
}

func breakerTall(width int, st theme.Styles) string {
	bw := min(width, 40)
	a := st.Diagram.Arrow
	b := diagrams.Breaker
	steps := []string{b.Trip.Label, b.CoolDown.Label}
	var parts []string
	for i, s := range b.States {
		parts = append(parts, box(st, bw, 0, s.Title(), s.Gist))
		if i < len(steps) {
			parts = append(parts, prefixed("  │ ", steps[i], width, a, a), a.Render("  ▼"))
		}
	}
	parts = append(parts,
		prefixed("  ", b.Recover.Label+" → "+b.States[b.Recover.To].Title(), width, a, st.Diagram.Good),
		prefixed("  ", b.Retrip.Label+" → "+b.States[b.Retrip.To].Title(), width, a, st.Diagram.Bad))
	return strings.Join(parts, "\n")
}

// canvas is one line of box-drawing characters built cell by cell.
type canvas []rune

func newCanvas(w int) canvas {
	c := make(canvas, w)
	for i := range c {
		c[i] = ' '
	}
	return c
}

// set puts r at column x, ignoring columns outside the line.
func (c canvas) set(x int, r rune) {
	if x >= 0 && x < len(c) {
		c[x] = r
	}
}

// hline draws a horizontal line from x0 to x1 with the given end pieces.
func (c canvas) hline(x0, x1 int, left, right rune) {
	for x := x0 + 1; x < x1; x++ {
		c.set(x, '─')
	}
	c.set(x0, left)
	c.set(x1, right)
}

func (c canvas) String() string { return strings.TrimRight(string(c), " ") }

// labelled renders the line with label written over its middle between
// columns x0 and x1, when there is room for it.
func (c canvas) labelled(label string, x0, x1 int, st theme.Styles) string {
	text := " " + label + " "
	n := len([]rune(text))
	if x1-x0-1 < n+2 {
		return st.Diagram.Arrow.Render(c.String())
	}
	at := x0 + (x1-x0-n)/2 + 1
	return st.Diagram.Arrow.Render(string(c[:at])) +
		st.Diagram.Label.Render(text) +
		st.Diagram.Arrow.Render(strings.TrimRight(string(c[at+n:]), " "))
}
