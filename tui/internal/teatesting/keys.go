package teatesting

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// named are the keys with names, as key bindings spell them.
var named = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "space": tea.KeySpace,
	"backspace": tea.KeyBackspace, "delete": tea.KeyDelete,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
	"f1": tea.KeyF1,
}

// Key returns the press of the key name spells as key bindings do: "q",
// "G", "?", "enter", "space", "shift+tab", "ctrl+c", "shift+up". Its
// String() is name again.
func Key(name string) tea.KeyPressMsg {
	var mod tea.KeyMod
	rest := name
	for {
		switch {
		case strings.HasPrefix(rest, "ctrl+") && len(rest) > len("ctrl+"):
			mod |= tea.ModCtrl
			rest = rest[len("ctrl+"):]
			continue
		case strings.HasPrefix(rest, "alt+") && len(rest) > len("alt+"):
			mod |= tea.ModAlt
			rest = rest[len("alt+"):]
			continue
		case strings.HasPrefix(rest, "shift+") && len(rest) > len("shift+"):
			mod |= tea.ModShift
			rest = rest[len("shift+"):]
			continue
		}
		break
	}
	if code, ok := named[rest]; ok {
		k := tea.KeyPressMsg{Code: code, Mod: mod}
		if code == tea.KeySpace && mod == 0 {
			k.Text = " "
		}
		return k
	}
	r := []rune(rest)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: rest}
}

// Keys returns the presses of names, in order.
func Keys(names ...string) []tea.KeyPressMsg {
	out := make([]tea.KeyPressMsg, len(names))
	for i, n := range names {
		out[i] = Key(n)
	}
	return out
}

// Type returns the presses that type text, one per character.
func Type(text string) []tea.KeyPressMsg {
	var out []tea.KeyPressMsg
	for _, r := range text {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}
