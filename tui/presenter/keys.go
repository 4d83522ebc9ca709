package presenter

import "charm.land/bubbles/v2/key"

// KeyMap is every key of the presenter.
type KeyMap struct {
	Next, Prev, First, Last key.Binding
	Digit, Jump             key.Binding
	Index, Blank, Timer     key.Binding
	Focus, Cycle, Unfocus   key.Binding
	Help, Quit, ForceQuit   key.Binding
	Yes                     key.Binding
	Up, Down                key.Binding
}

// DefaultKeyMap returns the presenter's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:      key.NewBinding(key.WithKeys("right", "space", "l", "n", "pgdown"), key.WithHelp("→/space", "next")),
		Prev:      key.NewBinding(key.WithKeys("left", "h", "p", "pgup"), key.WithHelp("←", "previous")),
		First:     key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first slide")),
		Last:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last slide")),
		Digit:     key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("12 enter", "go to slide 12")),
		Jump:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go / use the widget")),
		Index:     key.NewBinding(key.WithKeys("i", "tab"), key.WithHelp("i", "index of slides")),
		Blank:     key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "blank the screen")),
		Timer:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "pause/resume the timer")),
		Focus:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "use the slide's widget")),
		Cycle:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next widget (index if none in use)")),
		Unfocus:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the slides")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit (asks first)")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Yes:       key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Index, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap: the columns of the help overlay.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.First, k.Last, k.Digit, k.Index},
		{k.Focus, k.Cycle, k.Unfocus, k.Blank, k.Timer},
		{k.Help, k.Quit, k.ForceQuit},
	}
}
