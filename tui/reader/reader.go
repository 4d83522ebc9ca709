// Package reader is the lesson reader: one section per page, scrolled when
// long, with where you are and how far you have come.
package reader

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/tui/common"
)

// RenderFunc draws section index of lesson at width. The reader calls it
// on every page turn and resize, so it should cache.
type RenderFunc func(lesson lessons.Lesson, index, width int) string

// Model is the lesson reader.
type Model struct {
	ctx           *common.Context
	keys          KeyMap
	lesson        lessons.Lesson
	index         int
	render        RenderFunc
	vp            viewport.Model
	width, height int
	now           func() time.Time
	// picking is true while the student chooses which of the section's
	// live blocks to open.
	picking bool
	// peek is set when the lesson was opened to look something up: nothing
	// is marked read, and the end of the lesson is not its completion.
	peek bool
	// view is the last frame drawn; it is redrawn only after a change,
	// so frames the program asks for while nothing moves cost nothing.
	view string
	// pending says what the section drawn still waits for (a simulation
	// under way), nil for nothing; see AwaitWith.
	pending func() func()
}

// drawnMsg says that what the section drawn waited for is done: the
// reader draws it again.
type drawnMsg struct{}

// AwaitWith gives the reader a way to learn that its RenderFunc drew
// something unfinished, such as a simulation still running: pending
// returns a function that blocks until it is done, or nil. The reader
// waits in a command and draws the section again when it returns.
func (m *Model) AwaitWith(pending func() func()) *Model {
	m.pending = pending
	return m
}

// await is the command that waits for what the section drawn is missing.
func (m *Model) await() tea.Cmd {
	if m.pending == nil {
		return nil
	}
	wait := m.pending()
	if wait == nil {
		return nil
	}
	return func() tea.Msg {
		wait()
		return drawnMsg{}
	}
}

// New opens lesson at section index (clamped to the lesson).
func New(ctx *common.Context, lesson lessons.Lesson, index int, render RenderFunc) *Model {
	m := &Model{ctx: ctx, keys: DefaultKeyMap(), lesson: lesson, render: render, now: time.Now}
	m.vp = viewport.New()
	m.vp.KeyMap = viewport.KeyMap{} // the reader owns every key
	m.index = max(0, min(index, len(lesson.Sections)-1))
	return m
}

// Peek makes the reader one opened to look something up, from the
// glossary or a quiz's feedback: it marks nothing read, so Continue stays
// where the student was reading.
func (m *Model) Peek() *Model {
	m.peek = true
	return m
}

// Init implements common.Screen: it records the first section as read.
func (m *Model) Init() tea.Cmd { return tea.Batch(m.markRead(), m.await()) }

// Title implements common.Screen.
func (m *Model) Title() string { return m.lesson.Title }

// Section returns the index of the section shown.
func (m *Model) Section() int { return m.index }

// Lesson returns the lesson being read.
func (m *Model) Lesson() lessons.Lesson { return m.lesson }

// MaxTextWidth caps the width text is set at: on a wide terminal, lines
// longer than this are hard to follow from one end to the next.
const MaxTextWidth = 110

// headerHeight is the lines above the section: title, position, rule.
const headerHeight = 3

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.view = ""
	m.vp.SetWidth(max(0, w))
	m.vp.SetHeight(max(0, h-headerHeight))
	m.refresh(false)
}

// refresh re-renders the section; top scrolls back to its start.
func (m *Model) refresh(top bool) {
	if m.width <= 0 || len(m.lesson.Sections) == 0 {
		return
	}
	y := m.vp.YOffset()
	m.vp.SetContent(m.render(m.lesson, m.index, min(m.width, MaxTextWidth)))
	if top {
		m.vp.GotoTop()
	} else {
		m.vp.SetYOffset(y)
	}
}

// Update implements common.Screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	m.view = ""
	switch msg := msg.(type) {
	case drawnMsg:
		m.refresh(false)
		return m.await()
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return cmd
	}
	return nil
}

// live returns the current section's blocks that open as screens.
func (m *Model) live() []lessons.Block {
	var out []lessons.Block
	for _, b := range m.lesson.Sections[m.index].Blocks() {
		if common.Interactive(b) {
			out = append(out, b)
		}
	}
	return out
}

// Picking reports whether the reader is asking which live block to open.
func (m *Model) Picking() bool { return m.picking }

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.picking {
		return m.pick(msg)
	}
	last := len(m.lesson.Sections) - 1
	switch {
	case key.Matches(msg, m.keys.Open):
		switch live := m.live(); len(live) {
		case 0:
			return nil
		case 1:
			return common.OpenBlock(live[0])
		default:
			m.picking = true
			return nil
		}
	case key.Matches(msg, m.keys.Next):
		if m.index == last {
			return m.finish()
		}
		return m.goTo(m.index + 1)
	case key.Matches(msg, m.keys.Prev):
		return m.goTo(max(0, m.index-1))
	case key.Matches(msg, m.keys.Top):
		return m.goTo(0)
	case key.Matches(msg, m.keys.Bottom):
		return m.goTo(last)
	case key.Matches(msg, m.keys.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, m.keys.Down):
		m.vp.ScrollDown(1)
	case key.Matches(msg, m.keys.PageUp):
		m.vp.PageUp()
	case key.Matches(msg, m.keys.PageDown):
		if m.vp.AtBottom() {
			if m.index == last {
				return m.finish() // reading on past the end finishes the lesson
			}
			return m.goTo(m.index + 1) // space reads on, like a pager
		}
		m.vp.PageDown()
	case key.Matches(msg, m.keys.Back):
		return common.Back
	}
	return nil
}

// pick opens the live block whose number was typed; esc cancels.
func (m *Model) pick(msg tea.KeyPressMsg) tea.Cmd {
	live := m.live()
	if key.Matches(msg, m.keys.Pick) {
		if i := common.Index(msg, m.keys.Pick); i < len(live) {
			m.picking = false
			return common.OpenBlock(live[i])
		}
		return nil
	}
	if key.Matches(msg, m.keys.Back) {
		m.picking = false
	}
	return nil
}

// goTo shows section i and records it as read.
func (m *Model) goTo(i int) tea.Cmd {
	if i == m.index {
		return nil
	}
	m.index = i
	m.refresh(true)
	return tea.Batch(m.markRead(), m.await())
}

// finish says the lesson was read to its end, unless it was only opened to
// look something up.
func (m *Model) finish() tea.Cmd {
	if m.peek {
		return nil
	}
	return common.LessonDone(m.lesson.ID)
}

func (m *Model) markRead() tea.Cmd {
	if m.peek || len(m.lesson.Sections) == 0 {
		return nil
	}
	lesson, sec, idx, total, now := m.lesson.ID, m.lesson.Sections[m.index].ID, m.index, len(m.lesson.Sections), m.now()
	return m.ctx.SaveProgress(func(s *progress.State) { s.MarkRead(lesson, sec, idx, total, now) })
}

// View implements common.Screen.
func (m *Model) View() string {
	if m.view == "" {
		m.view = m.draw()
	}
	return m.view
}

func (m *Model) draw() string {
	if len(m.lesson.Sections) == 0 {
		return m.ctx.Styles.App.Error.Render("This lesson has no sections.")
	}
	st := m.ctx.Styles
	sec := m.lesson.Sections[m.index]
	total := len(m.lesson.Sections)
	pos := fmt.Sprintf("Section %d of %d", m.index+1, total)
	scroll := ""
	if !(m.vp.AtTop() && m.vp.AtBottom()) {
		scroll = fmt.Sprintf(" · %3.0f%%", m.vp.ScrollPercent()*100)
	}
	title := st.App.Title.Render(sec.Title)
	meta := st.App.Subtitle.Render(pos + scroll)
	barWidth := max(0, min(30, m.width-lipgloss.Width(meta)-2))
	bar := common.ProgressBar(m.index+1, total, barWidth, st.List.Selected, st.App.Dim)
	line2 := meta + "  " + bar
	rule := st.App.Dim.Render(strings.Repeat("─", max(0, m.width)))
	if m.picking {
		return strings.Join([]string{title, line2, rule, m.pickView()}, "\n")
	}
	return strings.Join([]string{title, line2, rule, m.vp.View()}, "\n")
}

// pickView lists the section's live blocks by number.
func (m *Model) pickView() string {
	st := m.ctx.Styles
	lines := []string{st.App.Title.Render("Open which one live?"), ""}
	for i, b := range m.live() {
		lines = append(lines, fmt.Sprintf("  %s %s", st.List.Selected.Render(fmt.Sprintf("%d", i+1)), b.Describe()))
	}
	lines = append(lines, "", st.App.Dim.Render("Type its number, or esc to go back to the section."))
	return strings.Join(lines, "\n")
}

// ShortHelp implements help.KeyMap. It names only keys that do something
// here: "enter: open live" on sections with something to open, next and
// previous where there is such a section, scrolling when the section is
// longer than the screen. esc comes before scrolling so a narrow help
// line, which drops the last keys first, keeps the way back.
func (m *Model) ShortHelp() []key.Binding {
	if m.picking {
		return []key.Binding{m.keys.Pick, common.WithHelp(m.keys.Back, "esc", "cancel")}
	}
	open, next, prev, down, pgdown := m.keys.Open, m.keys.Next, m.keys.Prev, m.keys.Down, m.keys.PageDown
	n := len(m.lesson.Sections)
	open.SetEnabled(n > 0 && len(m.live()) > 0)
	if n > 0 && m.index == n-1 {
		next.SetHelp("→/l", "finish lesson")
		next.SetEnabled(!m.peek)
	}
	prev.SetEnabled(m.index > 0)
	scrolls := !(m.vp.AtTop() && m.vp.AtBottom())
	down.SetEnabled(scrolls)
	pgdown.SetEnabled(scrolls)
	return []key.Binding{open, next, prev, m.keys.Back, down, pgdown}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	if m.picking {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Next, m.keys.Prev, m.keys.Top, m.keys.Bottom},
		{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown},
		{m.keys.Open, m.keys.Back},
	}
}
