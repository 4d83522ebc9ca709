package presenter

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is every key of the presenter: the shared map's (Quit asks
// first, Up and Down scroll a tall slide, Back shows a blanked slide
// again) and the lecture's own.
type KeyMap struct {
	common.KeyMap
	Next, Prev, First, Last key.Binding
	Digit, Jump             key.Binding
	Index, Blank, Timer     key.Binding
	// Join puts up the join screen while students follow (--serve).
	Join key.Binding
	// Roster lists who has joined and who has answered; Export saves
	// the results (with --serve).
	Roster, Export key.Binding
	// Reveal shows or hides the answer of the slide's question without
	// using the card first; CloseAnswers closes or reopens it to students'
	// answers and ResetAnswers forgets them, after a yes (--serve).
	Reveal, CloseAnswers, ResetAnswers key.Binding
	Focus, Cycle, CycleBack, Unfocus   key.Binding
	Yes                                key.Binding
	// The index of slides.
	IndexUp, IndexDown, IndexPageUp, IndexPageDown, IndexGo, IndexClose key.Binding
}

// DefaultKeyMap returns the presenter's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Help.SetHelp("?", "help")
	k.Quit.SetHelp("q", "quit (asks first)")
	k.ForceQuit.SetHelp("ctrl+c", "quit now")
	k.Next = key.NewBinding(key.WithKeys("right", "space", "l", "n", "pgdown"), key.WithHelp("→/space", "next"))
	k.Prev = key.NewBinding(key.WithKeys("left", "h", "p", "pgup"), key.WithHelp("←", "previous"))
	k.First = common.WithHelp(k.Top, "g/home", "first slide")
	k.Last = common.WithHelp(k.Bottom, "G/end", "last slide")
	k.Digit = key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("12 enter", "go to slide 12"))
	k.Jump = common.WithHelp(k.Select, "enter", "go / use the widget")
	k.Index = key.NewBinding(key.WithKeys("i", "tab"), key.WithHelp("i", "index of slides"))
	k.Blank = key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "blank the screen"))
	k.Timer = key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "pause/resume the timer"))
	k.Focus = common.WithHelp(k.Select, "enter", "use the slide's widget")
	k.Cycle = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field or widget (index if none in use)"))
	k.CycleBack = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("⇧tab", "previous field or widget"))
	k.Unfocus = common.WithHelp(k.Back, "esc", "back to the slides")
	k.Yes = key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes"))
	k.Join = key.NewBinding(key.WithKeys("j"), key.WithHelp("j", "join screen (with --serve)"))
	k.Roster = key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "who is here (with --serve)"))
	k.Export = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "save the results (with --serve)"))
	k.Reveal = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reveal/hide the answer"))
	k.CloseAnswers = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "close/reopen answers"))
	k.ResetAnswers = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "reset answers (asks first)"))
	// j is the join screen's, so scrolling is the arrows alone.
	k.Up = key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "scroll up"))
	k.Down = key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "scroll down"))

	k.IndexUp = key.NewBinding(key.WithKeys("up", "k", "left"), key.WithHelp("↑/↓", "choose"))
	k.IndexDown = key.NewBinding(key.WithKeys("down", "j", "right"), key.WithHelp("↓", "next"))
	k.IndexPageUp = key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup/pgdown", "page"))
	k.IndexPageDown = key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdown", "page down"))
	k.IndexGo = common.WithHelp(k.Select, "enter", "go")
	k.IndexClose = key.NewBinding(key.WithKeys("esc", "i", "tab", "q"), key.WithHelp("esc", "close"))
	return k
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Index, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap: the columns of the help overlay.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.First, k.Last, k.Digit, k.Index, common.Join("↑/↓", "scroll", k.Up, k.Down)},
		{k.Reveal, k.CloseAnswers, k.ResetAnswers},
		{k.Focus, common.Join("tab/⇧tab", "next/previous field, widget", k.Cycle, k.CycleBack), k.Unfocus, k.Blank, k.Timer, k.Join, k.Roster, k.Export},
		{common.Join("?/f1", "help", k.Help, k.HelpAnywhere), k.Quit, k.ForceQuit},
	}
}

// indexKeys is the help of the index of slides: its keys, as the line
// above the list names them.
type indexKeys struct{ KeyMap }

// ShortHelp implements help.KeyMap: the keys the index's title line names.
func (k indexKeys) ShortHelp() []key.Binding {
	return []key.Binding{common.Join("↑/↓", "choose", k.IndexUp, k.IndexDown), k.IndexGo, k.IndexClose}
}

// FullHelp implements help.KeyMap: every key of the index.
func (k indexKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		k.ShortHelp(),
		{common.Join("pgup/pgdown", "page", k.IndexPageUp, k.IndexPageDown), common.Join("g/G", "first/last", k.First, k.Last), k.ForceQuit},
	}
}
