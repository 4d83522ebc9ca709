package notes

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/lecture"
	"faultline/internal/lecture/link"
	"faultline/tui/common"
	"faultline/tui/components/sectionview"
	"faultline/tui/components/slideview"
	"faultline/tui/components/textwrap"
	"faultline/tui/theme"
)

// Notes is the speaker-notes view: it follows a presenter over
// lecture/link and shows the current slide, its notes, the next slide's
// title and the timer. It is its own root model.
type Notes struct {
	ctx     *common.Context
	updates <-chan link.Update
	now     func() time.Time
	keys    notesKeys

	state     lecture.State
	at        time.Time // when state arrived
	seen      bool      // a state has arrived
	connected bool
	scroll    int

	render *sectionview.Renderer
	cache  map[notesKey]string

	width, height int
}

// notesKeys is the notes view's keys: the shared map's quit and scroll.
type notesKeys struct{ common.KeyMap }

// ShortHelp implements help.KeyMap: the line under the notes.
func (k notesKeys) ShortHelp() []key.Binding {
	return []key.Binding{common.Join("↑/↓", "scroll", k.Up, k.Down), common.Join("q", "quit", k.Quit, k.ForceQuit)}
}

// FullHelp implements help.KeyMap.
func (k notesKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

type notesKey struct {
	notes string
	width int
}

// updateMsg carries one update from the link; closedMsg says the link
// stopped.
type (
	updateMsg link.Update
	closedMsg struct{}
)

// New returns the notes view reading updates (from link.Follow). now
// is the clock, nil for time.Now.
func New(ctx *common.Context, updates <-chan link.Update, now func() time.Time) *Notes {
	if now == nil {
		now = time.Now
	}
	return &Notes{
		ctx: ctx, updates: updates, now: now,
		keys:   notesKeys{common.DefaultKeyMap()},
		render: sectionview.New(ctx.Styles, ctx.Plain),
		cache:  map[notesKey]string{},
	}
}

// State returns the last state received and whether the presenter is
// connected now.
func (n *Notes) State() (lecture.State, bool) { return n.state, n.connected }

// wait reads the next update as a message.
func (n *Notes) wait() tea.Cmd {
	ch := n.updates
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		u, ok := <-ch
		if !ok {
			return closedMsg{}
		}
		return updateMsg(u)
	}
}

// Init implements tea.Model.
func (n *Notes) Init() tea.Cmd { return tea.Batch(tea.RequestBackgroundColor, n.wait()) }

// Update implements tea.Model.
func (n *Notes) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		n.width, n.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		n.ctx.Styles = theme.New(msg.IsDark())
		n.render.SetStyles(n.ctx.Styles)
		clear(n.cache)
	case updateMsg:
		n.apply(link.Update(msg))
		return n, n.wait()
	case closedMsg:
		n.connected = false
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, n.keys.Quit, n.keys.ForceQuit):
			return n, tea.Quit
		case key.Matches(msg, n.keys.Down):
			n.scroll++
		case key.Matches(msg, n.keys.Up):
			n.scroll = max(0, n.scroll-1)
		}
	}
	return n, nil
}

// apply takes in one update from the link.
func (n *Notes) apply(u link.Update) {
	n.connected = u.Connected
	if !u.Connected && !n.seen {
		return
	}
	if u.State.Slide != n.state.Slide || u.State.Deck != n.state.Deck {
		n.scroll = 0
	}
	n.state, n.at, n.seen = u.State, n.now(), true
}

// View implements tea.Model.
func (n *Notes) View() tea.View {
	v := tea.NewView(n.Content())
	v.AltScreen = true
	v.WindowTitle = "faultline lecture · notes"
	return v
}

// Content draws the notes view as text, width×height.
func (n *Notes) Content() string {
	if n.width <= 0 || n.height <= 0 {
		return ""
	}
	st := n.ctx.Styles
	w := max(1, n.width-4)
	if !n.seen {
		msg := st.App.Title.Render("Waiting for the presenter…") + "\n\n" +
			st.App.Dim.Render(textwrap.Wrap("Start `faultline lecture` in another terminal; these notes follow its slides.", w, "")) + "\n\n" +
			st.App.Dim.Render(common.Hint(n.keys.ShortHelp()))
		return common.Frame("\n"+msg, n.width, n.height, 2)
	}
	s := n.state
	header := st.List.Item.Render(fmt.Sprintf("Slide %d/%d", s.Slide+1, s.Slides))
	if s.Lesson != "" {
		header += st.App.Subtitle.Render(" · " + s.Lesson)
	}
	var status []string
	if !n.connected {
		status = append(status, st.App.Notice.Render("Presenter gone; waiting for it to come back…"))
	}
	if s.Blank {
		status = append(status, st.App.Notice.Render("The screen is blanked."))
	}
	top := []string{common.Fit(header, w, 1), n.timerLine(), ""}
	top = append(top, status...)
	top = append(top, st.App.Title.Render(textwrap.Wrap(s.Title, w, "")), "")

	next := st.App.Dim.Render("Next: ") + st.List.Item.Render(s.Next)
	if s.Next == "" {
		next = st.App.Dim.Render("Last slide.")
	}
	bottom := []string{"", common.Fit(next, w, 1), common.Fit(st.App.Dim.Render(common.Hint(n.keys.ShortHelp())), w, 1)}

	notes := st.App.Dim.Render("No notes for this slide.")
	if strings.TrimSpace(s.Notes) != "" {
		k := notesKey{s.Notes, w}
		if out, ok := n.cache[k]; ok {
			notes = out
		} else {
			notes = n.render.Markdown(s.Notes, w)
			n.cache[k] = notes
		}
	}
	body := strings.Split(strings.Join(top, "\n"), "\n")
	room := max(0, n.height-1-len(body)-len(bottom))
	lines := strings.Split(notes, "\n")
	n.scroll = min(n.scroll, max(0, len(lines)-room))
	lines = lines[n.scroll:]
	if len(lines) > room {
		lines = lines[:room]
		if room > 0 {
			lines[room-1] = st.App.Dim.Render("↓ more (j/↓)")
		}
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	body = append(body, lines...)
	body = append(body, bottom...)
	return common.Frame("\n"+strings.Join(body, "\n"), n.width, n.height, 2)
}

// timerLine is the presenter's timer as published, coloured like the
// presenter's footer.
func (n *Notes) timerLine() string {
	s := n.state
	var total time.Duration
	if s.Remaining != nil {
		total = s.Elapsed + *s.Remaining
	}
	t := lecture.NewTimer(total, n.at.Add(-s.Elapsed))
	if s.Paused {
		t = t.Toggle(n.at)
	}
	return slideview.TimerText(n.ctx.Styles, t, n.at)
}
