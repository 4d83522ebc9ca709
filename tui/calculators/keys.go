package calculators

import (
	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
)

// KeyMap is every key the calculators answer to; each screen shows the
// ones it uses. The shared map gives the menu's moves (Up, Down, Pick),
// Back, and the composition diagram's Left and Right.
type KeyMap struct {
	common.KeyMap
	// Menu.
	Open key.Binding
	// Every calculator.
	Next, Prev key.Binding
	// Nines ↔ downtime.
	TenthUp, TenthDown, NineUp, NineDown key.Binding
	// Budget: the period picker.
	PeriodPrev, PeriodNext key.Binding
	// Composition: the diagram.
	Add, Replica, Delete, Rename, Edit, KofN, More, Less, Presets key.Binding
	// Composition: simulate the system, step the common-cause share up
	// and down, and step the shared dependency.
	Simulate, CommonCause, CommonCauseBack, Shared key.Binding
	// Composition: a field editing the selected block.
	Confirm, Cancel key.Binding
}

// DefaultKeyMap returns the calculators' keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Open = k.Select
	k.Pick.SetHelp("1-9", "open by number") // the menu names its own range

	k.Next = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field"))
	k.Prev = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("⇧tab", "previous"))

	k.TenthUp = key.NewBinding(key.WithKeys("up", "+", "="), key.WithHelp("↑/+", "+0.1 nine"))
	k.TenthDown = key.NewBinding(key.WithKeys("down", "-"), key.WithHelp("↓/-", "−0.1 nine"))
	k.NineUp = key.NewBinding(key.WithKeys("shift+up", "]"), key.WithHelp("⇧↑/]", "+1 nine"))
	k.NineDown = key.NewBinding(key.WithKeys("shift+down", "["), key.WithHelp("⇧↓/[", "−1 nine"))

	k.PeriodPrev = common.WithHelp(k.Left, "←/h", "period")
	k.PeriodNext = common.WithHelp(k.Right, "→/l", "period")

	k.Left.SetHelp("←", "select")
	k.Right.SetHelp("→", "select")
	k.Add = key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add in series"))
	k.Replica = key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "parallel replica"))
	k.Delete = key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "delete"))
	k.Rename = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rename"))
	k.Edit = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit availability"))
	k.KofN = key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "k-of-n"))
	k.More = key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "replica on weakest"))
	k.Less = key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "drop a replica"))
	k.Simulate = key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "simulate"))
	k.CommonCause = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "common cause up"))
	k.CommonCauseBack = key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "common cause down"))
	k.Shared = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "shared dependency"))
	var presets []string
	for _, p := range Presets {
		presets = append(presets, p.Key)
	}
	k.Presets = key.NewBinding(key.WithKeys(presets...), key.WithHelp("1/2/3", "presets"))

	k.Confirm = common.WithHelp(k.Select, "enter", "apply")
	k.Cancel = common.WithHelp(k.Back, "esc", "cancel")
	return k
}
