package slideview

import (
	"slices"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"

	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// StudentSlide is one slide as a student's screen asks for it.
type StudentSlide struct {
	// Nav is the presenter's position.
	Nav lecture.Nav
	// Widgets are the presenter's live widgets as drawn text, in slide
	// order; a missing or empty one is drawn statically instead.
	Widgets []string
	// Live are the presenter's widgets the student draws at their own
	// size (a scenario playing), in slide order; a nil one is drawn from
	// Widgets.
	Live []common.Drawing
	// Question, if set, draws the student's own answering card for the
	// question id in place of the slide's quiz widget that shows it, at
	// most width columns wide; "" leaves the widget drawn as for anyone.
	Question func(id string, width int) string
	// Selected is the id of the question card the student is answering:
	// Scrolls brings it into view. "" means the first card.
	Selected string
	// InUse is one more than the index of the widget the presenter is
	// using: it then takes the slide under its heading, as on the
	// presenter's screen. 0 for none.
	InUse int
	// More, if set, replaces the last line's "↓ more (j/↓ scrolls)" on a
	// slide cut short: while a question takes the arrows, other keys scroll.
	More string
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
	painters [2]*Painter               // for a light and a dark background
	shared   [sharedFrames]sharedFrame // the latest frames' screens, drawn once per size
	next     int                       // the shared frame replaced next
}

// sharedFrames is how many frames' screens a SlideRenderer keeps: while a
// new frame reaches a room, students still drawing the one before must
// not make every student draw afresh.
const sharedFrames = 4

// sharedFrame keeps the screens drawn of one slide with the same widgets
// and no question card of a student's own: every student at the same
// size, background and scroll sees the same screen, so a scenario frame
// sent to a room is drawn once per size rather than once per student.
type sharedFrame struct {
	nav     lecture.Nav
	inUse   int
	widgets []string
	live    []common.Drawing
	drawn   map[sharedKey]string
}

// sharedKey is one student's screen of the shared frame.
type sharedKey struct {
	dark                  bool
	width, height, scroll int
}

// holds reports whether f keeps the screens of slide s.
func (f *sharedFrame) holds(s StudentSlide) bool {
	return f.drawn != nil && f.nav == s.Nav && f.inUse == s.InUse && slices.Equal(f.widgets, s.Widgets) && slices.Equal(f.live, s.Live)
}

// sharedFor returns the shared frame of slide s, replacing the oldest
// one kept when s is new.
func (r *SlideRenderer) sharedFor(s StudentSlide) *sharedFrame {
	for i := range r.shared {
		if r.shared[i].holds(s) {
			return &r.shared[i]
		}
	}
	f := &r.shared[r.next]
	r.next = (r.next + 1) % sharedFrames
	*f = sharedFrame{nav: s.Nav, inUse: s.InUse, widgets: slices.Clone(s.Widgets), live: slices.Clone(s.Live), drawn: map[sharedKey]string{}}
	return f
}

// NewSlideRenderer returns a renderer of deck's slides.
func NewSlideRenderer(deck *lecture.Deck) *SlideRenderer {
	r := &SlideRenderer{}
	for i, dark := range []bool{false, true} {
		r.painters[i] = NewPainter(theme.New(dark), deck, false)
	}
	return r
}

// Deck returns the deck the renderer draws.
func (r *SlideRenderer) Deck() *lecture.Deck { return r.painters[0].deck }

// Styles returns the styles slides are drawn with on a dark or light
// background, for drawing around them.
func (r *SlideRenderer) Styles(isDark bool) theme.Styles { return r.painter(isDark).st }

func (r *SlideRenderer) painter(isDark bool) *Painter {
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
	if s.Width < 1 || s.Height < 1 || s.Nav.Slide < 0 || s.Nav.Slide >= r.Deck().Len() {
		return ""
	}
	lay := LayoutFor(s.Width, s.Height+FooterRows)
	s = s.withCards(r.Deck(), lay)
	r.mu.Lock()
	defer r.mu.Unlock()
	p := r.painter(isDark)
	// A slide without a student's own card looks the same to every
	// student at one size; the Scroll kept is the one drawn (clamped).
	var shared *sharedFrame
	k := sharedKey{isDark, s.Width, s.Height, max(0, s.Scroll)}
	if s.Question == nil && s.More == "" {
		shared = r.sharedFor(s)
		if out, ok := shared.drawn[k]; ok {
			return out
		}
	}
	if len(p.cache) > maxStudentCache {
		clear(p.cache)
	}
	lines, _ := studentLines(p, s, lay, isDark)
	if scroll := min(max(0, s.Scroll), max(0, len(lines)-lay.ContentLines)); scroll > 0 {
		lines = lines[scroll:]
	}
	if len(lines) > lay.ContentLines && lay.ContentLines > 0 {
		lines = lines[:lay.ContentLines]
		more := "↓ more (j/↓ scrolls)"
		if s.More != "" {
			more = s.More
		}
		lines[len(lines)-1] = p.st.App.Dim.Render(more)
	}
	left := lay.Left
	if over := widestLine(lines) - (s.Width - left); over > 0 {
		left = max(0, left-over) // a widget wider than the column takes the margin
	}
	out := common.Frame(strings.Repeat("\n", lay.Top)+strings.Join(lines, "\n"), s.Width, lay.Height, left)
	if shared != nil && len(shared.drawn) < maxStudentCache {
		shared.drawn[k] = out
	}
	return out
}

// widestLine is the width of the widest of lines.
func widestLine(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, ansi.StringWidth(l))
	}
	return n
}

// Scrolls reports, for slide s as Render draws it, the furthest a student
// can scroll and the scroll that brings the question card into view
// (the card at the top, or the slide's end when the card is near it;
// 0 when the slide fits or has no card). Out-of-range slides and sizes give 0, 0.
func (r *SlideRenderer) Scrolls(isDark bool, s StudentSlide) (most, question int) {
	if s.Width < 1 || s.Height < 1 || s.Nav.Slide < 0 || s.Nav.Slide >= r.Deck().Len() {
		return 0, 0
	}
	lay := LayoutFor(s.Width, s.Height+FooterRows)
	s = s.withCards(r.Deck(), lay)
	r.mu.Lock()
	defer r.mu.Unlock()
	p := r.painter(isDark)
	lines, card := studentLines(p, s, lay, isDark)
	most = max(0, len(lines)-lay.ContentLines)
	if card >= 0 && most > 0 {
		question = min(card, most)
	}
	return most, question
}

// MirrorMinHeight is the fewest rows a student's screen draws a
// presenter's live widget in (a scenario playing: the player's own
// least): a student with less room scrolls rather than get a drawing
// that refuses; one with more gets it all.
const MirrorMinHeight = 14

// MirrorWidth is how wide a presenter's live widget is drawn on a
// student's screen whose slide column is narrower: a scenario player
// needs more than the column of a 72-column screen, and takes the
// margins (the slide moves left) rather than refuse to draw, so a
// screen of 62 columns still shows it.
const MirrorWidth = 72

// cardMark starts the first line of a student's question card while a
// slide is laid out, so its position can be found; it is removed before
// drawing. Slide text is sanitised and never holds a NUL.
const cardMark = "\x00"

// withCards is s with its question cards drawn for a layout: a student's
// own cards are drawn before taking the lock every student shares, and
// s.Question then only looks them up.
func (s StudentSlide) withCards(deck *lecture.Deck, lay Layout) StudentSlide {
	if s.Question == nil {
		return s
	}
	nav, width := s.Nav.Clamp(deck), max(1, lay.Width-2)
	drawn := map[string]string{}
	for _, pt := range Parts(deck.Slides[nav.Slide], nav.Step) {
		if b := pt.Block; b != nil && b.Kind == lessons.KindQuiz && len(b.Args) > 0 {
			drawn[b.Args[0]] = s.Question(b.Args[0], width)
		}
	}
	question := s.Question
	s.Question = func(id string, w int) string {
		if text, ok := drawn[id]; ok && w == width {
			return text
		}
		return question(id, w)
	}
	return s
}

// studentLines lays slide s out for a student and returns its lines and
// the index of the first line of the selected question card (or of the
// first card), or -1.
func studentLines(p *Painter, s StudentSlide, lay Layout, isDark bool) ([]string, int) {
	if len(p.cache) > maxStudentCache {
		clear(p.cache)
	}
	draw := func(i int, b lessons.Block, room int) []string {
		wl, card := studentWidget(p, s, i, b, lay, room, isDark)
		if card && len(wl) > 0 && (s.Selected == "" || s.Selected == b.Args[0]) {
			wl[0] = cardMark + wl[0]
		}
		return wl
	}
	nav := s.Nav.Clamp(p.deck)
	var lines []string
	if b, ok := InUseBlock(p.deck, s.InUse, nav); ok {
		// The presenter is using a widget: it takes the slide here too.
		lines = p.HeadingLines(nav, lay)
		lines = append(lines, draw(s.InUse-1, b, max(1, lay.ContentLines-len(lines)))...)
	} else {
		lines = p.SlideLines(nav, lay, draw)
	}
	card := -1
	for i, l := range lines {
		if strings.HasPrefix(l, cardMark) {
			lines[i] = strings.TrimPrefix(l, cardMark)
			if card < 0 {
				card = i
			}
		}
	}
	return lines, card
}

// InUseBlock is the block of the widget the presenter is using (inUse is
// one more than its index) on slide nav of deck, unless none is or the
// slide is a title slide: what takes a student's slide.
func InUseBlock(deck *lecture.Deck, inUse int, nav lecture.Nav) (lessons.Block, bool) {
	if inUse <= 0 || deck.Slides[nav.Slide].IsTitle() {
		return lessons.Block{}, false
	}
	for _, pt := range Parts(deck.Slides[nav.Slide], nav.Step) {
		if pt.Block != nil && pt.Widget == inUse-1 {
			return *pt.Block, true
		}
	}
	return lessons.Block{}, false
}

// studentWidget draws the i-th widget of a slide for a student: the
// student's own question card for a quiz (card is then true), else the
// presenter's widget drawn at the student's size (in room rows, at least
// MirrorMinHeight; as wide as the column, or up to MirrorWidth into the
// margins), else the presenter's widget as text, else the block's
// static drawing.
func studentWidget(p *Painter, s StudentSlide, i int, b lessons.Block, lay Layout, room int, isDark bool) (lines []string, card bool) {
	width := lay.Width
	text := ""
	if b.Kind == lessons.KindQuiz && s.Question != nil && len(b.Args) > 0 {
		text = s.Question(b.Args[0], max(1, width-2))
		card = text != ""
	}
	switch {
	case card:
	case i < len(s.Live) && s.Live[i] != nil:
		w := max(width-2, min(s.Width-2, MirrorWidth))
		text = s.Live[i].Draw(max(1, w), max(room, MirrorMinHeight), isDark)
	case i < len(s.Widgets) && strings.TrimSpace(s.Widgets[i]) != "":
		text = strings.TrimRight(s.Widgets[i], "\n")
	default:
		text = p.render.Block(b, max(1, width-2))
	}
	lines = strings.Split(text, "\n")
	for j, l := range lines {
		lines[j] = "  " + l
	}
	return lines, card
}
