package presenter

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/lecture"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
	"faultline/tui/theme"
)

// Options are what the presenter needs besides the shared context.
type Options struct {
	// Deck is the slides to present; it must hold at least one slide.
	Deck *lecture.Deck
	// Bank holds the questions of quiz blocks; nil shows a note instead.
	Bank *quiz.Bank
	// Duration is the countdown; 0 shows only the elapsed time.
	Duration time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Publish, if set, is called with the presenter's state after every
	// key and every tick of the timer (for notes views).
	Publish func(lecture.State)
	// Classroom, if set, publishes every change to students following
	// over SSH and shows how to join above the footer.
	Classroom *Classroom
	// Resume, if set, starts at its slide and step (clamped to the deck)
	// with its timer carried on.
	Resume *lecture.Resume
	// Notice, if set, is said in the footer until the first key: what a
	// resumed lecture took back.
	Notice string
}

// mode is what the presenter shows over the slide.
type mode int

const (
	modeSlides mode = iota
	modeIndex
	modeHelp
	modeQuit
	modeJoin
	modeRoster
	modeReset // asking whether to reset a question's answers
)

// Presenter is the lecture's full-screen root model.
type Presenter struct {
	ctx     *common.Context
	deck    *lecture.Deck
	bank    *quiz.Bank
	keys    KeyMap
	now     func() time.Time
	publish func(lecture.State)
	class   *Classroom

	nav   lecture.Nav
	timer lecture.Timer
	blank bool
	mode  mode

	digits     string    // a slide number being typed
	notice     string    // a one-key note in the footer: a jump past the end, how to leave blank
	index      int       // selection in the index overlay
	rosterPage int       // page of the roster shown
	scroll     int       // lines the slide is scrolled by when it overflows
	focus      int       // focused widget on the slide, or -1
	ticking    bool      // a timer tick is on its way
	asked      *quizCard // the card r, c and x act on, once the presenter used one on the slide
	resetting  *quizCard // the card whose answers reset asks about

	widgets map[int][]common.Screen  // per slide, built on first show
	started map[common.Screen]bool   // widgets whose Init has run
	sizes   map[common.Screen][2]int // the size each widget was last drawn at
	sent    map[common.Screen]sentText

	mirrored time.Time // when students were last sent the slide

	paint *slideview.Painter // the presenter's slides, drawn as students' screens draw them

	width, height int
}

// tickMsg redraws the footer clock and timer, once a second.
type tickMsg struct{}

// IsTick marks the clock's ticks as a timer's (common.Tick).
func (tickMsg) IsTick() {}

// New returns the presenter on the first slide with the timer
// started.
func New(ctx *common.Context, opt Options) *Presenter {
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	m := &Presenter{
		ctx: ctx, deck: opt.Deck, bank: opt.Bank, keys: DefaultKeyMap(), now: now, publish: opt.Publish, class: opt.Classroom,
		timer:   lecture.NewTimer(opt.Duration, now()),
		focus:   -1,
		widgets: map[int][]common.Screen{},
		started: map[common.Screen]bool{},
		sizes:   map[common.Screen][2]int{},
		sent:    map[common.Screen]sentText{},
		paint:   slideview.NewPainter(ctx.Styles, opt.Deck, ctx.Plain),
	}
	m.notice = opt.Notice
	if r := opt.Resume; r != nil {
		m.nav = r.Nav().Clamp(opt.Deck)
		m.timer = r.Timer(opt.Duration, now())
	}
	return m
}

// Nav returns the current position.
func (m *Presenter) Nav() lecture.Nav { return m.nav }

// Blank reports whether the screen is blanked.
func (m *Presenter) Blank() bool { return m.blank }

// Timer returns the presenter's timer.
func (m *Presenter) Timer() lecture.Timer { return m.timer }

// Focused returns the focused widget, or nil while keys move the slides.
func (m *Presenter) Focused() common.Screen {
	ws := m.visibleWidgets()
	if m.focus < 0 || m.focus >= len(ws) {
		return nil
	}
	return ws[m.focus]
}

// State is what the presenter publishes now.
func (m *Presenter) State() lecture.State {
	return m.deck.State(m.nav, m.timer, m.blank, m.now())
}

// Init implements tea.Model: it asks for the background colour, publishes
// the first state and starts the clock.
func (m *Presenter) Init() tea.Cmd {
	m.emit()
	return tea.Batch(tea.RequestBackgroundColor, m.ensureTick())
}

// needsTick reports whether anything on screen or in a notes view changes
// with the clock: the timer is running and shown (or published), or
// students follow (their number and answers change on screen).
func (m *Presenter) needsTick() bool {
	if m.class != nil {
		return !m.timer.Paused() || !m.blank
	}
	return !m.timer.Paused() && (!m.blank || m.publish != nil)
}

// ensureTick starts the once-a-second tick if it is needed and not running.
func (m *Presenter) ensureTick() tea.Cmd {
	if m.ticking || !m.needsTick() {
		return nil
	}
	m.ticking = true
	return tea.Every(time.Second, func(time.Time) tea.Msg { return tickMsg{} })
}

// emit publishes the current state, if anyone listens.
func (m *Presenter) emit() {
	if m.publish != nil && m.deck.Len() > 0 {
		m.publish(m.State())
	}
	m.publishFrame()
}

// Update implements tea.Model.
func (m *Presenter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.scroll = 0
		m.ensureWidgets()
		return m, nil
	case tea.BackgroundColorMsg:
		m.setTheme(msg.IsDark())
		return m, nil
	case tickMsg:
		m.ticking = false
		m.emit()
		return m, m.ensureTick()
	case tea.KeyPressMsg:
		cmd := m.key(msg)
		m.markAsked()
		m.emit()
		return m, tea.Batch(cmd, m.ensureTick())
	case common.BackMsg:
		m.focus = -1 // a widget handed the keys back
		m.emit()     // students' screens give the slide back too
		return m, nil
	case resultsSavedMsg:
		m.resultsSaved(msg)
		return m, nil
	case common.OpenMsg, common.OpenLessonMsg, common.ProgressSavedMsg:
		return m, nil // widgets on slides open no screens and save nothing
	}
	cmd := m.toWidgets(common.CleanPaste(msg))
	m.followWidgets()
	return m, cmd
}

// setTheme rebuilds the styles for the terminal's background and forgets
// what was drawn with the old ones.
func (m *Presenter) setTheme(isDark bool) {
	m.ctx.Styles = theme.New(isDark)
	m.paint.SetStyles(m.ctx.Styles)
}

// toWidgets hands a message that is not a key (a tick, a cursor blink) to
// the widgets of the current slide.
func (m *Presenter) toWidgets(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, w := range m.widgets[m.nav.Slide] {
		cmds = append(cmds, w.Update(msg))
	}
	return tea.Batch(cmds...)
}

// key handles a key press in the current mode.
func (m *Presenter) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.ForceQuit) {
		return tea.Quit
	}
	m.notice = "" // shown until the next key
	switch m.mode {
	case modeQuit:
		m.mode = modeSlides
		if key.Matches(msg, m.keys.Yes) {
			return tea.Quit
		}
		return nil
	case modeHelp:
		m.mode = modeSlides // any key closes the help
		return nil
	case modeReset:
		m.resetKey(msg)
		return nil
	case modeIndex:
		return m.indexKey(msg)
	case modeJoin:
		return m.joinKey(msg)
	case modeRoster:
		return m.rosterKey(msg)
	}
	if m.questionKey(msg) {
		return nil
	}
	if w := m.Focused(); w != nil {
		// f1 opens the help from a widget's text field too, where ? types.
		if key.Matches(msg, m.keys.HelpAnywhere) || key.Matches(msg, m.keys.Help) && !capturing(w) {
			m.mode = modeHelp // the widget's keys, then the lecture's
			return nil
		}
		return m.widgetKey(w, msg)
	}
	if m.blank {
		if key.Matches(msg, m.keys.Blank, m.keys.Back) {
			m.blank = false
		} else {
			m.notice = "blank · b or esc shows the slide"
		}
		return nil
	}
	return m.slideKey(msg)
}

// widgetKey gives a key to the focused widget. On a slide with several
// widgets, tab moves through every field of every widget in order: to
// the widget's next field, and from its last to the next widget's first
// (shift+tab the other way).
func (m *Presenter) widgetKey(w common.Screen, msg tea.KeyPressMsg) tea.Cmd {
	ws := m.visibleWidgets()
	if len(ws) < 2 {
		return w.Update(msg)
	}
	f, hasFields := w.(common.Fields)
	switch {
	case key.Matches(msg, m.keys.Cycle):
		if i, n := fieldOf(f, hasFields); i < n-1 {
			return w.Update(msg)
		}
		m.focus = (m.focus + 1) % len(ws)
		return m.enterWidget(ws[m.focus], true)
	case key.Matches(msg, m.keys.CycleBack):
		if i, _ := fieldOf(f, hasFields); i > 0 {
			return w.Update(msg)
		}
		m.focus = (m.focus + len(ws) - 1) % len(ws)
		return m.enterWidget(ws[m.focus], false)
	}
	return w.Update(msg)
}

// fieldOf is the focused field of a widget and how many it has; a widget
// without fields is one field.
func fieldOf(f common.Fields, ok bool) (i, n int) {
	if !ok {
		return 0, 1
	}
	return f.Field()
}

// enterWidget gives the keys to w, at its first field or, going back,
// its last.
func (m *Presenter) enterWidget(w common.Screen, first bool) tea.Cmd {
	cmd := m.start(w)
	if f, ok := w.(common.Fields); ok {
		i := 0
		if _, n := f.Field(); !first {
			i = n - 1
		}
		return tea.Batch(cmd, f.FocusField(i))
	}
	return cmd
}

// slideKey handles a key while keys move the slides.
func (m *Presenter) slideKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if key.Matches(msg, k.Digit) {
		if len(m.digits) < 6 {
			m.digits += msg.String()
		}
		return nil
	}
	digits := m.digits
	m.digits = ""
	switch {
	case key.Matches(msg, k.Jump) && digits != "":
		n := 0
		for _, c := range digits {
			n = n*10 + int(c-'0')
		}
		m.move(m.nav.Jump(m.deck, n))
		m.notice = jumpNotice(n, m.deck.Len())
	case key.Matches(msg, k.Focus):
		if ws := m.visibleWidgets(); len(ws) > 0 {
			m.focus = 0
			return m.start(ws[0])
		}
	case key.Matches(msg, k.Next):
		m.move(m.nav.Next(m.deck))
	case key.Matches(msg, k.Prev):
		m.move(m.nav.Prev(m.deck))
	case key.Matches(msg, k.First):
		m.move(m.nav.First(m.deck))
	case key.Matches(msg, k.Last):
		m.move(m.nav.Last(m.deck))
	case key.Matches(msg, k.Down):
		m.scroll++ // clamped when drawn
	case key.Matches(msg, k.Up):
		m.scroll = max(0, m.scroll-1)
	case key.Matches(msg, k.Index):
		m.mode, m.index = modeIndex, m.nav.Slide
	case key.Matches(msg, k.Blank):
		m.blank = true
	case key.Matches(msg, k.Join):
		m.toggleJoin()
	case key.Matches(msg, k.Roster):
		m.toggleRoster()
	case key.Matches(msg, k.Export):
		return m.export()
	case key.Matches(msg, k.Timer):
		m.timer = m.timer.Toggle(m.now())
	case key.Matches(msg, k.Help, k.HelpAnywhere):
		m.mode = modeHelp
	case key.Matches(msg, k.Quit):
		m.mode = modeQuit
	}
	return nil
}

// move goes to position n, leaving any widget and the scroll behind.
func (m *Presenter) move(n lecture.Nav) {
	if n.Slide != m.nav.Slide {
		m.scroll = 0
	}
	m.nav = n
	m.focus = -1
	m.ensureWidgets()
}

// indexKey handles a key in the index overlay.
func (m *Presenter) indexKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	last := m.deck.Len() - 1
	page := max(1, m.height-4)
	switch {
	case key.Matches(msg, k.IndexUp):
		m.index--
	case key.Matches(msg, k.IndexDown):
		m.index++
	case key.Matches(msg, k.IndexPageUp):
		m.index -= page
	case key.Matches(msg, k.IndexPageDown):
		m.index += page
	case key.Matches(msg, k.First):
		m.index = 0
	case key.Matches(msg, k.Last):
		m.index = last
	case key.Matches(msg, k.IndexGo):
		m.mode = modeSlides
		m.move(m.nav.Jump(m.deck, m.index+1))
	case key.Matches(msg, k.IndexClose):
		m.mode = modeSlides
	}
	m.index = min(max(m.index, 0), max(last, 0))
	return nil
}

// start runs a widget's Init the first time it is focused (a scenario
// starts playing).
func (m *Presenter) start(w common.Screen) tea.Cmd {
	if m.started[w] {
		return nil
	}
	m.started[w] = true
	return w.Init()
}

// jumpNotice says why a typed slide number was not taken as it is: there
// are only last slides, or slides start at 1. "" when n is a slide.
func jumpNotice(n, last int) string {
	switch {
	case n > last:
		return fmt.Sprintf("no slide %d: the last is %d, shown", n, last)
	case n < 1:
		return "no slide 0: slides start at 1, shown"
	}
	return ""
}
