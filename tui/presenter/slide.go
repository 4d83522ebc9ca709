package presenter

import (
	"strings"

	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
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
		lines = append(lines, m.widgetLines(w, true, lay.Width, max(1, lay.ContentLines-len(lines)-len(keys)-1))...)
		return append(append(lines, ""), keys...)
	}
	ws := m.visibleWidgets()
	return m.paint.SlideLines(m.nav, lay, func(i int, _ lessons.Block, room int) []string {
		if i >= len(ws) {
			return nil
		}
		return m.widgetLines(ws[i], i == m.focus, lay.Width, room)
	})
}

// minInPlace is the fewest rows a widget is drawn in place with; with
// less room the slide shows a line naming it instead.
const minInPlace = 8

// widgetLines draws a widget in place, indented like the prose; the
// focused one has an accent bar at its left.
func (m *Presenter) widgetLines(w common.Screen, focused bool, width, height int) []string {
	st := m.ctx.Styles
	if !focused && height < minInPlace {
		return []string{"  " + st.App.Title.Render("▶ "+w.Title()) + st.App.Dim.Render(" · enter: use it on the slide")}
	}
	w.SetSize(max(1, width-4), height)
	m.sizes[w] = [2]int{max(1, width-4), height}
	bar := "  "
	if focused {
		bar = st.App.Title.Render("▌") + " "
	}
	lines := strings.Split(w.View(), "\n")
	for i, l := range lines {
		lines[i] = bar + l
	}
	if !focused {
		lines = append(lines, "  "+st.App.Dim.Render("enter: use it on the slide"))
	}
	return lines
}
