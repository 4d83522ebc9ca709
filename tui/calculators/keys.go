package calculators

import "charm.land/bubbles/v2/key"

// KeyMap is every key the calculators answer to; each screen shows the
// ones it uses.
type KeyMap struct {
	// Menu.
	Up, Down, Open key.Binding
	// Every calculator.
	Next, Prev, Back key.Binding
	// Nines ↔ downtime.
	TenthUp, TenthDown, NineUp, NineDown key.Binding
	// Budget: the period picker.
	PeriodPrev, PeriodNext key.Binding
	// Composition: the diagram.
	Left, Right, Add, Replica, Delete, Rename, Edit, KofN, More, Less, Presets key.Binding
	// Composition: a field editing the selected block.
	Confirm, Cancel key.Binding
}

// DefaultKeyMap returns the calculators' keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),

		Next: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
		Prev: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("⇧tab", "previous")),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),

		TenthUp:   key.NewBinding(key.WithKeys("up", "+", "="), key.WithHelp("↑/+", "+0.1 nine")),
		TenthDown: key.NewBinding(key.WithKeys("down", "-"), key.WithHelp("↓/-", "−0.1 nine")),
		NineUp:    key.NewBinding(key.WithKeys("shift+up", "]"), key.WithHelp("⇧↑/]", "+1 nine")),
		NineDown:  key.NewBinding(key.WithKeys("shift+down", "["), key.WithHelp("⇧↓/[", "−1 nine")),

		PeriodPrev: key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "period")),
		PeriodNext: key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "period")),

		Left:    key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "select")),
		Right:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", "select")),
		Add:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add in series")),
		Replica: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "parallel replica")),
		Delete:  key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", "delete")),
		Rename:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rename")),
		Edit:    key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit availability")),
		KofN:    key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "k-of-n")),
		More:    key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "replica on weakest")),
		Less:    key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "drop a replica")),
		Presets: key.NewBinding(key.WithKeys("1", "2", "3"), key.WithHelp("1/2/3", "presets")),

		Confirm: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply")),
		Cancel:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}
