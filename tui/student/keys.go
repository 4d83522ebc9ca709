package student

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
)

// KeyMap is every key of a student's screen: the shared map's scroll and
// quit (q leaves, and so do ctrl+c and ctrl+d), enter and esc at the name
// prompt, and Answer.
type KeyMap struct {
	common.KeyMap
	Answer     key.Binding
	Enter, Esc key.Binding
}

// DefaultKeyMap returns the student's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Answer = key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9",
		"a", "b", "c", "d", "e", "f", "g", "h", "i"), key.WithHelp("1-9/a-i", "answer"))
	k.Up.SetHelp("↑/k", "scroll up")
	k.Down.SetHelp("↓/j", "scroll down")
	k.Quit.SetHelp("q", "leave")
	k.ForceQuit = key.NewBinding(key.WithKeys("ctrl+c", "ctrl+d"), key.WithHelp("ctrl+c", "leave"))
	k.Enter = common.WithHelp(k.Select, "enter", "join")
	k.Esc = common.WithHelp(k.Back, "esc", "skip")
	return k
}

// choiceIndex is the choice a key names: 1-9 and a-i are 0-8; -1 for any
// other key.
func choiceIndex(msg tea.KeyPressMsg, answer key.Binding) int {
	i := common.Index(msg, answer)
	if i < 0 {
		return -1
	}
	return i % len(common.Digits)
}

// footerKeys are the keys the footer names while following: answering
// (when a question is open, with its n choices), scrolling and leaving.
func (k KeyMap) footerKeys(choices int) []key.Binding {
	out := []key.Binding{common.Join("↑/↓", "scroll", k.Up, k.Down), common.Join("q", "leave", k.Quit, k.ForceQuit)}
	if choices > 0 {
		answer := common.WithHelp(k.Answer, fmt.Sprintf("1-%d", choices), "answer")
		out = append([]key.Binding{answer}, out...)
	}
	return out
}
