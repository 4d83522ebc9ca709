package scenarios

import (
	"slices"

	"faultline/internal/scenario"
)

// box is where one node is drawn.
type box struct {
	x, y, w, h int
}

func (b box) midY() int { return b.y + b.h/2 }
func (b box) midX() int { return b.x + b.w/2 }

// point is one cell of a link's path.
type point struct{ x, y int }

// maxDots is the most dots the busiest link shows.
const maxDots = 8

// diagramMinGap is the fewest columns between two boxes: room for a line
// with an arrow and a dot.
const diagramMinGap = 4

// levels places each node in a column: clients first, then each node one
// column right of the nearest node that links to it.
func levels(snap scenario.Snapshot) []int {
	idx := make(map[string]int, len(snap.Nodes))
	lv := make([]int, len(snap.Nodes))
	for i, n := range snap.Nodes {
		idx[n.Name] = i
		lv[i] = -1
	}
	var queue []int
	for i, n := range snap.Nodes {
		if n.Role == scenario.RoleClient {
			lv[i] = 0
			queue = append(queue, i)
		}
	}
	if len(queue) == 0 && len(lv) > 0 {
		lv[0], queue = 0, []int{0}
	}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		for _, l := range snap.Links {
			from, ok1 := idx[l.From]
			to, ok2 := idx[l.To]
			if ok1 && ok2 && from == i && lv[to] < 0 {
				lv[to] = lv[i] + 1
				queue = append(queue, to)
			}
		}
	}
	for i := range lv {
		lv[i] = max(lv[i], 0)
	}
	return lv
}

// Glyphs of the requests drawn on a link: one mark stands for the scale's
// number of requests, and each outcome has its own shape as well as its own
// colour, so the picture reads the same without colour.
const (
	glyphInFlight = '●'
	glyphFailed   = '✕'
	glyphTimedOut = '◷'
	glyphRejected = '⊘'
)

// stateGlyph marks a node's state on its box beside the state's name, so
// that the state is told by shape as well as by colour.
func stateGlyph(state string) string {
	switch state {
	case scenario.StateUp:
		return "✓"
	case scenario.StateBooting, scenario.StateSyncing, scenario.StatePromoting:
		return "◐"
	case scenario.StateDown:
		return "✕"
	case scenario.StateOverloaded:
		return "▲"
	}
	return "○"
}

// stateLabel is the state as written on a node's box.
func stateLabel(state string) string { return stateGlyph(state) + " " + state }

// stateInk is the colour of a node's state: green when serving, amber while
// starting, red when down or overwhelmed, dim when off or out of rotation.
func stateInk(state string) ink {
	switch state {
	case scenario.StateUp:
		return inkGood
	case scenario.StateBooting, scenario.StateSyncing, scenario.StatePromoting:
		return inkWarn
	case scenario.StateDown, scenario.StateOverloaded:
		return inkBad
	}
	return inkDim
}

// layout places the boxes of every node in w×h, or reports false when
// they cannot fit.
func layout(snap scenario.Snapshot, w, h int) ([]box, bool) {
	lv := levels(snap)
	cols := slices.Max(append(lv, 0)) + 1
	members := make([][]int, cols)
	inner := make([]int, cols)
	for i := range snap.Nodes {
		members[lv[i]] = append(members[lv[i]], i)
	}
	tallest := 0
	for _, m := range members {
		tallest = max(tallest, len(m))
	}
	// Box style: three lines (name inside, state on the bottom border) when
	// the tallest column fits, else one line per node, "[name state]", so
	// the state is written out there too and not left to colour alone.
	// A tall canvas gets taller boxes (a blank row above and below the
	// name) and a wide one wider padding, so the drawing grows with the
	// terminal instead of floating small in the middle of it.
	bh, pad := 3, 2
	switch {
	case tallest*3 > h:
		bh = 1
	case tallest*5+(tallest-1)*4 <= h && h >= 24:
		bh = 5
	}
	switch {
	case bh == 1:
		pad = 0 // "[name state]" needs no room inside
	case w >= 160:
		pad = 4
	}
	for i, n := range snap.Nodes {
		need := max(len([]rune(n.Name)), ansiWidth(stateLabel(n.State)))
		if bh == 1 {
			need = len([]rune(n.Name)) + 1 + ansiWidth(stateLabel(n.State))
		}
		inner[lv[i]] = max(inner[lv[i]], need)
	}
	total := func() int {
		t := 0
		for _, in := range inner {
			t += in + pad + 2
		}
		return t
	}
	if cols > 1 && (w-total())/(cols-1) < diagramMinGap {
		pad = 0
	}
	if tallest*bh > h || (cols > 1 && (w-total())/(cols-1) < diagramMinGap) || total() > w {
		return nil, false
	}
	gap, margin := 0, 0
	if cols > 1 {
		gap = min((w-total())/(cols-1), max(24, w/(cols+1)))
		margin = (w - total() - gap*(cols-1)) / 2
	} else {
		margin = (w - total()) / 2
	}
	boxes := make([]box, len(snap.Nodes))
	x := margin
	for c, m := range members {
		bw := inner[c] + pad + 2
		vgap := 0
		if len(m) > 1 {
			vgap = min(max(4, (h*2/3-len(m)*bh)/(len(m)-1)), (h-len(m)*bh)/(len(m)-1))
		}
		colH := len(m)*bh + vgap*max(0, len(m)-1)
		y := (h - colH) / 2
		for _, i := range m {
			boxes[i] = box{x: x, y: y, w: bw, h: bh}
			y += bh + vgap
		}
		x += bw + gap
	}
	return boxes, true
}

// route is the path of a link from the edge of one box to the edge of the
// other, ending on the cell that holds the arrowhead.
func route(a, b box) []point {
	var path []point
	switch {
	case b.x > a.x+a.w-1: // b is to the right
		y0, y1 := a.midY(), b.midY()
		x0, x1 := a.x+a.w, b.x-1
		mx := x0 + (x1-x0)/2
		for x := x0; x <= mx; x++ {
			path = append(path, point{x, y0})
		}
		for y := y0; y != y1; {
			y += sign(y1 - y0)
			path = append(path, point{mx, y})
		}
		for x := mx + 1; x <= x1; x++ {
			path = append(path, point{x, y1})
		}
	case b.x+b.w-1 < a.x: // b is to the left
		path = route(b, a)
		slices.Reverse(path)
	case b.y >= a.y+a.h: // b is below
		x := a.midX()
		for y := a.y + a.h; y < b.y; y++ {
			path = append(path, point{x, y})
		}
	case a.y >= b.y+b.h: // b is above
		x := a.midX()
		for y := a.y - 1; y >= b.y+b.h; y-- {
			path = append(path, point{x, y})
		}
	}
	return path
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// dotScale is how many requests one mark stands for: the smallest of 1, 2,
// 5, 10, 20, 50… that draws the busiest link with at most maxDots. The
// player passes the busiest link of the whole run, so the scale stays the
// same from its first frame to its last.
func dotScale(busiest int) int {
	for scale := 1; ; scale *= 10 {
		for _, m := range []int{1, 2, 5} {
			if busiest <= m*scale*maxDots {
				return m * scale
			}
		}
	}
}

// drawDiagram draws the nodes and links of snap into w×h, one mark for every
// scale requests. phase moves the request dots along their links, one cell a
// tick. It returns false when the diagram cannot fit.
func drawDiagram(c *canvas, snap scenario.Snapshot, scale, phase int) bool {
	boxes, ok := layout(snap, c.w, c.h)
	if !ok {
		return false
	}
	idx := make(map[string]int, len(snap.Nodes))
	for i, n := range snap.Nodes {
		idx[n.Name] = i
	}
	paths := make([][]point, len(snap.Links))
	down := make([]bool, len(snap.Links)) // the link runs downward (for a one-cell path)
	uses := map[point]int{}               // how many links pass through each cell
	for i, l := range snap.Links {
		a, ok1 := idx[l.From]
		b, ok2 := idx[l.To]
		if ok1 && ok2 {
			paths[i] = route(boxes[a], boxes[b])
			down[i] = boxes[a].midY() < boxes[b].midY()
			for _, p := range paths[i] {
				uses[p]++
			}
		}
	}
	// Cut links first, so that a trunk shared with a working link stays
	// drawn as working.
	for _, up := range []bool{false, true} {
		for i, l := range snap.Links {
			if l.Up == up {
				drawLink(c, paths[i], l, down[i])
			}
		}
	}
	for i, l := range snap.Links {
		if !l.Up {
			drawCut(c, paths[i], uses)
		}
	}
	for i, l := range snap.Links {
		drawDots(c, paths[i], l, scale, phase)
	}
	for i, n := range snap.Nodes {
		drawBox(c, boxes[i], n)
	}
	for i, l := range snap.Links {
		drawBreaker(c, paths[i], l)
	}
	return true
}

// drawLink draws a link's line with its arrowhead; down tells which way a
// link of one cell points.
func drawLink(c *canvas, path []point, l scenario.Link, down bool) {
	if len(path) == 0 {
		return
	}
	k := inkLine
	if !l.Up {
		k = inkBad
	}
	for i, p := range path[:len(path)-1] {
		var mask uint8
		if i > 0 {
			mask |= toward(p, path[i-1])
		} else {
			mask |= toward(p, point{2*p.x - path[i+1].x, 2*p.y - path[i+1].y})
		}
		mask |= toward(p, path[i+1])
		c.line(p.x, p.y, mask, k)
	}
	end := path[len(path)-1]
	prev := point{end.x - 1, end.y}
	switch {
	case len(path) > 1:
		prev = path[len(path)-2]
	case down:
		prev = point{end.x, end.y - 1}
	case path[0].x == end.x && c.at(end.x-1, end.y) == nil:
		prev = point{end.x, end.y + 1}
	}
	c.set(end.x, end.y, arrow(prev, end), k)
}

// drawCut marks a cut link with a cross on a cell of its own, nearest its
// middle, so that a trunk it shares with a working link is not marked cut.
func drawCut(c *canvas, path []point, uses map[point]int) {
	if len(path) < 2 {
		return
	}
	track := path[:len(path)-1]
	best, bestD := -1, len(track)+1
	for i, p := range track {
		if d := abs(i - len(track)/2); uses[p] == 1 && d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		best = len(track) - 1
	}
	c.set(track[best].x, track[best].y, '╳', inkBad)
}

func abs(n int) int { return max(n, -n) }

// drawBreaker writes the state of a breaker guarding a link beside the
// link's last straight run, above it (below when the link turned down to
// get there, so the label never crosses the trunk it came from), ending
// just before the arrowhead; "breaker" is dropped when room is short.
func drawBreaker(c *canvas, path []point, l scenario.Link) {
	if l.Breaker == "" || len(path) == 0 {
		return
	}
	k := inkGood
	switch l.Breaker {
	case scenario.BreakerOpen:
		k = inkBad
	case scenario.BreakerHalfOpen:
		k = inkWarn
	}
	end := path[len(path)-1]
	run := 0 // cells of the last straight run before the arrowhead
	for i := len(path) - 2; i >= 0 && path[i].y == end.y; i-- {
		run++
	}
	y := end.y - 1
	if path[0].y < end.y {
		y = end.y + 1
	}
	label := "breaker " + l.Breaker
	if len(label) > run+1 {
		label = l.Breaker
	}
	c.text(max(end.x-len(label), 0), y, label, k)
}

// toward is the direction from p to its neighbour q.
func toward(p, q point) uint8 {
	switch {
	case q.x < p.x:
		return dirLeft
	case q.x > p.x:
		return dirRight
	case q.y < p.y:
		return dirUp
	case q.y > p.y:
		return dirDown
	}
	return 0
}

func arrow(prev, end point) rune {
	switch {
	case end.x > prev.x:
		return '▶'
	case end.x < prev.x:
		return '◀'
	case end.y > prev.y:
		return '▼'
	}
	return '▲'
}

// marks is how many marks n requests get at scale: at least one for any.
func marks(n, scale, room int) int {
	if n <= 0 || room < 1 {
		return 0
	}
	return min((n+scale-1)/scale, room)
}

// drawDots draws the requests on a link: one dot per scale requests in
// flight, spaced evenly and moved one cell along it each tick (standing still
// in red on a cut link); then, where they ended, the ones that failed or timed
// out, piled up against the arrowhead, and the ones a breaker rejected, at
// the start, since they were never sent.
func drawDots(c *canvas, path []point, l scenario.Link, scale, phase int) {
	track := len(path) - 1 // the arrowhead cell holds no dot
	if track < 1 {
		return
	}
	if l.Replication {
		if l.InFlight > 0 {
			mid := path[len(path)/2]
		place:
			for _, label := range []string{count(l.InFlight) + " writes not copied", count(l.InFlight) + " not copied"} {
				for _, y := range []int{mid.y, mid.y - 1, mid.y + 1} {
					for _, x := range []int{mid.x + 2, mid.x - 1 - len(label)} {
						if c.free(x, y, len(label)) {
							c.text(x, y, label, inkWarn)
							break place
						}
					}
				}
			}
		}
		return
	}
	if n := marks(l.InFlight, scale, max(1, track/2)); n > 0 {
		k := inkDot
		if !l.Up {
			k, phase = inkBad, 0
		}
		for i := range n {
			p := path[(i*track/n+phase)%track]
			c.set(p.x, p.y, glyphInFlight, k)
		}
	}
	at := track - 1
	for _, o := range []struct {
		n int
		r rune
		k ink
	}{{l.Failed, glyphFailed, inkBad}, {l.TimedOut, glyphTimedOut, inkWarn}} {
		for range marks(o.n, scale, max(1, track/3)) {
			if at < 0 {
				break
			}
			c.set(path[at].x, path[at].y, o.r, o.k)
			at--
		}
	}
	for i := range marks(l.Rejected, scale, max(1, track/3)) {
		if i <= at {
			c.set(path[i].x, path[i].y, glyphRejected, inkBad)
		}
	}
}

// drawBox draws a node: its name inside a box coloured by its state, the
// state written on the bottom border; or, when room is short, one line
// holding the name and then the state.
func drawBox(c *canvas, b box, n scenario.Node) {
	k := stateInk(n.State)
	label := stateLabel(n.State)
	if b.h == 1 {
		c.set(b.x, b.y, '[', k)
		c.text(b.x+1, b.y, n.Name, inkLabel)
		c.text(b.x+2+len([]rune(n.Name)), b.y, label, k)
		c.set(b.x+b.w-1, b.y, ']', k)
		return
	}
	inner := b.w - 2
	top := "╭" + repeat('─', inner) + "╮"
	bottom := []rune("╰" + repeat('─', inner) + "╯")
	state := []rune(" " + label + " ")
	if len(state) <= inner {
		copy(bottom[1+(inner-len(state))/2:], state)
	} else if len([]rune(label)) <= inner {
		copy(bottom[1:], []rune(label))
	}
	c.text(b.x, b.y, top, k)
	for y := b.y + 1; y < b.y+b.h-1; y++ {
		c.set(b.x, y, '│', k)
		for x := b.x + 1; x < b.x+b.w-1; x++ {
			c.set(x, y, ' ', inkNone)
		}
		c.set(b.x+b.w-1, y, '│', k)
	}
	name := []rune(n.Name)
	c.text(b.x+1+(inner-len(name))/2, b.midY(), n.Name, inkLabel)
	c.text(b.x, b.y+b.h-1, string(bottom), k)
}

// ansiWidth is the cells s takes; every glyph the diagram uses is one cell.
func ansiWidth(s string) int { return len([]rune(s)) }

func repeat(r rune, n int) string {
	if n <= 0 {
		return ""
	}
	out := make([]rune, n)
	for i := range out {
		out[i] = r
	}
	return string(out)
}
