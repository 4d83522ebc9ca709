package slides

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/components/sectionview"
	"faultline/tui/theme"
)

// renderKey names one cached drawing: a piece of a slide at a reveal step
// and width.
type renderKey struct {
	slide, step, part, width, height int
}

// Cached pieces other than Markdown parts.
const (
	partHeading = -1
	partTitle   = -2
)

// layout is where the slide goes on the screen.
type layout struct {
	left, top    int // margins
	width        int // of the content column
	height       int // of the slide, above the footer
	contentLines int // rows for content inside the margins
}

// maxColumn is the widest the content column grows on a wide projector,
// so lines stay readable.
const maxColumn = 120

// footerRows is the footer and the blank row above it.
const footerRows = 2

// layoutFor places the slide in a width×height terminal: margins grow with
// the terminal (about a twelfth of the width, a fifteenth of the height)
// and the column is centred.
func layoutFor(width, height int) layout {
	mx := min(max(width/12, 1), 16)
	my := height / 15
	if height < 16 {
		my = 0
	}
	cw := min(max(width-2*mx, 1), maxColumn)
	h := max(0, height-footerRows)
	return layout{
		left:         max(0, (width-cw)/2),
		top:          my,
		width:        cw,
		height:       h,
		contentLines: max(0, h-2*my),
	}
}

// ensureWidgets builds the widgets of the current slide on its first show.
func (m *Presenter) ensureWidgets() {
	i := m.nav.Slide
	if _, ok := m.widgets[i]; ok || i >= m.deck.Len() {
		return
	}
	s := m.deck.Slides[i]
	var ws []common.Screen
	for _, p := range slideParts(s.Parts) {
		if p.block != nil {
			ws = append(ws, newWidget(m.ctx, m.bank, *p.block))
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
	for _, p := range m.parts() {
		if p.block != nil {
			n++
		}
	}
	return ws[:min(n, len(ws))]
}

// parts are the pieces of the current slide at its reveal step.
func (m *Presenter) parts() []part {
	return slideParts(m.deck.Slides[m.nav.Slide].Shown(m.nav.Step))
}

// painter draws slides with one set of styles, keeping what it drew in
// its cache: the pieces the presenter and students' screens share.
type painter struct {
	st     theme.Styles
	deck   *lecture.Deck
	render *sectionview.Renderer
	cache  map[renderKey]string
}

// painter returns the presenter's painter.
func (m *Presenter) painter() painter {
	return painter{st: m.ctx.Styles, deck: m.deck, render: m.render, cache: m.cache}
}

// cached returns the drawing under k, drawing it with f the first time.
func (p painter) cached(k renderKey, f func() string) string {
	if out, ok := p.cache[k]; ok {
		return out
	}
	out := f()
	p.cache[k] = out
	return out
}

// slideView draws the current slide into the content column: its lines,
// not yet cut to the height.
func (m *Presenter) slideView(lay layout) []string {
	p := m.painter()
	if w := m.Focused(); w != nil && !m.deck.Slides[m.nav.Slide].IsTitle() {
		// The widget in use takes the slide, so it has room to work.
		// Its keys are listed under it, a line broken only between keys.
		lines := p.headingLines(m.nav, lay)
		keys := widgetShortHelp(w, lay.width)
		for i, k := range keys {
			keys[i] = m.ctx.Styles.App.Dim.Render(k)
		}
		lines = append(lines, m.widgetLines(w, true, lay.width, max(1, lay.contentLines-len(lines)-len(keys)-1))...)
		return append(append(lines, ""), keys...)
	}
	ws := m.visibleWidgets()
	return p.slideLines(m.nav, lay, func(i int, _ lessons.Block, room int) []string {
		if i >= len(ws) {
			return nil
		}
		return m.widgetLines(ws[i], i == m.focus, lay.width, room)
	})
}

// widgetDrawer draws the i-th live widget of a slide (block b) in room
// rows; nil leaves it out.
type widgetDrawer func(i int, b lessons.Block, room int) []string

// headingLines are a section slide's heading and the blank row under it.
func (p painter) headingLines(nav lecture.Nav, lay layout) []string {
	s := p.deck.Slides[nav.Slide]
	heading := p.cached(renderKey{nav.Slide, 0, partHeading, lay.width, lay.contentLines},
		func() string { return p.heading(s.Title, lay) })
	return append(strings.Split(heading, "\n"), "")
}

// slideLines draws slide nav into the content column, its live widgets
// drawn by widget: its lines, not yet cut to the height.
func (p painter) slideLines(nav lecture.Nav, lay layout, widget widgetDrawer) []string {
	s := p.deck.Slides[nav.Slide]
	if s.IsTitle() {
		return strings.Split(p.cached(renderKey{nav.Slide, 0, partTitle, lay.width, lay.contentLines},
			func() string { return p.titleSlide(s, lay) }), "\n")
	}
	lines := p.headingLines(nav, lay)
	parts := slideParts(s.Shown(nav.Step))
	drawn := make([]string, len(parts))
	used, widgets := len(lines), 0
	for i, pt := range parts {
		if pt.block != nil {
			widgets++
			continue
		}
		drawn[i] = p.cached(renderKey{nav.Slide, nav.Step, i, lay.width, 0},
			func() string { return p.render.Parts(pt.static, lay.width) })
		used += lipgloss.Height(drawn[i]) + 1
	}
	room := 0
	if widgets > 0 {
		room = max(3, (lay.contentLines-used)/widgets-1)
	}
	for i, pt := range parts {
		if pt.block == nil {
			lines = append(lines, strings.Split(drawn[i], "\n")...)
			lines = append(lines, "")
			continue
		}
		if wl := widget(pt.widget, *pt.block, room); wl != nil {
			lines = append(lines, wl...)
			lines = append(lines, "")
		}
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
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

// heading draws a section title: in block letters on a tall screen when
// it fits on one line, else bold with a rule under it.
func (p painter) heading(title string, lay layout) string {
	st := p.st
	if lay.contentLines >= 36 {
		if big, ok := bigLines(title, lay.width); ok && len(big) == 1 {
			return bigBlock(st.App.Title, big)
		}
	}
	wrapped := lipgloss.Wrap(title, lay.width, "")
	rule := strings.Repeat("━", min(lay.width, lipgloss.Width(wrapped)))
	return st.App.Title.Render(wrapped) + "\n" + st.Table.Border.Render(rule)
}

// bigBlock draws lines of block letters in style, a blank row between.
func bigBlock(style lipgloss.Style, lines []string) string {
	var out []string
	for i, l := range lines {
		if i > 0 {
			out = append(out, "")
		}
		for _, row := range drawBig(l) {
			out = append(out, style.Render(row))
		}
	}
	return strings.Join(out, "\n")
}

// titleSlide draws a lesson's title slide: the title (in block letters
// when they fit), the summary, where the lesson sits in
// the deck and its introduction.
func (p painter) titleSlide(s lecture.Slide, lay layout) string {
	st := p.st
	var title string
	// Block letters when they leave room for the summary and take at
	// most three quarters of the height.
	if big, ok := bigLines(s.Title, lay.width); ok && bigHeight(len(big))+4 <= lay.contentLines && bigHeight(len(big)) <= lay.contentLines*3/4 {
		title = bigBlock(st.App.Title, big)
	} else {
		wrapped := lipgloss.Wrap(s.Title, lay.width, "")
		rule := strings.Repeat("━", min(lay.width, lipgloss.Width(wrapped)))
		title = st.App.Title.Render(wrapped) + "\n" + st.Table.Border.Render(rule)
	}
	parts := []string{title, ""}
	if s.Lesson.Summary != "" {
		parts = append(parts, st.App.Subtitle.Render(lipgloss.Wrap(s.Lesson.Summary, lay.width, "")))
	}
	meta := fmt.Sprintf("Lesson %d of %d", s.LessonIndex+1, len(p.deck.Lessons))
	if s.Lesson.Minutes > 0 {
		meta += fmt.Sprintf(" · about %d minutes", s.Lesson.Minutes)
	}
	parts = append(parts, st.App.Dim.Render(meta))
	block := strings.Join(parts, "\n")
	if intro := strings.TrimSpace(s.Lesson.Intro); intro != "" {
		rendered := p.render.Markdown(intro, lay.width)
		if lipgloss.Height(block)+2+lipgloss.Height(rendered) <= lay.contentLines {
			block += "\n\n" + rendered
		}
	}
	// Sit the block a third of the way down the free room.
	pad := max(0, (lay.contentLines-lipgloss.Height(block))/3)
	return strings.Repeat("\n", pad) + block
}
