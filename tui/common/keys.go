package common

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// KeyMap is the keys every screen shares: the root's global keys and the
// moves most screens make. A screen's own key map embeds it, renames a
// binding's help where the screen gives the key its own meaning, and adds
// the keys only it has; so the same move is the same key everywhere.
type KeyMap struct {
	// Quit and ForceQuit leave faultline; Help shows every key.
	Quit, ForceQuit, Help key.Binding
	// HelpAnywhere shows every key too, also where ? is text: in a
	// focused text field, which takes ? and q as it takes any letter.
	HelpAnywhere key.Binding
	// CourseMap opens the course map from any screen of the self-study
	// course. It is a control key, so no text field ever types it.
	CourseMap key.Binding
	// Back closes the screen or cancels what is under way.
	Back key.Binding
	// Up, Down, Left and Right move the cursor or the view.
	Up, Down, Left, Right key.Binding
	// Top and Bottom go to the first and the last item.
	Top, Bottom key.Binding
	// PageUp and PageDown scroll a page.
	PageUp, PageDown key.Binding
	// Select opens or confirms what the cursor is on.
	Select key.Binding
	// Filter starts typing a filter.
	Filter key.Binding
	// Pick chooses an item by its number.
	Pick key.Binding
	// Yes and No answer a question the screen asks, such as whether to
	// leave a quiz before its end.
	Yes, No key.Binding
}

// DefaultKeyMap returns the shared keys with their usual help.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:         key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:    key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		HelpAnywhere: key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", "help")),
		CourseMap:    key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "course map")),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Up:           key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:         key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "left")),
		Right:        key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "right")),
		Top:          key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		Bottom:       key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		PageUp:       key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("space", "page down")),
		Select:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Filter:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Pick:         key.NewBinding(key.WithKeys(Digits...), key.WithHelp("1-9", "pick by number")),
		Yes:          key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", "yes")),
		No:           key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "no")),
	}
}

// Digits are the keys 1 to 9, which pick the first to the ninth item.
var Digits = []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}

// WithHelp returns b with its help replaced: the same keys shown under
// another name.
func WithHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// WithKeys returns b answering to keys instead of its own, help unchanged.
func WithKeys(b key.Binding, keys ...string) key.Binding {
	b.SetKeys(keys...)
	return b
}

// Index returns the position in b's keys of the key msg names, or −1 when
// b is disabled or does not have it: Pick's "3" is 2. Screens whose items
// are chosen by a key use it as they would key.Matches.
func Index(msg tea.KeyPressMsg, b key.Binding) int {
	if !b.Enabled() {
		return -1
	}
	return slices.Index(b.Keys(), msg.String())
}

// Join returns one binding for the help that answers to the keys of every
// binding in bs, shown as keys and desc: "←/→ select" for Left and Right.
// The screen still matches each binding on its own.
func Join(keys, desc string, bs ...key.Binding) key.Binding {
	var all []string
	enabled := false
	for _, b := range bs {
		all = append(all, b.Keys()...)
		enabled = enabled || b.Enabled()
	}
	j := key.NewBinding(key.WithKeys(all...), key.WithHelp(keys, desc))
	j.SetEnabled(enabled)
	return j
}

// Hint names bindings on one line, for a screen without a help bar:
// "↑/↓ choose · enter go · esc close". Disabled bindings are left out.
func Hint(bs []key.Binding) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		if b.Enabled() {
			parts = append(parts, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return strings.Join(parts, " · ")
}
