package scenarios

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// ink is the style of one canvas cell, an index into canvas.inks.
type ink uint8

const (
	inkNone ink = iota
	inkLine
	inkGood
	inkWarn
	inkBad
	inkDim
	inkDot
	inkLabel
	inkCount
)

// Line directions, or-ed together into a cell's mask so crossing and
// branching lines join with the right box-drawing character.
const (
	dirUp uint8 = 1 << iota
	dirDown
	dirLeft
	dirRight
)

var lineRunes = [16]rune{
	0:                                    ' ',
	dirUp:                                '│',
	dirDown:                              '│',
	dirUp | dirDown:                      '│',
	dirLeft:                              '─',
	dirRight:                             '─',
	dirLeft | dirRight:                   '─',
	dirDown | dirRight:                   '┌',
	dirDown | dirLeft:                    '┐',
	dirUp | dirRight:                     '└',
	dirUp | dirLeft:                      '┘',
	dirUp | dirDown | dirRight:           '├',
	dirUp | dirDown | dirLeft:            '┤',
	dirLeft | dirRight | dirDown:         '┬',
	dirLeft | dirRight | dirUp:           '┴',
	dirUp | dirDown | dirLeft | dirRight: '┼',
}

type cell struct {
	r    rune
	mask uint8
	ink  ink
}

// canvas is a grid of styled cells that the diagram is drawn into; writes
// outside it are dropped, so drawing never fails at any size.
type canvas struct {
	w, h  int
	cells []cell
	inks  *[inkCount]lipgloss.Style
}

func newCanvas(w, h int, inks *[inkCount]lipgloss.Style) *canvas {
	w, h = max(0, w), max(0, h)
	return &canvas{w: w, h: h, cells: make([]cell, w*h), inks: inks}
}

func (c *canvas) at(x, y int) *cell {
	if x < 0 || y < 0 || x >= c.w || y >= c.h {
		return nil
	}
	return &c.cells[y*c.w+x]
}

// set writes one rune.
func (c *canvas) set(x, y int, r rune, k ink) {
	if p := c.at(x, y); p != nil {
		*p = cell{r: r, ink: k}
	}
}

// text writes s from x along row y, one rune a cell.
func (c *canvas) text(x, y int, s string, k ink) {
	for _, r := range s {
		c.set(x, y, r, k)
		x++
	}
}

// free reports whether the n cells from x along row y are inside the canvas
// and hold nothing.
func (c *canvas) free(x, y, n int) bool {
	for i := range n {
		p := c.at(x+i, y)
		if p == nil || (p.r != 0 && p.r != ' ') {
			return false
		}
	}
	return true
}

// line adds directions to a cell's line mask; a cell holding text is left alone.
func (c *canvas) line(x, y int, mask uint8, k ink) {
	p := c.at(x, y)
	if p == nil || (p.r != 0 && p.mask == 0) {
		return
	}
	p.mask |= mask
	p.r = lineRunes[p.mask]
	p.ink = k
}

// String renders the canvas row by row, one style call per run of cells
// sharing a style, with trailing blanks trimmed.
func (c *canvas) String() string {
	var b strings.Builder
	var run strings.Builder
	for y := range c.h {
		row := c.cells[y*c.w : (y+1)*c.w]
		end := len(row)
		for end > 0 && (row[end-1].r == 0 || row[end-1].r == ' ') {
			end--
		}
		cur := inkNone
		flush := func() {
			if run.Len() == 0 {
				return
			}
			if cur == inkNone {
				b.WriteString(run.String())
			} else {
				b.WriteString(c.inks[cur].Render(run.String()))
			}
			run.Reset()
		}
		for _, cl := range row[:end] {
			k, r := cl.ink, cl.r
			if r == 0 {
				r, k = ' ', inkNone
			}
			if k != cur {
				flush()
				cur = k
			}
			run.WriteRune(r)
		}
		flush()
		if y < c.h-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
