// Package app is the root of faultline's TUI: it owns the window, the theme
// and the stack of open screens, handles the global keys and routes every
// other message to the screen on top.
package app

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
	"faultline/tui/coursemap"
	"faultline/tui/home"
	"faultline/tui/lessondone"
	"faultline/tui/quizscreen"
	"faultline/tui/reader"
	"faultline/tui/theme"
)

// Minimum size below which screens are replaced by a note asking for more room.
const (
	MinWidth  = 40
	MinHeight = 10
)

// Model is the root model.
type Model struct {
	ctx           *common.Context
	keys          KeyMap
	help          help.Model
	stack         []common.Screen
	home          *home.Model
	open          Openers
	width, height int
	mouse         bool
	notice        string // stays until dismissed with esc
	// load reads the course while the first frames are drawn; nil once
	// the course is in place. Keys pressed meanwhile wait in held, as do
	// keys typed before an earlier key's command has answered (settle.go).
	load Loader
	held []tea.KeyPressMsg
	// settling counts the followed commands not yet answered; gen tells
	// the answers of an earlier round from this one's.
	settling int
	gen      uint64
	err      error
}

// New returns the root model with the home screen open. cfg.Notice, if
// not empty, is shown under the header, wrapped, until the student
// dismisses it with esc (for example that a corrupt progress file was
// moved aside, and its new name).
func New(ctx *common.Context, cfg Config) *Model {
	m := &Model{ctx: ctx, keys: DefaultKeyMap(), help: help.New(), mouse: cfg.Mouse, notice: termtext.Neutralize(cfg.Notice)}
	if ctx.Course == nil && cfg.Load != nil {
		if cfg.Start != nil {
			// A start screen needs the course before the first frame.
			ctx.Course, ctx.Bank, m.err = cfg.Load()
		} else {
			m.load = cfg.Load
		}
	}
	if ctx.Course == nil {
		ctx.Course = &lessons.Course{}
	}
	m.open = newOpeners(ctx)
	m.home = home.New(ctx, m.homeEntries())
	m.home.SetStanding(m.standing())
	m.stack = []common.Screen{m.home}
	m.applyTheme(ctx.Styles.IsDark)
	if cfg.Start != nil {
		m.stack = append(m.stack, cfg.Start(ctx))
	}
	return m
}

// Init implements tea.Model: it asks the terminal for its background colour.
func (m *Model) Init() tea.Cmd {
	if m.err != nil {
		return tea.Quit
	}
	return tea.Batch(tea.RequestBackgroundColor, m.loadCmd(), m.top().Init())
}

func (m *Model) top() common.Screen { return m.stack[len(m.stack)-1] }

// Top returns the screen on top of the stack.
func (m *Model) Top() common.Screen { return m.top() }

// Update implements tea.Model. Order: window and theme, global keys,
// messages that screens send up, then the screen on top.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(max(0, msg.Width-2*padding))
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		m.applyTheme(msg.IsDark())
		m.resize() // cached renders depend on the theme
		return m, nil
	case loadedMsg:
		return m, m.loaded(msg)
	case settledMsg:
		return m, m.settled(msg)
	case slowMsg:
		return m, m.slow(msg)
	case tea.KeyPressMsg:
		if m.holding() && !key.Matches(msg, m.keys.ForceQuit) &&
			!(m.loading() && key.Matches(msg, m.keys.Quit)) {
			m.hold(msg)
			return m, nil
		}
		if cmd, handled := m.globalKey(msg); handled {
			return m, cmd
		}
		if c, ok := m.top().(common.Capturing); ok && c.Capturing() {
			return m, m.top().Update(common.CleanPaste(msg))
		}
		return m, m.follow(m.top().Update(msg))
	case common.OpenMsg:
		return m, m.push(msg.Screen)
	case common.OpenLessonMsg:
		return m, m.push(m.open.Lesson(msg.Lesson, msg.Section, msg.Peek))
	case common.LessonDoneMsg:
		if l, ok := m.ctx.Course.Lesson(msg.Lesson); ok {
			return m, m.push(lessondone.New(m.ctx, l))
		}
		return m, nil
	case common.OpenQuizMsg:
		// A lesson's own quiz is self-study; the missed questions offered
		// from the lesson-complete screen are a review.
		opt := quizscreen.Options{Seed: uint64(time.Now().UnixNano()), Now: time.Now, Lesson: msg.Scored, SecondTry: quiz.ModeOf(msg.Scored == "").SecondTry()}
		return m, m.push(quizscreen.New(m.ctx, msg.Title, msg.Questions, opt))
	case common.NextLessonMsg:
		m.popLessonDone()
		return m, m.push(m.open.Lesson(msg.Lesson, -1, false))
	case common.OpenBlockMsg:
		s, err := m.open.Block(msg.Block)
		if err != nil {
			m.setNotice("Cannot open it: " + err.Error())
			return m, nil
		}
		return m, m.push(s)
	case common.BackMsg:
		if len(m.stack) > 1 {
			m.stack = m.stack[:len(m.stack)-1]
			m.resize()
			return m, nil
		}
		return m, tea.Quit
	case common.ProgressSavedMsg:
		if msg.Err != nil {
			m.setNotice("Could not save progress: " + msg.Err.Error())
		} else {
			if msg.Notice != "" {
				m.setNotice(msg.Notice) // a corrupt file met on saving
			}
			m.ctx.Progress = msg.State
			m.refreshHome() // "Continue" and the standing follow the student
		}
		return m, nil
	}
	return m, m.top().Update(common.CleanPaste(msg))
}

// globalKey handles the keys that work everywhere; handled is false when
// the key belongs to the screen.
func (m *Model) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if key.Matches(msg, m.keys.ForceQuit) {
		return tea.Quit, true
	}
	if key.Matches(msg, m.keys.HelpAnywhere) {
		// f1 reaches the help from a text field too, where ? is typed.
		m.help.ShowAll = !m.help.ShowAll
		m.resize()
		return nil, true
	}
	if key.Matches(msg, m.keys.CourseMap) {
		// A control key: it reaches the map even from a text field.
		return m.openCourseMap(), true
	}
	if m.notice != "" && key.Matches(msg, m.keys.Dismiss) {
		// The notice goes first, even from a text field.
		m.setNotice("")
		return nil, true
	}
	if c, ok := m.top().(common.Capturing); ok && c.Capturing() {
		return nil, false
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.resize()
		return nil, true
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit, true
	}
	return nil, false
}

// openCourseMap opens the course map on top, unless it is on top already.
func (m *Model) openCourseMap() tea.Cmd {
	if _, ok := m.top().(*coursemap.Model); ok {
		return nil
	}
	return m.push(coursemap.New(m.ctx, time.Now))
}

// setNotice shows s under the header until it is dismissed; empty hides it.
func (m *Model) setNotice(s string) {
	m.notice = termtext.Neutralize(s)
	m.resize()
}

// noticeLines is the notice wrapped to the window, with how to dismiss
// it; at most half the window, so the screen keeps some room.
func (m *Model) noticeLines() []string {
	if m.notice == "" || m.width <= 2*padding {
		return nil
	}
	text := textwrap.Wrap(m.notice+" (esc dismisses)", m.width-2*padding, " ")
	lines := strings.Split(text, "\n")
	if most := max(1, m.height/2); len(lines) > most {
		lines = lines[:most]
		lines[most-1] = ansi.Truncate(lines[most-1], m.width-2*padding-1, "") + "…"
	}
	return lines
}

// popLessonDone closes the lesson-complete screen and the reader of the
// finished lesson beneath it, so the next lesson takes their place.
func (m *Model) popLessonDone() {
	if _, ok := m.top().(*lessondone.Model); ok && len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
	}
	if _, ok := m.top().(*reader.Model); ok && len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
	}
}

func (m *Model) push(s common.Screen) tea.Cmd {
	if s == nil {
		return nil
	}
	m.stack = append(m.stack, s)
	m.resize()
	return s.Init()
}

// applyTheme rebuilds the styles for the background and the help styles.
func (m *Model) applyTheme(isDark bool) {
	m.ctx.Styles = theme.New(isDark)
	m.help.Styles = help.DefaultStyles(isDark)
	m.open.ThemeChanged()
}

// chrome is the height of the header (its line, the notice, a blank
// line) and of the help below the screen.
func (m *Model) chrome() (header, footer int) {
	return 2 + len(m.noticeLines()), lipgloss.Height(m.helpView())
}

// resize gives every open screen the room left by the chrome.
func (m *Model) resize() {
	header, footer := m.chrome()
	w, h := max(0, m.width-2*padding), max(0, m.height-header-footer)
	for _, s := range m.stack {
		s.SetSize(w, h)
	}
}

// padding is the blank columns left and right of every screen.
const padding = 1

func (m *Model) helpView() string {
	keys := helpKeys{screen: m.top(), global: m.keys, back: len(m.stack) > 1, notice: m.notice != ""}
	if m.help.ShowAll {
		return m.help.View(keys)
	}
	unbounded := m.help
	unbounded.SetWidth(0)
	return m.help.ShortHelpView(keys.fit(unbounded.ShortHelpView, m.help.Width()))
}

// View implements tea.Model.
func (m *Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.WindowTitle = "faultline · " + m.top().Title()
	if m.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m *Model) content() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	if m.width < MinWidth || m.height < MinHeight {
		msg := fmt.Sprintf("faultline needs at least %d×%d; this window is %d×%d.", MinWidth, MinHeight, m.width, m.height)
		return common.Fit(lipgloss.NewStyle().Width(m.width).Render(msg), m.width, m.height)
	}
	st := m.ctx.Styles
	header, footer := m.chrome()
	bodyHeight := max(0, m.height-header-footer)
	body := common.Frame(m.top().View(), m.width-padding, bodyHeight, padding)
	help := common.Frame(m.helpView(), m.width, footer, padding)
	return common.Fit(m.headerView(st), m.width, header) + "\n" + body + "\n" + help
}

// headerView is the breadcrumb and, if any, the notice under it.
func (m *Model) headerView(st theme.Styles) string {
	crumbs := make([]string, 0, len(m.stack))
	for _, s := range m.stack {
		crumbs = append(crumbs, s.Title())
	}
	// Where the trail is wider than the window, the earlier screens give
	// way to "…" first: the screen open now keeps its whole name.
	trail := crumbs[1:]
	for i := 0; i < len(trail)-1 && lipgloss.Width(" faultline "+strings.Join(trail, " › ")) > m.width; i++ {
		trail[i] = "…"
	}
	left := st.App.Title.Render(" faultline ") + st.App.Subtitle.Render(strings.Join(trail, " › "))
	if len(crumbs) == 1 {
		left = st.App.Title.Render(" faultline")
	}
	for _, l := range m.noticeLines() {
		left += "\n" + strings.Repeat(" ", padding) + st.App.Notice.Render(l)
	}
	return left + "\n"
}

// helpKeys joins a screen's keys with the global ones for the help line.
type helpKeys struct {
	screen common.Screen
	global KeyMap
	// back is set above home: the way back (esc) is then kept on the
	// line with the global keys.
	back   bool
	notice bool // a notice is shown: esc dismisses it first
}

func (h helpKeys) ShortHelp() []key.Binding {
	lead, screen, kept := h.parts()
	return append(append(lead, screen...), kept...)
}

// parts splits the short help into what leads it (esc to dismiss a
// notice), the screen's keys, which may be left out when the line is
// narrow, and the keys it always keeps: the way back (the screen's esc
// binding), ? for the rest of the keys and q to quit, or while the screen
// takes every key, the way back, the help key that still works and ctrl+c.
func (h helpKeys) parts() (lead, screen, kept []key.Binding) {
	if h.notice {
		lead = []key.Binding{h.global.Dismiss}
	}
	back, found := key.Binding{}, false
	for _, b := range h.screen.ShortHelp() {
		if h.back && !found && b.Enabled() && slices.Contains(b.Keys(), "esc") {
			back, found = b, true
			continue
		}
		screen = append(screen, b)
	}
	if h.back && !found {
		back, found = escBinding(h.screen.FullHelp())
	}
	if found {
		kept = append(kept, back)
	}
	if c, ok := h.screen.(common.Capturing); ok && c.Capturing() {
		return lead, screen, append(kept, h.global.HelpAnywhere, h.global.ForceQuit) // q and ? type
	}
	return lead, screen, append(kept, h.global.Help, h.global.Quit)
}

// escBinding is the first enabled binding of groups that esc presses.
func escBinding(groups [][]key.Binding) (key.Binding, bool) {
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() && slices.Contains(b.Keys(), "esc") {
				return b, true
			}
		}
	}
	return key.Binding{}, false
}

// fit returns the short help's bindings, leaving out the screen's last
// ones until the line, as drawn by view with no width limit, fits width,
// so the lead and kept keys (dismiss, back, ? for the rest of the keys, q
// to quit) are never the ones cut off. Each entry is measured once: the
// line is as wide as its entries and the separators between them.
func (h helpKeys) fit(view func([]key.Binding) string, width int) []key.Binding {
	lead, all, kept := h.parts()
	var screen []key.Binding
	for _, b := range all {
		if b.Enabled() {
			screen = append(screen, b)
		}
	}
	line := append(append(append([]key.Binding{}, lead...), screen...), kept...)
	total := lipgloss.Width(view(line))
	if width <= 0 || total <= width || len(screen) == 0 {
		return line
	}
	widths, sum := make([]int, len(line)), 0
	for i, b := range line {
		widths[i] = lipgloss.Width(view([]key.Binding{b}))
		sum += widths[i]
	}
	sep := 0
	if len(line) > 1 {
		sep = (total - sum) / (len(line) - 1)
	}
	n := len(screen)
	for n > 0 && total > width {
		n--
		total -= widths[len(lead)+n] + sep
	}
	return append(append(lead, screen[:n:n]...), kept...)
}

func (h helpKeys) FullHelp() [][]key.Binding {
	if h.notice {
		return append([][]key.Binding{{h.global.Dismiss}}, h.fullHelp()...)
	}
	return h.fullHelp()
}

func (h helpKeys) fullHelp() [][]key.Binding {
	return append(h.screen.FullHelp(), []key.Binding{h.global.Help, h.global.HelpAnywhere, h.global.CourseMap, h.global.Quit, h.global.ForceQuit})
}
