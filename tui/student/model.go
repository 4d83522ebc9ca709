package student

import (
	"context"
	"errors"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/classroom"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/answerpad"
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
	framed  bool           // a frame has arrived
	pad     *answerpad.Pad // the answer being made to the frame's question
	padFor  string         // the id of the question pad answers
	notice  string         // the answer's outcome, shown under the question
	resent  bool           // the last answer sent changed an earlier one
	bye     string         // why the session ended, said after the screen closes
	scroll  int
	isDark  bool
	card    drawnCard // the question card drawn since the last update

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
// joins hub once the student has given a name (or skipped). ctx ends
// with the session and stops the wait for frames.
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
	m.card = drawnCard{}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		if m.pad != nil {
			m.pad.SetWidth(min(m.width, 100) - 14)
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
	newQuestion := f.Question != nil && (m.frame.Question == nil || f.Question.ID != m.frame.Question.ID)
	if q := f.Question; q == nil || m.frame.Question == nil || q.ID != m.frame.Question.ID {
		m.notice, m.resent = "", false
	}
	m.frame, m.framed = f, true
	m.preparePad()
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
	if pad := m.openPad(); pad != nil {
		if !pad.Typing() && key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		submit, cmd := pad.Update(msg, m.keys.Answer)
		if submit {
			m.send()
		} else {
			m.notice, m.resent = "", false // the card says where the answer stands now
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
	s, err := m.hub.Join(name, m.addr)
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

// preparePad makes the answering pad for the frame's question when it is
// new, filled with what the student sent before (after a dropped
// connection, or coming back to the slide); the pad takes keys only while
// the question is open.
func (m *Student) preparePad() {
	q := m.frame.Question
	if q == nil || m.student == nil {
		m.pad, m.padFor = nil, ""
		return
	}
	if m.pad == nil || m.padFor != q.ID {
		card, ok := m.hub.Card(q.ID)
		if !ok {
			m.pad, m.padFor = nil, ""
			return
		}
		m.pad, m.padFor = answerpad.New(card), q.ID
		m.pad.SetWidth(min(m.width, 100) - 14)
		if sent, ok := m.hub.SentBy(m.student, q.ID); ok {
			m.pad.SetResponse(sent.Response)
		}
	}
	if q.Closed || q.Revealed {
		// What counts is what was sent: a change not sent is dropped.
		if sent, ok := m.hub.SentBy(m.student, q.ID); ok {
			m.pad.SetResponse(sent.Response)
		}
		m.pad.Blur()
	} else {
		m.pad.Focus()
	}
}

// openPad is the pad while the frame's question takes answers and the
// screen shows it, else nil.
func (m *Student) openPad() *answerpad.Pad {
	q := m.frame.Question
	if m.pad == nil || q == nil || q.Closed || q.Revealed || m.frame.State.Blank || m.padFor != q.ID {
		return nil
	}
	return m.pad
}

// send sends the pad's answer to the hub, which grades it; the student
// hears only that it was sent (or why not) until the reveal.
func (m *Student) send() {
	q := m.frame.Question
	r, hint := m.pad.Response()
	if hint != "" {
		m.notice = hint
		return
	}
	_, before := m.sent()
	err := m.hub.Submit(m.student, q.ID, r)
	var unreadable *classroom.Unreadable
	switch {
	case errors.As(err, &unreadable):
		m.notice = unreadable.Feedback
	case errors.Is(err, classroom.ErrClosed):
		m.notice = "The presenter has closed this question; answers are no longer taken."
	case err != nil:
		m.notice = "Your answer was not taken: " + err.Error()
	default:
		m.notice, m.resent = "", before // the card says "answer sent"
	}
}

// sent is the student's answer to the frame's question, as the hub took it.
func (m *Student) sent() (classroom.Sent, bool) {
	q := m.frame.Question
	if q == nil || m.student == nil {
		return classroom.Sent{}, false
	}
	return m.hub.SentBy(m.student, q.ID)
}

// unsent reports whether the pad holds an answer other than the one sent:
// the student changed it and has not pressed enter yet.
func (m *Student) unsent(sent classroom.Sent) bool {
	if m.pad == nil {
		return false
	}
	r, hint := m.pad.Response()
	if hint != "" {
		return true
	}
	card := m.pad.Card()
	return quiz.Describe(card, r).Line(card.Question.Type) != sent.Text
}

// ShortHelp implements help.KeyMap: the keys the screen names now (the
// footer's while following).
func (m *Student) ShortHelp() []key.Binding {
	switch m.phase {
	case phaseName:
		return []key.Binding{m.keys.Enter, m.keys.Esc, m.keys.ForceQuit}
	case phaseFollow:
		pad := m.openPad()
		return m.keys.footerKeys(pad, pad != nil && pad.Typing())
	}
	return nil
}

// FullHelp implements help.KeyMap: every key the screen answers to now.
func (m *Student) FullHelp() [][]key.Binding {
	if m.phase != phaseFollow {
		return [][]key.Binding{m.ShortHelp()}
	}
	pad := m.openPad()
	return [][]key.Binding{m.keys.fullKeys(pad, pad != nil && pad.Typing())}
}
