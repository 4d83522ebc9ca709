package lecture

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/scenario"
	"faultline/tui/calculators"
	"faultline/tui/common"
	"faultline/tui/scenarios"
)

// scenarioSeed fixes the randomness of scenarios played on slides, so a
// rehearsal and the lecture run alike.
const scenarioSeed = 1

// newWidget builds the live widget of block b: a calculator, a scenario
// player or a quiz question. A block that names nothing faultline knows
// gives a widget that says so.
func newWidget(ctx *common.Context, bank *quiz.Bank, b lessons.Block) common.Screen {
	arg := func(i int) string {
		if i < len(b.Args) {
			return b.Args[i]
		}
		return ""
	}
	switch b.Kind {
	case lessons.KindNines:
		return calculators.NewNines(ctx, arg(0), "")
	case lessons.KindCompose:
		return calculators.NewCompose(ctx, strings.Join(b.Args, " "))
	case lessons.KindMTBF:
		return calculators.NewMTBF(ctx, arg(0), arg(1))
	case lessons.KindScenario:
		spec, ok := scenario.Lookup(arg(0))
		if !ok {
			return newNote(ctx, fmt.Sprintf("No scenario named %q (known: %s).", arg(0), strings.Join(scenario.Names(), ", ")))
		}
		return scenarios.NewPlayer(ctx, spec, spec.Defaults(), scenarioSeed)
	case lessons.KindQuiz:
		if bank == nil {
			return newNote(ctx, fmt.Sprintf("Question %s: no question bank is loaded.", arg(0)))
		}
		q, ok := bank.ByID(arg(0))
		if !ok {
			return newNote(ctx, fmt.Sprintf("No question %q in the bank.", arg(0)))
		}
		return newQuizCard(ctx, q)
	}
	return newNote(ctx, fmt.Sprintf("faultline cannot draw a %q block.", b.Kind))
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
	return &note{ctx: ctx, text: text, back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the slides"))}
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
	return common.Fit(n.ctx.Styles.App.Error.Render(lipgloss.Wrap(n.text, max(1, n.width), "")), n.width, n.height)
}
