package presenter

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"faultline/internal/classroom"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// Classroom links the presenter to students following over SSH: every
// change is published to Hub as a classroom.Frame, and the presenter's
// screen shows how to join and, on quiz slides, the answers coming in.
type Classroom struct {
	// Hub fans the frames out and keeps the answers.
	Hub *classroom.Hub
	// Connect is the command students run, e.g. "ssh -p 2222 10.0.0.5".
	Connect string
	// Fingerprint is the server's host key as ssh-keygen prints it.
	Fingerprint string
	// KeysOnly reports that students log in with an authorized key
	// rather than the join code.
	KeysOnly bool
	// SaveResults, if set, writes every answer so far to the results
	// files and says where (e); it runs outside the event loop.
	SaveResults func() (string, error)
}

// publishFrame sends the current slide to the students: the presenter's
// state, the live widgets as text and the slide's question, if any.
func (m *Presenter) publishFrame() {
	if m.class == nil || m.class.Hub == nil || m.deck.Len() == 0 {
		return
	}
	f := classroom.Frame{State: m.State()}
	ws := m.visibleWidgets()
	if len(ws) > 0 && m.width > 0 && m.height > 0 && m.Focused() == nil {
		// Size the widgets as the screen shows them before taking their text.
		m.slideView(slideview.LayoutFor(m.width, m.height))
	}
	for i, w := range ws {
		if mw, ok := w.(common.Mirrored); ok {
			// Students draw it themselves, at their own size.
			if f.Live == nil {
				f.Live = make([]classroom.Drawing, len(ws))
			}
			f.Live[i] = mw.Mirror()
			f.Widgets = append(f.Widgets, "")
			continue
		}
		f.Widgets = append(f.Widgets, m.classroomText(w))
		if c, ok := w.(*quizCard); ok {
			if q := classroom.QuestionFrom(c.q, c.shown); q != nil && f.QuestionByID(q.ID) == nil {
				f.Questions = append(f.Questions, q)
			}
		}
	}
	if m.Focused() != nil {
		f.InUse = m.focus + 1
	}
	m.class.Hub.Publish(f)
	m.mirrored = m.now()
}

// mirrorEvery is the least time between two frames a playing scenario
// sends to students: five a second follow the run smoothly enough on a
// student's screen while 200 students' redraws (Bubble Tea's and SSH's,
// one per student) stay affordable on two cores; the projector itself
// draws up to scenarios.FPS. A frame skipped is never owed: the next
// carries the latest state, and a scenario that stops is sent at once.
const mirrorEvery = 200 * time.Millisecond

// followWidgets sends students the current slide again when a widget
// they draw themselves (a scenario) moved on its own, at most every
// mirrorEvery while it plays. Nothing is sent when nothing moved.
func (m *Presenter) followWidgets() {
	if m.class == nil || m.class.Hub == nil || m.deck.Len() == 0 {
		return
	}
	ws := m.visibleWidgets()
	for _, w := range ws {
		if p, ok := w.(interface{ Playing() bool }); ok && p.Playing() && m.now().Sub(m.mirrored) < mirrorEvery {
			return // the next frame will carry this one's change
		}
	}
	cur, _ := m.class.Hub.Current()
	for i, w := range ws {
		if mw, ok := w.(common.Mirrored); ok && (i >= len(cur.Live) || cur.Live[i] != mw.Mirror()) {
			m.publishFrame()
			return
		}
	}
}

// slideQuestions are the quiz cards of the current slide students can
// answer, in slide order.
func (m *Presenter) slideQuestions() []*quizCard {
	var out []*quizCard
	for _, w := range m.visibleWidgets() {
		if c, ok := w.(*quizCard); ok && classroom.Answerable(c.q) {
			out = append(out, c)
		}
	}
	return out
}

// slideQuestion is the quiz card of the current slide that r, c and x
// act on, or nil: the card in use; else the one last used on this slide;
// else the first. On a slide with several, the card says which it is.
func (m *Presenter) slideQuestion() *quizCard {
	cards := m.slideQuestions()
	if c, ok := m.Focused().(*quizCard); ok && slices.Contains(cards, c) {
		return c
	}
	if slices.Contains(cards, m.asked) {
		return m.asked
	}
	if len(cards) > 0 {
		return cards[0]
	}
	return nil
}

// markAsked tells the slide's answerable cards which of them the
// presenter's r, c and x act on, when there are several.
func (m *Presenter) markAsked() {
	cards := m.slideQuestions()
	asked := m.slideQuestion()
	if c, ok := m.Focused().(*quizCard); ok && c == asked {
		m.asked = c // using a card chooses it, and it stays chosen
	}
	for _, c := range cards {
		c.several, c.asked = len(cards) > 1, c == asked
	}
}

// questionName is how the presenter's notices name card c: by its id
// on a slide with several questions, else not at all ("").
func (m *Presenter) questionName(c *quizCard) string {
	if len(m.slideQuestions()) > 1 {
		return c.q.ID + ": "
	}
	return ""
}

// classroomLine is the row above the footer while students follow: the
// join code, how many are here and how to join, or on a quiz slide how many answered
// and, once revealed, the distribution. Empty without a classroom.
func (m *Presenter) classroomLine() string {
	if m.class == nil || m.class.Hub == nil {
		return ""
	}
	st := m.ctx.Styles
	if m.mode == modeReset {
		return common.Cut(" "+st.App.Notice.Bold(true).Render(m.resetQuestion()), m.width)
	}
	h := m.class.Hub
	n := h.Students()
	var parts []string
	if !m.class.KeysOnly {
		// The code first: on a narrow screen it is what must not be cut.
		parts = append(parts, st.App.Dim.Render("code ")+st.App.Title.Render(h.JoinCode()))
	}
	if c := m.slideQuestion(); c != nil {
		t := h.Tally(c.q.ID)
		which := ""
		if cards := m.slideQuestions(); len(cards) > 1 {
			which = fmt.Sprintf("Q%d/%d %s: ", slices.Index(cards, c)+1, len(cards), c.q.ID)
		}
		parts = append(parts, st.App.Notice.Bold(true).Render(fmt.Sprintf("%s%d of %d answered", which, t.Present, t.Connected)))
		if t.Closed && !c.shown {
			parts = append(parts, st.App.Notice.Render("answers closed (c reopens)"))
		}
		if c.shown {
			if t.Counts != nil {
				parts = append(parts, distribution(t.Counts))
			} else {
				parts = append(parts, st.Diagram.Good.Render(fmt.Sprintf("%d right", t.Right))+" "+st.Diagram.Bad.Render(fmt.Sprintf("%d wrong", t.Wrong)))
			}
		}
	} else {
		parts = append(parts, st.App.Notice.Render(fmt.Sprintf("%d %s", n, plural(n, "student", "students"))))
	}
	if r := h.Refused(); r.Total() > 0 {
		parts = append(parts, st.App.Error.Render(refusedText(r)))
	}
	parts = append(parts, st.App.Dim.Render("join: "+m.class.Connect), st.App.Dim.Render("host key "+m.class.Fingerprint))
	return common.Cut(" "+strings.Join(parts, st.App.Dim.Render(" · ")), m.width)
}

// refusedText says how many were turned away and why: "3 refused
// (full 1, wrong codes 2)".
func refusedText(r classroom.Refusals) string {
	var why []string
	for i, n := range r {
		if n > 0 {
			why = append(why, fmt.Sprintf("%s %d", classroom.Refusal(i), n))
		}
	}
	return fmt.Sprintf("%d refused (%s)", r.Total(), strings.Join(why, ", "))
}

// distribution is the answers per choice as "A 3  B 7  C 0".
func distribution(counts []int) string {
	var b strings.Builder
	for i, c := range counts {
		if i > 0 {
			b.WriteString("  ")
		}
		fmt.Fprintf(&b, "%s %d", quiz.Letter(i), c)
	}
	return b.String()
}

// plural picks the singular or plural word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
