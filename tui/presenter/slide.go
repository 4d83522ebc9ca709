package presenter

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
	"faultline/tui/components/textwrap"
)

// ensureWidgets builds the widgets of the current slide on its first show.
func (m *Presenter) ensureWidgets() {
	i := m.nav.Slide
	if _, ok := m.widgets[i]; ok || i >= m.deck.Len() {
		return
	}
	var ws []common.Screen
	for _, p := range slideview.Parts(m.deck.Slides[i], -1) {
		if p.Block != nil {
			ws = append(ws, newWidget(m.ctx, m.bank, *p.Block))
		}
	}
	for _, w := range ws {
		if c, ok := w.(*quizCard); ok {
			c.live = m.class != nil && m.class.Hub != nil // students answer it
			// Revealed as students last saw it (before a --resume too).
			c.shown = c.live && m.class.Hub.Shown(c.q.ID)
		}
	}
	m.widgets[i] = ws
}

// visibleWidgets are the widgets of the current slide shown at its step.
func (m *Presenter) visibleWidgets() []common.Screen {
	ws := m.widgets[m.nav.Slide]
	if len(ws) == 0 {
		return nil
	}
	n := 0
	for _, p := range slideview.Parts(m.deck.Slides[m.nav.Slide], m.nav.Step) {
		if p.Block != nil {
			n++
		}
	}
	return ws[:min(n, len(ws))]
}

// slideView draws the current slide into the content column: its lines,
// not yet cut to the height.
func (m *Presenter) slideView(lay slideview.Layout) []string {
	if w := m.Focused(); w != nil && !m.deck.Slides[m.nav.Slide].IsTitle() {
		// The widget in use takes the slide, so it has room to work.
		// Its keys are listed under it, a line broken only between keys.
		lines := m.paint.HeadingLines(m.nav, lay)
		keys := widgetShortHelp(w, lay.Width)
		for i, k := range keys {
			keys[i] = m.ctx.Styles.App.Dim.Render(k)
		}
		width, room := m.inUseRoom(w, lay)
		if short := m.tooSmall(w, width, room); short != "" {
			lines = append(lines, "  "+m.ctx.Styles.App.Error.Render(textwrap.Wrap(short, max(1, lay.Width-2), "")))
		} else {
			lines = append(lines, m.widgetLines(w, true, lay.Width, room)...)
		}
		return append(append(lines, ""), keys...)
	}
	ws := m.visibleWidgets()
	return m.paint.SlideLines(m.nav, lay, func(i int, b lessons.Block, room int) []string {
		if i >= len(ws) {
			return nil
		}
		if lines, ok := m.preview(ws[i], i == m.focus, lay.Width, room); ok {
			return lines
		}
		hint := " · enter to open"
		if c, ok := ws[i].(*quizCard); ok && c.live && c.several && c.asked {
			hint = " · r/c/x act on it · enter to open"
		}
		return []string{m.summaryLine(b, i == m.focus, hint, lay.Width)}
	})
}

// minSized is a widget that cannot draw in less than some room and
// fills whatever room it is given (the scenario player).
type minSized interface {
	MinSize() (width, height int)
}

// inUseRoom is the room widget w gets in use on a slide laid out as
// lay: the column less its indent, the rows under the heading and above
// its keys.
func (m *Presenter) inUseRoom(w common.Screen, lay slideview.Layout) (width, height int) {
	used := len(m.paint.HeadingLines(m.nav, lay)) + len(widgetShortHelp(w, lay.Width)) + 1
	return lay.Width - 4, max(1, lay.ContentLines-used)
}

// tooSmall says, when widget w in use cannot draw in width×height, what
// it needs and the smallest window that gives it that; "" when it fits.
func (m *Presenter) tooSmall(w common.Screen, width, height int) string {
	ms, ok := w.(minSized)
	if !ok {
		return ""
	}
	needW, needH := ms.MinSize()
	if width >= needW && height >= needH {
		return ""
	}
	ww, wh := m.width, m.height
	for ; ww < m.width+4*needW; ww++ {
		if rw, _ := m.inUseRoom(w, slideview.LayoutFor(ww, wh)); rw >= needW {
			break
		}
	}
	for ; wh < m.height+4*needH; wh++ {
		if _, rh := m.inUseRoom(w, slideview.LayoutFor(ww, wh)); rh >= needH {
			break
		}
	}
	return fmt.Sprintf("%s needs at least %d×%d of the slide; this window gives it %d×%d. A window of %d×%d fits it.",
		w.Title(), needW, needH, width, height, ww, wh)
}

// preview draws widget w in place on its slide, in room rows with the
// line saying how to use it, when it fits there whole; ok is false when
// it would be cut or refuse to draw (the slide then names it on one line
// instead).
func (m *Presenter) preview(w common.Screen, focused bool, width, room int) (lines []string, ok bool) {
	h := room - 1 // the last row says how to use it
	if room < minInPlace {
		return nil, false
	}
	if ms, filler := w.(minSized); filler {
		if needW, needH := ms.MinSize(); width-4 < needW || h < needH {
			return nil, false
		}
		lines = m.widgetLines(w, focused, width, h)
	} else if lines = m.widgetLines(w, focused, width, previewTall); len(lines) > h {
		// Drawn with all the rows it wants, it wants more than the
		// room. It is cut between its parts (at a blank row: a form, a
		// table, a chart), never inside a box, and when too little is
		// left it is named on one line.
		cut := blankRowAtOrBefore(lines, h)
		if cut < minInPlace-1 {
			return nil, false
		}
		lines = append(lines[:cut], "  "+m.ctx.Styles.App.Dim.Render("enter: use it on the slide, to see all of it"))
		return lines, true
	}
	return append(lines, "  "+m.ctx.Styles.App.Dim.Render("enter: use it on the slide")), true
}

// blankRowAtOrBefore is the index of the last blank row of lines at or
// before n (a widget's accent bar aside), or -1.
func blankRowAtOrBefore(lines []string, n int) int {
	for i := min(n, len(lines)-1); i > 0; i-- {
		if strings.Trim(ansi.Strip(lines[i]), " ▌") == "" {
			return i
		}
	}
	return -1
}

// summaryLine names a widget that does not fit on its slide in words
// (as lessons name a block), with hint: the key that opens it (and, for
// the question the presenter's keys act on, that they do).
func (m *Presenter) summaryLine(b lessons.Block, focused bool, hint string, width int) string {
	st := m.ctx.Styles
	mark := "  "
	if focused {
		mark = st.App.Title.Render("▌") + " "
	}
	what := b.Describe()
	if r, size := utf8.DecodeRuneInString(what); r != utf8.RuneError {
		what = string(unicode.ToUpper(r)) + what[size:]
	}
	what = common.Cut(what, max(1, width-2-2-ansi.StringWidth(hint)))
	return mark + st.App.Title.Render("▶ "+what) + st.App.Dim.Render(hint)
}

// previewTall is the height a widget is drawn at on a slide to learn how
// many rows it wants; it draws no more than it has (calculators do not
// fill their room).
const previewTall = 200

// minInPlace is the fewest rows a widget is drawn in place with; with
// less room the slide shows a line naming it instead.
const minInPlace = 8

// widgetLines draws a widget in width×height, indented like the prose;
// the focused one has an accent bar at its left.
func (m *Presenter) widgetLines(w common.Screen, focused bool, width, height int) []string {
	w.SetSize(max(1, width-4), height)
	m.sizes[w] = [2]int{max(1, width-4), height}
	bar := "  "
	if focused {
		bar = m.ctx.Styles.App.Title.Render("▌") + " "
	}
	lines := strings.Split(strings.TrimRight(w.View(), "\n"), "\n")
	for i, l := range lines {
		lines[i] = bar + l
	}
	return lines
}
