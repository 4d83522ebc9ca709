package slideview

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/tui/components/sectionview"
	"faultline/tui/components/textwrap"
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

// Painter draws a deck's slides with one set of styles, keeping what it
// drew: the pieces the presenter and students' screens share. It is not
// safe for concurrent use (SlideRenderer is).
type Painter struct {
	st     theme.Styles
	deck   *lecture.Deck
	render *sectionview.Renderer
	cache  map[renderKey]string
}

// NewPainter returns a painter of deck's slides in st; plain draws
// Markdown without styling.
func NewPainter(st theme.Styles, deck *lecture.Deck, plain bool) *Painter {
	return &Painter{st: st, deck: deck, render: sectionview.New(st, plain), cache: map[renderKey]string{}}
}

// Deck returns the deck the painter draws.
func (p *Painter) Deck() *lecture.Deck { return p.deck }

// Styles returns the styles slides are drawn with.
func (p *Painter) Styles() theme.Styles { return p.st }

// SetStyles draws from now on with st (the terminal's background
// changed) and forgets what was drawn with the old styles.
func (p *Painter) SetStyles(st theme.Styles) {
	p.st = st
	p.render.SetStyles(st)
	p.Forget()
}

// Forget empties the cache of drawn pieces.
func (p *Painter) Forget() { clear(p.cache) }

// cached returns the drawing under k, drawing it with f the first time.
func (p *Painter) cached(k renderKey, f func() string) string {
	if out, ok := p.cache[k]; ok {
		return out
	}
	out := f()
	p.cache[k] = out
	return out
}

// WidgetDrawer draws the i-th live widget of a slide (block b) in room
// rows; nil leaves it out.
type WidgetDrawer func(i int, b lessons.Block, room int) []string

// HeadingLines are a section slide's heading and the blank row under it.
func (p *Painter) HeadingLines(nav lecture.Nav, lay Layout) []string {
	s := p.deck.Slides[nav.Slide]
	heading := p.cached(renderKey{nav.Slide, 0, partHeading, lay.Width, lay.ContentLines},
		func() string { return p.heading(s.Title, lay) })
	return append(strings.Split(heading, "\n"), "")
}

// SlideLines draws slide nav into the content column, its live widgets
// drawn by widget: its lines, not yet cut to the height.
func (p *Painter) SlideLines(nav lecture.Nav, lay Layout, widget WidgetDrawer) []string {
	s := p.deck.Slides[nav.Slide]
	if s.IsTitle() {
		return strings.Split(p.cached(renderKey{nav.Slide, 0, partTitle, lay.Width, lay.ContentLines},
			func() string { return p.titleSlide(s, lay) }), "\n")
	}
	lines := p.HeadingLines(nav, lay)
	parts := Parts(s, nav.Step)
	drawn := make([]string, len(parts))
	used, widgets := len(lines), 0
	for i, pt := range parts {
		if pt.Block != nil {
			widgets++
			continue
		}
		drawn[i] = p.cached(renderKey{nav.Slide, nav.Step, i, lay.Width, 0},
			func() string { return p.render.Parts(pt.Static, lay.Width) })
		used += lipgloss.Height(drawn[i]) + 1
	}
	room := 0
	if widgets > 0 {
		room = max(3, (lay.ContentLines-used)/widgets-1)
	}
	for i, pt := range parts {
		if pt.Block == nil {
			lines = append(lines, strings.Split(drawn[i], "\n")...)
			lines = append(lines, "")
			continue
		}
		if wl := widget(pt.Widget, *pt.Block, room); wl != nil {
			lines = append(lines, wl...)
			lines = append(lines, "")
		}
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// heading draws a section title: in block letters on a tall screen when
// it fits on one line, else bold with a rule under it.
func (p *Painter) heading(title string, lay Layout) string {
	st := p.st
	if lay.ContentLines >= 36 {
		if big, ok := bigLines(title, lay.Width); ok && len(big) == 1 {
			return bigBlock(st.App.Title, big)
		}
	}
	wrapped := textwrap.Wrap(title, lay.Width, "")
	rule := strings.Repeat("━", min(lay.Width, lipgloss.Width(wrapped)))
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
func (p *Painter) titleSlide(s lecture.Slide, lay Layout) string {
	st := p.st
	var title string
	// Block letters when they leave room for the summary and take at
	// most three quarters of the height.
	if big, ok := bigLines(s.Title, lay.Width); ok && bigHeight(len(big))+4 <= lay.ContentLines && bigHeight(len(big)) <= lay.ContentLines*3/4 {
		title = bigBlock(st.App.Title, big)
	} else {
		wrapped := textwrap.Wrap(s.Title, lay.Width, "")
		rule := strings.Repeat("━", min(lay.Width, lipgloss.Width(wrapped)))
		title = st.App.Title.Render(wrapped) + "\n" + st.Table.Border.Render(rule)
	}
	parts := []string{title, ""}
	if s.Lesson.Summary != "" {
		parts = append(parts, st.App.Subtitle.Render(textwrap.Wrap(s.Lesson.Summary, lay.Width, "")))
	}
	meta := fmt.Sprintf("Lesson %d of %d", s.LessonIndex+1, len(p.deck.Lessons))
	if s.Lesson.Minutes > 0 {
		meta += fmt.Sprintf(" · about %d minutes", s.Lesson.Minutes)
	}
	parts = append(parts, st.App.Dim.Render(meta))
	block := strings.Join(parts, "\n")
	if intro := strings.TrimSpace(s.Lesson.Intro); intro != "" {
		rendered := p.render.Markdown(intro, lay.Width)
		if lipgloss.Height(block)+2+lipgloss.Height(rendered) <= lay.ContentLines {
			block += "\n\n" + rendered
		}
	}
	// Sit the block a third of the way down the free room.
	pad := max(0, (lay.ContentLines-lipgloss.Height(block))/3)
	return strings.Repeat("\n", pad) + block
}
