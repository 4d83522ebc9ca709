package scenarios

import "charm.land/bubbles/v2/key"

// ListKeyMap is the scenario list's keys.
type ListKeyMap struct {
	Up, Down, Open, Back key.Binding
}

// DefaultListKeyMap returns the scenario list's keys.
func DefaultListKeyMap() ListKeyMap {
	return ListKeyMap{
		Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open: key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "play")),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// PlayerKeyMap is the scenario player's keys.
type PlayerKeyMap struct {
	Play, Step, Faster, Slower, Restart                         key.Binding
	Crash, Cut, Slow, Heal                                      key.Binding
	Edit, Mark, Summary, Challenge, Back                        key.Binding
	FormUp, FormDown, FormLess, FormMore, FormApply, FormCancel key.Binding
}

// DefaultPlayerKeyMap returns the scenario player's keys.
func DefaultPlayerKeyMap() PlayerKeyMap {
	return PlayerKeyMap{
		Play:      key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "play/pause")),
		Step:      key.NewBinding(key.WithKeys(".", "s"), key.WithHelp(".", "step")),
		Faster:    key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", "speed")),
		Slower:    key.NewBinding(key.WithKeys("-", "_"), key.WithHelp("-", "slower")),
		Restart:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "restart")),
		Crash:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "crash primary")),
		Cut:       key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "cut a link")),
		Slow:      key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "slow a node")),
		Heal:      key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "heal")),
		Edit:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "parameters")),
		Mark:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark to compare")),
		Summary:   key.NewBinding(key.WithKeys("enter", "S"), key.WithHelp("S", "summary")),
		Challenge: key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "next challenge")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),

		FormUp:     key.NewBinding(key.WithKeys("up", "shift+tab"), key.WithHelp("↑/↓", "parameter")),
		FormDown:   key.NewBinding(key.WithKeys("down", "tab"), key.WithHelp("↓", "next parameter")),
		FormLess:   key.NewBinding(key.WithKeys("left"), key.WithHelp("←/→", "change or type")),
		FormMore:   key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "more")),
		FormApply:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "restart with these")),
		FormCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}
