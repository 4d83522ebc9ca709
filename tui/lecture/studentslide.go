package lecture

import (
	"strings"
	"sync"

	"faultline/lecture"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/components/sectionview"
	"faultline/tui/theme"
)

// StudentSlide is one slide as a student's screen asks for it.
type StudentSlide struct {
	// Nav is the presenter's position.
	Nav lecture.Nav
	// Widgets are the presenter's live widgets as drawn text, in slide
	// order; a missing or empty one is drawn statically instead.
	Widgets []string
	// Question, if set, draws the student's own answering card in place
	// of the slide's quiz widget, at most width columns wide.
	Question func(width int) string
	// Scroll is how many lines the student has scrolled a tall slide by.
	Scroll int
	// Width and Height are the room for the slide, without any footer.
	Width, Height int
}

// maxStudentCache bounds the pieces a SlideRenderer keeps per background;
// past it the cache starts afresh (students' odd sizes cannot grow it
// without end).
const maxStudentCache = 4096

// SlideRenderer draws the presenter's slides on students' screens with
// the same code as the presenter, at each student's size. It is safe for
// concurrent use and meant to be shared by every student session, so a
// piece of a slide is drawn once per width and background, not once per
// student.
type SlideRenderer struct {
	mu       sync.Mutex
	painters [2]painter // for a light and a dark background
}

// NewSlideRenderer returns a renderer of deck's slides.
func NewSlideRenderer(deck *lecture.Deck) *SlideRenderer {
	r := &SlideRenderer{}
	for i, dark := range []bool{false, true} {
		st := theme.New(dark)
		r.painters[i] = painter{st: st, deck: deck, render: sectionview.New(st, false), cache: map[renderKey]string{}}
	}
	return r
}

// Deck returns the deck the renderer draws.
func (r *SlideRenderer) Deck() *lecture.Deck { return r.painters[0].deck }

// Styles returns the styles slides are drawn with on a dark or light
// background, for drawing around them.
func (r *SlideRenderer) Styles(isDark bool) theme.Styles { return r.painter(isDark).st }

func (r *SlideRenderer) painter(isDark bool) painter {
	if isDark {
		return r.painters[1]
	}
	return r.painters[0]
}

// Render draws slide s for a student's background: exactly s.Width ×
// s.Height, the slide placed as the presenter places it, cut with a note
// when taller than the room. An out-of-range slide or a size below one
// cell gives "".
func (r *SlideRenderer) Render(isDark bool, s StudentSlide) string {
	if s.Width < 1 || s.Height < 1 {
		return ""
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	p := r.painter(isDark)
	if s.Nav.Slide < 0 || s.Nav.Slide >= p.deck.Len() {
		return ""
	}
	if len(p.cache) > maxStudentCache {
		clear(p.cache)
	}
	lay := layoutFor(s.Width, s.Height+footerRows)
	lines := p.slideLines(s.Nav.Clamp(p.deck), lay, func(i int, b lessons.Block, _ int) []string {
		return studentWidget(p, s, i, b, lay.width)
	})
	if scroll := min(max(0, s.Scroll), max(0, len(lines)-lay.contentLines)); scroll > 0 {
		lines = lines[scroll:]
	}
	if len(lines) > lay.contentLines && lay.contentLines > 0 {
		lines = lines[:lay.contentLines]
		lines[len(lines)-1] = p.st.App.Dim.Render("↓ more (j/↓ scrolls)")
	}
	return common.Frame(strings.Repeat("\n", lay.top)+strings.Join(lines, "\n"), s.Width, lay.height, lay.left)
}

// studentWidget draws the i-th widget of a slide for a student: the
// student's own question card for a quiz, else the presenter's widget as
// text, else the block's static drawing.
func studentWidget(p painter, s StudentSlide, i int, b lessons.Block, width int) []string {
	text := ""
	switch {
	case b.Kind == lessons.KindQuiz && s.Question != nil:
		text = s.Question(max(1, width-2))
	case i < len(s.Widgets) && strings.TrimSpace(s.Widgets[i]) != "":
		text = strings.TrimRight(s.Widgets[i], "\n")
	default:
		text = p.render.Block(b, max(1, width-2))
	}
	lines := strings.Split(text, "\n")
	for j, l := range lines {
		lines[j] = "  " + l
	}
	return lines
}
