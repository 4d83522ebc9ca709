package presenter

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
	"faultline/tui/live"
)

// newWidget builds the live widget of block b: a calculator, a scenario
// player or a quiz question card. A block that names nothing faultline
// knows gives a widget that says so.
func newWidget(ctx *common.Context, bank *quiz.Bank, b lessons.Block) common.Screen {
	w, err := live.Open(ctx, bank, b, func(q quiz.Question) common.Screen { return newQuizCard(ctx, q) })
	if err != nil {
		return newNote(ctx, termtext.Clean(err.Error())+".")
	}
	return w
}

// note is a widget that only shows a message, for a block that cannot be
// drawn; esc hands the keys back to the slides.
type note struct {
	ctx           *common.Context
	text          string
	back          key.Binding
	width, height int
}

func newNote(ctx *common.Context, text string) *note {
	return &note{ctx: ctx, text: text, back: common.WithHelp(common.DefaultKeyMap().Back, "esc", "back to the slides")}
}

// Init implements common.Screen.
func (n *note) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (n *note) Title() string { return "Note" }

// SetSize implements common.Screen.
func (n *note) SetSize(w, h int) { n.width, n.height = w, h }

// ShortHelp implements help.KeyMap.
func (n *note) ShortHelp() []key.Binding { return []key.Binding{n.back} }

// FullHelp implements help.KeyMap.
func (n *note) FullHelp() [][]key.Binding { return [][]key.Binding{n.ShortHelp()} }

// Update implements common.Screen.
func (n *note) Update(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok && key.Matches(kp, n.back) {
		return common.Back
	}
	return nil
}

// View implements common.Screen.
func (n *note) View() string {
	return common.Fit(n.ctx.Styles.App.Error.Render(textwrap.Wrap(n.text, max(1, n.width), "")), n.width, n.height)
}
