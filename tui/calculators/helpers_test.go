package calculators

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
	"faultline/tui/theme"
)

// testCtx is a plain context: no course is needed by the calculators.
func testCtx() *common.Context { return &common.Context{Styles: theme.New(true), Plain: true} }

// press returns the key press that s names: "a", "tab", "shift+up", …
func press(s string) tea.KeyPressMsg {
	switch s {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "shift+up":
		return tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModShift}
	case "shift+down":
		return tea.KeyPressMsg{Code: tea.KeyDown, Mod: tea.ModShift}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// typeText sends every rune of s as a key press.
func typeText(s common.Screen, text string) {
	for _, r := range text {
		s.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// keys sends each named key in turn.
func keys(s common.Screen, names ...string) {
	for _, n := range names {
		s.Update(press(n))
	}
}

// clear empties the focused field.
func clear(s common.Screen) { keys(s, "ctrl+u") }

// sized sets s to width×height and returns it.
func sized[S common.Screen](s S, w, h int) S {
	s.SetSize(w, h)
	return s
}

// isBack reports whether cmd asks to go back.
func isBack(t *testing.T, cmd tea.Cmd) bool {
	t.Helper()
	if cmd == nil {
		return false
	}
	_, ok := cmd().(common.BackMsg)
	return ok
}
