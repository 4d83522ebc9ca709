package markdown

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"

	"faultline/internal/figures"
)

// piece is text in one style on one wrapped line.
type piece struct {
	text string
	sty  style
}

// word is a run of text between spaces, possibly in several styles: runs
// holds the byte offset where each style ends.
type word struct {
	text string
	runs []run
}

type run struct {
	end int
	sty style
}

// wrap draws the inline content of n word-wrapped to width in base style b.
func (d *drawer) wrap(n ast.Node, width int, b base) []string {
	lines := wrapSpans(d.inline(n), width)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = d.r.line(b, l)
	}
	return out
}

// line renders one wrapped line, one styled string per run of equal style.
func (r *Renderer) line(b base, l []piece) string {
	var sb strings.Builder
	for i := 0; i < len(l); {
		j := i + 1
		text := l[i].text
		if j < len(l) && l[j].sty == l[i].sty {
			var t strings.Builder
			t.WriteString(text)
			for ; j < len(l) && l[j].sty == l[i].sty; j++ {
				t.WriteString(l[j].text)
			}
			text = t.String()
		}
		sb.WriteString(r.paint(b, l[i].sty, text))
		i = j
	}
	return sb.String()
}

// wrapSpans breaks spans into lines of at most width columns: greedily,
// at spaces, after a hyphen when a word does not fit a line that is still
// short, and inside a word only when it is wider than a whole line. Runs of spaces become one
// space; no line starts or ends with a space; a number and the unit after
// it ("10 s", "4 nines") stay on one line (figures.Glued), and so do a
// hyphen and the digit after it ("node-1"). Each line holds its pieces.
func wrapSpans(spans []span, width int) [][]piece {
	w := wrapper{width: width}
	var buf strings.Builder
	var runs []run
	spaceSty, space := style(0), false
	// pending is the last word read, held until the next shows whether
	// it is the number's unit, which then joins it as one word.
	var pending *placed
	emit := func() {
		if pending != nil {
			w.add(pending.wd, pending.space, pending.sty)
			pending = nil
		}
	}
	flush := func() {
		if buf.Len() == 0 {
			return
		}
		wd := word{text: buf.String(), runs: runs}
		buf.Reset()
		runs = nil
		if pending != nil && space && figures.Glued(pending.wd.text, wd.text) {
			pending.wd = join(pending.wd, spaceSty, wd)
		} else {
			emit()
			pending = &placed{wd: wd, space: space, sty: spaceSty}
		}
		space = false
	}
	for _, s := range spans {
		if s.brk {
			flush()
			emit()
			w.newline()
			space = false
			continue
		}
		t := s.text
		for len(t) > 0 {
			i := strings.IndexAny(t, " \t\n\r")
			if i < 0 {
				i = len(t)
			}
			if i > 0 {
				buf.WriteString(t[:i])
				if n := len(runs); n > 0 && runs[n-1].sty == s.sty {
					runs[n-1].end = buf.Len()
				} else {
					runs = append(runs, run{end: buf.Len(), sty: s.sty})
				}
			}
			if i < len(t) {
				flush()
				space, spaceSty = true, s.sty
				i++
			}
			t = t[i:]
		}
	}
	flush()
	emit()
	w.end()
	return w.lines
}

// placed is a word with the space before it, if any, and that space's style.
type placed struct {
	wd    word
	space bool
	sty   style
}

// join is a, a space in style sp, then b, as one word.
func join(a word, sp style, b word) word {
	out := word{text: a.text + " " + b.text, runs: append([]run(nil), a.runs...)}
	add := func(end int, sty style) {
		if n := len(out.runs); n > 0 && out.runs[n-1].sty == sty {
			out.runs[n-1].end = end
		} else {
			out.runs = append(out.runs, run{end: end, sty: sty})
		}
	}
	add(len(a.text)+1, sp)
	for _, r := range b.runs {
		add(len(a.text)+1+r.end, r.sty)
	}
	return out
}

// wrapper fills lines greedily.
type wrapper struct {
	width int
	lines [][]piece
	cur   []piece
	curW  int
	// open is true once the current line has been started, even if empty
	// (after a hard break).
	open bool
}

// add places a word, after a space in style spaceSty when space is set
// and the line already holds text.
func (w *wrapper) add(wd word, space bool, spaceSty style) {
	ww := ansi.StringWidth(wd.text)
	for {
		if w.curW == 0 {
			if ww <= w.width {
				w.put(wd, ww)
				return
			}
			if pre, rest, pw, ok := splitHyphen(wd, w.width); ok {
				w.put(pre, pw)
				w.newline()
				wd, ww = rest, ww-pw
				continue
			}
			w.hardBreak(wd)
			return
		}
		sep := 0
		if space {
			sep = 1
		}
		if w.curW+sep+ww <= w.width {
			w.space(space, spaceSty)
			w.put(wd, ww)
			return
		}
		// Break after a hyphen only to fill a line less than two-thirds
		// full: "half-" at the end of a long line reads worse than moving
		// "half-work" whole.
		if room := w.width - w.curW - sep; room > 1 && 3*w.curW < 2*w.width {
			if pre, rest, pw, ok := splitHyphen(wd, room); ok {
				w.space(space, spaceSty)
				w.put(pre, pw)
				w.newline()
				wd, ww = rest, ww-pw
				continue
			}
		}
		w.newline()
	}
}

// space adds the space before a word when there is one.
func (w *wrapper) space(space bool, sty style) {
	if space {
		w.cur = append(w.cur, piece{" ", sty})
		w.curW++
	}
}

// put appends a word that fits.
func (w *wrapper) put(wd word, ww int) {
	start := 0
	for _, r := range wd.runs {
		if r.end > start {
			w.cur = append(w.cur, piece{wd.text[start:r.end], r.sty})
		}
		start = r.end
	}
	w.curW += ww
	w.open = true
}

// newline ends the current line, even an empty one.
func (w *wrapper) newline() {
	w.lines = append(w.lines, w.cur)
	w.cur, w.curW, w.open = nil, 0, false
}

// end closes the last line if it holds anything.
func (w *wrapper) end() {
	if w.open || len(w.cur) > 0 {
		w.newline()
	}
}

// hardBreak cuts a word wider than a line into pieces of at most width
// columns (by grapheme, wide runes counted as two), at the start of a line.
func (w *wrapper) hardBreak(wd word) {
	parts := strings.Split(ansi.Hardwrap(wd.text, w.width, true), "\n")
	off := 0
	for i, p := range parts {
		sub := cut(wd, off, off+len(p))
		off += len(p)
		w.put(sub, ansi.StringWidth(p))
		if i < len(parts)-1 {
			w.newline()
		}
	}
}

// splitHyphen splits wd after its last hyphen that leaves a first part at
// most room columns wide, with text on both sides of the hyphen.
func splitHyphen(wd word, room int) (pre, rest word, preW int, ok bool) {
	t := wd.text
	best, bestW := -1, 0
	from, width := 0, 0
	for {
		i := strings.IndexByte(t[from:], '-')
		if i < 0 {
			break
		}
		end := from + i + 1
		width += ansi.StringWidth(t[from:end])
		if width > room {
			break
		}
		// Never before a digit: "node-" / "1" and "1-" / "2 min" read badly.
		if from+i > 0 && end < len(t) && t[end] != '-' && (t[end] < '0' || t[end] > '9') {
			best, bestW = end, width
		}
		from = end
	}
	if best < 0 {
		return word{}, word{}, 0, false
	}
	return cut(wd, 0, best), cut(wd, best, len(t)), bestW, true
}

// cut is the part of wd between byte offsets from and to.
func cut(wd word, from, to int) word {
	out := word{text: wd.text[from:to]}
	for _, r := range wd.runs {
		if r.end <= from {
			continue
		}
		end := min(r.end, to) - from
		out.runs = append(out.runs, run{end: end, sty: r.sty})
		if r.end >= to {
			break
		}
	}
	return out
}
