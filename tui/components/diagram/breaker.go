package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/tui/theme"
)

// breakerState is one state of the circuit breaker.
type breakerState struct{ name, gist string }

var breakerStates = []breakerState{
	{"CLOSED", "calls pass through; failures are counted"},
	{"OPEN", "calls fail fast; the dependency rests"},
	{"HALF-OPEN", "a few trial calls go through"},
}

// The breaker's transitions, in the words drawn on its arrows.
const (
	tripLabel    = "too many failures"
	coolLabel    = "cool-down ends"
	recoverLabel = "trial calls succeed"
	retripLabel  = "a trial call fails"
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
	boxes := make([]string, len(breakerStates))
	height := 0
	for pass := 0; pass < 2; pass++ {
		for i, s := range breakerStates {
			boxes[i] = box(st, bw, height, s.name, s.gist)
			height = max(height, lipgloss.Height(boxes[i]))
		}
	}
	a := st.Diagram.Arrow
	trip := column(breakerArrowWidth, a.Render("too many"), a.Render("failures"), a.Render(arrow(10)))
	cool := column(breakerArrowWidth, a.Render("cool-down"), a.Render("ends"), a.Render(arrow(10)))
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
		l2.labelled(retripLabel, c1, c2a, st) + "\n" +
		l3.labelled(recoverLabel, c0, c2b, st)
}

func breakerTall(width int, st theme.Styles) string {
	bw := min(width, 40)
	a := st.Diagram.Arrow
	steps := []string{tripLabel, coolLabel}
	var parts []string
	for i, s := range breakerStates {
		parts = append(parts, box(st, bw, 0, s.name, s.gist))
		if i < len(steps) {
			parts = append(parts, prefixed("  │ ", steps[i], width, a, a), a.Render("  ▼"))
		}
	}
	parts = append(parts,
		prefixed("  ", recoverLabel+" → CLOSED", width, a, st.Diagram.Good),
		prefixed("  ", retripLabel+" → OPEN", width, a, st.Diagram.Bad))
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
