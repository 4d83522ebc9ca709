package student

import (
	"context"
	"errors"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/classroom"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// phase is where a student's session is.
type phase int

const (
	phaseName   phase = iota // asking for a display name
	phaseFollow              // following the presenter
	phaseEnded               // the lecture ended or the student could not join
)

// Student is the Bubble Tea model of one student's session: a name
// prompt, then the presenter's current slide with the student's own
// answering card on quiz slides. Nothing it does moves the lecture.
type Student struct {
	ctx    context.Context
	hub    *classroom.Hub
	slides *slideview.SlideRenderer
	addr   string
	keys   KeyMap

	phase   phase
	name    textinput.Model
	student *classroom.Student
	frame   classroom.Frame
	framed  bool    // a frame has arrived
	cards   []*card // the student's answers to the frame's questions, in slide order
	sel     int     // the card keys answer, on a slide with several
	bye     string  // why the session ended, said after the screen closes
	scroll  int
	isDark  bool
	drawn   []drawnCard // the question cards drawn since the last update

	width, height int
}

// frameMsg carries the newest frame from the hub.
type frameMsg struct{ f classroom.Frame }

// presenterEnded is the goodbye of a student following when the presenter
// ends the lecture.
const presenterEnded = "The presenter has ended the lecture. Thank you for following, goodbye!"

// goneMsg says the student's frame channel closed or the session ended.
type goneMsg struct{}

// NewStudent returns the model of a session connecting from addr; it
// joins hub once the student has given a name (or skipped), as the
// identity ctx holds if the login proved one (classroom.Identity). ctx
// ends with the session and stops the wait for frames.
func NewStudent(ctx context.Context, hub *classroom.Hub, slides *slideview.SlideRenderer, addr string) *Student {
	ti := textinput.New()
	ti.Prompt = "› "
	ti.Placeholder = "your name (optional)"
	ti.CharLimit = classroom.MaxNameLen
	ti.SetWidth(classroom.MaxNameLen + 2)
	return &Student{ctx: ctx, hub: hub, slides: slides, addr: addr, keys: DefaultKeyMap(), name: ti, isDark: true}
}

// Init implements tea.Model: it asks for the background colour, focuses
// the name prompt and watches for the session's end.
func (m *Student) Init() tea.Cmd {
	ctx := m.ctx
	ended := func() tea.Msg {
		<-ctx.Done()
		return goneMsg{}
	}
	return tea.Batch(tea.RequestBackgroundColor, m.name.Focus(), ended)
}

// Name returns the student's display name once joined, else "".
func (m *Student) Name() string {
	if m.student == nil {
		return ""
	}
	return m.student.Name()
}

// Goodbye is what the session says after the screen closes: why it
// ended, or "" when the student simply left.
func (m *Student) Goodbye() string { return m.bye }

// Frame returns the newest frame shown and whether one has arrived.
func (m *Student) Frame() (classroom.Frame, bool) { return m.frame, m.framed }

// Leave takes the student out of the hub; the session calls it when it
// ends, however it ends.
func (m *Student) Leave() {
	if m.student != nil {
		m.hub.Leave(m.student)
	}
}

// wait is the command that takes the next frame from the hub, or says
// the channel or the session closed. One frame per message, latest wins.
func (m *Student) wait() tea.Cmd {
	ch := m.student.Frames()
	ctx := m.ctx
	return func() tea.Msg {
		select {
		case f, ok := <-ch:
			if !ok {
				return goneMsg{}
			}
			return frameMsg{f}
		case <-ctx.Done():
			return nil // Init's watch says so
		}
	}
}

// Update implements tea.Model.
func (m *Student) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.drawn = m.drawn[:0]
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		for _, c := range m.cards {
			c.pad.SetWidth(min(m.width, 100) - 14)
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		return m, nil
	case frameMsg:
		return m, m.onFrame(msg.f)
	case goneMsg:
		if m.bye == "" {
			m.bye = "The lecture has ended. Goodbye!"
			// The session's end may be seen before the closing frame
			// that caused it: a student following still gets the thanks.
			if f, ok := m.hub.Current(); ok && f.Closing && m.student != nil {
				m.bye = presenterEnded
			}
		}
		m.phase = phaseEnded
		return m, tea.Quit
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	if m.phase == phaseName {
		var cmd tea.Cmd
		m.name, cmd = m.name.Update(common.CleanPaste(msg))
		return m, cmd
	}
	return m, nil
}

// onFrame shows a new frame and waits for the next; a closing frame
// ends the session with a goodbye.
func (m *Student) onFrame(f classroom.Frame) tea.Cmd {
	if f.Closing {
		m.bye = presenterEnded
		m.phase = phaseEnded
		return tea.Quit
	}
	if m.framed && (f.State.Slide != m.frame.State.Slide || f.InUse != m.frame.InUse) {
		m.scroll = 0
	}
	newQuestion := false
	for _, q := range f.Questions {
		newQuestion = newQuestion || m.frame.QuestionByID(q.ID) == nil
	}
	m.frame, m.framed = f, true
	m.prepareCards()
	if newQuestion && m.width > 0 && m.height > 2 {
		// A question below the fold is brought into view: the class is
		// asked to answer now, and may not know to scroll.
		if _, q := m.slides.Scrolls(m.isDark, m.studentSlide()); q > m.scroll {
			m.scroll = q
		}
	}
	return m.wait()
}

// key handles a key press.
func (m *Student) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.ForceQuit) {
		return tea.Quit
	}
	switch m.phase {
	case phaseName:
		switch {
		case key.Matches(msg, m.keys.Enter):
			return m.join(m.name.Value())
		case key.Matches(msg, m.keys.Esc):
			return m.join("")
		}
		var cmd tea.Cmd
		m.name, cmd = m.name.Update(msg)
		return cmd
	case phaseEnded:
		return tea.Quit
	}
	switch {
	case key.Matches(msg, m.keys.PageDown):
		most, _ := m.slides.Scrolls(m.isDark, m.studentSlide())
		m.scroll = min(most, m.scroll+max(1, m.height-3))
		return nil
	case key.Matches(msg, m.keys.PageUp):
		m.scroll = max(0, m.scroll-max(1, m.height-3))
		return nil
	}
	if m.choosing() && key.Matches(msg, m.keys.NextCard, m.keys.PrevCard) {
		step := 1
		if key.Matches(msg, m.keys.PrevCard) {
			step = len(m.cards) - 1
		}
		return m.selectCard((m.sel + step) % len(m.cards))
	}
	if pad := m.openPad(); pad != nil {
		if !pad.Typing() && key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		c := m.cards[m.sel]
		c.keyed = true
		submit, cmd := pad.Update(msg, m.keys.Answer)
		if submit {
			m.send(c)
		} else {
			c.notice, c.resent = "", false // the card says where the answer stands now
		}
		return cmd
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit
	case key.Matches(msg, m.keys.Down):
		if most, _ := m.slides.Scrolls(m.isDark, m.studentSlide()); m.scroll < most {
			m.scroll++
		}
	case key.Matches(msg, m.keys.Up):
		m.scroll = max(0, m.scroll-1)
	}
	return nil
}

// join enters the hub under name and starts following.
func (m *Student) join(name string) tea.Cmd {
	s, err := m.hub.JoinAs(name, m.addr, classroom.Identity(m.ctx))
	switch {
	case errors.Is(err, classroom.ErrFull):
		m.bye = "Sorry, the lecture is full. Please try again later, or ask the presenter."
	case errors.Is(err, classroom.ErrEnded):
		m.bye = "The lecture has ended. Goodbye!"
	case err != nil:
		m.bye = "Could not join the lecture: " + err.Error()
	}
	if err != nil {
		m.phase = phaseEnded
		return tea.Quit
	}
	m.student, m.phase = s, phaseFollow
	m.name.Blur()
	return m.wait()
}

// ShortHelp implements help.KeyMap: the keys the screen names now (the
// footer's while following).
func (m *Student) ShortHelp() []key.Binding {
	switch m.phase {
	case phaseName:
		return []key.Binding{m.keys.Enter, m.keys.Esc, m.keys.ForceQuit}
	case phaseFollow:
		pad := m.openPad()
		return m.keys.footerKeys(pad, pad != nil && pad.Typing(), m.choosing())
	}
	return nil
}

// FullHelp implements help.KeyMap: every key the screen answers to now.
func (m *Student) FullHelp() [][]key.Binding {
	if m.phase != phaseFollow {
		return [][]key.Binding{m.ShortHelp()}
	}
	pad := m.openPad()
	return [][]key.Binding{m.keys.fullKeys(pad, pad != nil && pad.Typing(), m.choosing())}
}
