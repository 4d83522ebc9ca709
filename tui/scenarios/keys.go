package scenarios

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// ListKeyMap is the scenario list's keys: the shared moves, and Open,
// which plays the scenario under the cursor.
type ListKeyMap struct {
	common.KeyMap
	Open key.Binding
}

// DefaultListKeyMap returns the scenario list's keys.
func DefaultListKeyMap() ListKeyMap {
	k := ListKeyMap{KeyMap: common.DefaultKeyMap()}
	k.Open = key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", "play"))
	return k
}

// PlayerKeyMap is the scenario player's keys: the shared Back, and its
// own for playing, faults, and the parameter form.
type PlayerKeyMap struct {
	common.KeyMap
	Play, Step, Faster, Slower, Restart                                    key.Binding
	Crash, Cut, Slow, Heal                                                 key.Binding
	Edit, Mark, Summary, Challenge                                         key.Binding
	FormUp, FormDown, FormLess, FormMore, FormErase, FormApply, FormCancel key.Binding
}

// DefaultPlayerKeyMap returns the scenario player's keys.
func DefaultPlayerKeyMap() PlayerKeyMap {
	k := PlayerKeyMap{KeyMap: common.DefaultKeyMap()}
	k.Play = key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "play/pause"))
	k.Step = key.NewBinding(key.WithKeys(".", "s"), key.WithHelp(".", "step"))
	k.Faster = key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", "speed"))
	k.Slower = key.NewBinding(key.WithKeys("-", "_"), key.WithHelp("-", "slower"))
	k.Restart = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "restart"))
	k.Crash = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "crash primary"))
	k.Cut = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "cut a link"))
	k.Slow = key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "slow a node"))
	k.Heal = key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "heal"))
	k.Edit = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "parameters"))
	k.Mark = key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark to compare"))
	k.Summary = key.NewBinding(key.WithKeys("enter", "S"), key.WithHelp("S", "summary"))
	k.Challenge = key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "next challenge"))

	k.FormUp = key.NewBinding(key.WithKeys("up", "shift+tab"), key.WithHelp("↑/↓", "parameter"))
	k.FormDown = key.NewBinding(key.WithKeys("down", "tab"), key.WithHelp("↓", "next parameter"))
	k.FormLess = key.NewBinding(key.WithKeys("left"), key.WithHelp("←/→", "change or type"))
	k.FormMore = key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "more"))
	k.FormErase = key.NewBinding(key.WithKeys("backspace"), key.WithHelp("backspace", "erase"))
	k.FormApply = common.WithHelp(k.Select, "enter", "restart with these")
	k.FormCancel = common.WithHelp(k.Back, "esc", "cancel")
	return k
}
