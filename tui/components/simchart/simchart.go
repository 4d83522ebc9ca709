// Package simchart draws a simulation of a composed system as a chart:
// the running estimate of its nines over the simulated years settling
// against the formula's dashed reference row, with axes and a strip of
// when the system was down. The composition calculator and a lesson's
// simulate block both draw it, so a student sees one picture in both.
package simchart

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"faultline/calc"
	"faultline/tui/theme"
)

// The glyphs of the simulation chart. They tell the story without colour:
// the running estimate is a solid line, the formula a dashed row, and the
// outage strip darkens where the system was down for longer than the
// formula allows.
const (
	// Ref is the glyph of the formula's reference row.
	Ref = '┄'
	// Baseline is the glyph of a second run drawn for comparison, such
	// as the same system with independent failures.
	Baseline      = '•'
	stripNone     = ' '
	chartLabelW   = 5   // "10.00"
	chartHeadroom = 2.0 // nines above the formula a stretch without downtime is drawn at
	chartMinSpan  = 0.3 // nines: the least the y axis spans, so that noise shows as noise
)

// The least and the most rows of plot a chart is drawn with.
const (
	MinRows = 3
	MaxRows = 16
)

// stripShades go from a stretch down for less than half the formula's
// share of time to one down for ten times it or more.
var stripShades = []struct {
	below float64 // ratio to the formula's downtime
	glyph rune
}{{0.5, '░'}, {2, '▒'}, {10, '▓'}, {math.Inf(1), '█'}}

// Chart is one simulation to draw: the running estimate in nines over
// the simulated years against the formula, and the strip of outages under
// it on the same time axis; optionally a second run beside it.
type Chart struct {
	// Trace is the running availability at equally spaced points of the
	// run; DownShare the share of each stretch the system was down. Any
	// number of points is resampled to the chart's columns.
	Trace, DownShare []float64
	// Formula is the formula's nines, the reference row.
	Formula float64
	// Unavailability is the formula's, against which the strip is shaded.
	Unavailability float64
	// Years is the simulated time.
	Years float64
	// Baseline, when set, is the running availability of a second run
	// (the same system with independent failures), drawn in Baseline
	// dots under the line, so the two can be told apart without colour.
	Baseline []float64
}

// FromResult is the chart of a simulation's result; ok is false when it
// has no trace or its formula has no finite nines.
func FromResult(r calc.SimResult) (c Chart, ok bool) {
	formula, ok := r.Analytical.Nines()
	if !ok || len(r.Trace) == 0 {
		return Chart{}, false
	}
	u, _ := r.Analytical.Unavailability().Float64()
	return Chart{Trace: r.Trace, DownShare: r.DownShare, Formula: formula, Unavailability: u, Years: r.Years}, true
}

// PlotWidth is the number of columns of the chart's plot for a chart
// width cells wide, and so the number of trace points worth asking for.
func PlotWidth(width int) int { return max(8, width-chartLabelW-2) }

// Lines draws the chart with rows rows of plot (clamped to MinRows and
// MaxRows), then the strip and the time axis, width cells wide.
func (c Chart) Lines(st theme.Styles, width, rows int) []string {
	w := PlotWidth(width)
	rows = max(MinRows, min(MaxRows, rows))
	nines := make([]float64, w)
	for x := range w {
		nines[x] = ninesOfRun(sample(c.Trace, x, w), c.Formula)
	}
	var base []float64
	if len(c.Baseline) > 0 {
		base = make([]float64, w)
		for x := range w {
			base[x] = ninesOfRun(sample(c.Baseline, x, w), c.Formula)
		}
	}
	lo, hi := c.Formula-chartMinSpan/2, c.Formula+chartMinSpan/2
	for _, n := range slices.Concat(nines, base) {
		lo, hi = math.Min(lo, n), math.Max(hi, n)
	}
	row := func(n float64) int {
		return int(math.Round((hi - n) / (hi - lo) * float64(rows-1)))
	}
	grid := make([][]rune, rows)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(" ", w))
	}
	ref := row(c.Formula)
	for x := range w {
		grid[ref][x] = Ref
	}
	// The baseline's dots go every other column, under the line: where
	// the two runs agree the line wins, and the dots stay a dotted row
	// apart from the dashed formula.
	for x := 0; x < len(base); x += 2 {
		grid[row(base[x])][x] = Baseline
	}
	drawLine(grid, nines, row)

	// Labels: the top and bottom of the scale, where the run ended, and
	// the formula, which wins its row; a label is not repeated. A stretch
	// with no downtime yet has infinitely many nines: it is drawn at the
	// top, labelled ∞.
	text := func(n float64) string {
		if n >= c.Formula+chartHeadroom {
			return "∞"
		}
		return NinesText(n)
	}
	labels := map[int]string{}
	seen := map[string]bool{NinesText(c.Formula): true}
	for _, l := range []struct {
		row int
		n   float64
	}{{row(nines[w-1]), nines[w-1]}, {0, hi}, {rows - 1, lo}} {
		if t := text(l.n); l.row != ref && !seen[t] && labels[l.row] == "" {
			labels[l.row], seen[t] = t, true
		}
	}
	labels[ref] = NinesText(c.Formula)
	out := make([]string, 0, rows+4)
	for r, cells := range grid {
		label, tick := strings.Repeat(" ", chartLabelW), " │"
		if l, ok := labels[r]; ok {
			label, tick = strings.Repeat(" ", max(0, chartLabelW-utf8.RuneCountInString(l)))+l, " ┤"
		}
		line := st.App.Title.Render(string(cells))
		if r == ref {
			line = colourRef(st, cells)
		}
		out = append(out, st.App.Dim.Render(label+tick)+line)
	}
	out = append(out, st.App.Dim.Render(pad("down", chartLabelW)+" │")+c.strip(w),
		st.App.Dim.Render(strings.Repeat(" ", chartLabelW)+" └"+timeAxis(c.Years, w)))
	return out
}

// Legend says what the chart's glyphs mean, for a reader without colour:
// the line, the baseline's dots when there are any, the formula's row and
// the strip's shades. line names what the line is.
func (c Chart) Legend(line string) string {
	s := "─ " + line
	if len(c.Baseline) > 0 {
		s += " · " + string(Baseline) + " independent failures"
	}
	return s + fmt.Sprintf(" · %c the formula's %s · down: ░ under half the formula's downtime, ▒ about it, ▓ up to 10×, █ more",
		Ref, NinesText(c.Formula))
}

// colourRef draws the reference row: the dashes dim, the estimate where it
// crosses or lies on the formula in the line's style.
func colourRef(st theme.Styles, cells []rune) string {
	var b strings.Builder
	start := 0
	for x := 1; x <= len(cells); x++ {
		if x < len(cells) && (cells[x] == Ref) == (cells[start] == Ref) {
			continue
		}
		style := st.App.Title
		if cells[start] == Ref {
			style = st.App.Dim
		}
		b.WriteString(style.Render(string(cells[start:x])))
		start = x
	}
	return b.String()
}

// drawLine draws nines as a connected line, one column per point, with
// box-drawing corners where it steps from one row to another.
func drawLine(grid [][]rune, nines []float64, row func(float64) int) {
	prev := row(nines[0])
	for x, n := range nines {
		r := row(n)
		switch {
		case r == prev:
			grid[r][x] = '─'
		case r > prev: // falling: down from prev to r
			grid[prev][x], grid[r][x] = '╮', '╰'
			for y := prev + 1; y < r; y++ {
				grid[y][x] = '│'
			}
		default: // rising
			grid[prev][x], grid[r][x] = '╯', '╭'
			for y := r + 1; y < prev; y++ {
				grid[y][x] = '│'
			}
		}
		prev = r
	}
}

// strip draws where in the run the system was down, w columns for the
// whole run, each shaded by its downtime against the formula's.
func (c Chart) strip(w int) string {
	var b strings.Builder
	for x := range w {
		share := meanOver(c.DownShare, x, w)
		if share <= 0 {
			b.WriteRune(stripNone)
			continue
		}
		ratio := math.Inf(1)
		if c.Unavailability > 0 {
			ratio = share / c.Unavailability
		}
		for _, s := range stripShades {
			if ratio < s.below {
				b.WriteRune(s.glyph)
				break
			}
		}
	}
	return b.String()
}

// timeAxis is the x axis, w cells: "0", the middle and the end of the run
// in years, on a rule.
func timeAxis(years float64, w int) string {
	axis := []rune(strings.Repeat("─", w))
	put := func(at int, s string) {
		r := []rune(s)
		at = max(0, min(at, w-len(r)))
		copy(axis[at:], r)
	}
	end := yearsText(years) + " years"
	put(0, "0 ")
	if mid := " " + yearsText(years/2) + " "; w >= len(end)+2*len(mid)+4 {
		put(w/2-len([]rune(mid))/2, mid)
	}
	put(w-len([]rune(end))-1, " "+end)
	return string(axis)
}

// yearsText writes a number of years as every figure of faultline is
// written: 10,000, or 2.5.
func yearsText(y float64) string {
	if y >= 10 {
		y = math.Round(y)
	}
	return calc.GroupThousands(math.Round(y*10) / 10)
}

// sample is the value of xs for column x of w: the point at the end of
// the column's stretch of the run, so that the last column is the end.
func sample(xs []float64, x, w int) float64 {
	if len(xs) == 0 {
		return 1
	}
	return xs[min(len(xs)-1, max(0, (x+1)*len(xs)/w-1))]
}

// meanOver is the mean of the part of xs that column x of w covers.
func meanOver(xs []float64, x, w int) float64 {
	if len(xs) == 0 {
		return 0
	}
	from, to := x*len(xs)/w, (x+1)*len(xs)/w
	if to <= from {
		return xs[min(from, len(xs)-1)]
	}
	sum := 0.0
	for _, v := range xs[from:to] {
		sum += v
	}
	return sum / float64(to-from)
}

// ninesOfRun is the nines of a running availability, capped a little
// above the formula: a stretch with no downtime yet has infinitely many.
func ninesOfRun(a, formula float64) float64 {
	top := formula + chartHeadroom
	if a >= 1 {
		return top
	}
	return math.Min(top, -math.Log10(1-a))
}

// NinesText writes a number of nines as the chart labels it: "6.03".
func NinesText(n float64) string { return strconv.FormatFloat(n, 'f', 2, 64) }

func pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-len([]rune(s)))) }
