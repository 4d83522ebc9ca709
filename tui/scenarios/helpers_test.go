package scenarios

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/scenario"
	"faultline/tui/common"
	"faultline/tui/theme"
)

func testContext() *common.Context {
	return &common.Context{Styles: theme.New(true), Plain: true}
}

// newTestPlayer returns a paused player of the named scenario at its
// defaults, sized w×h.
func newTestPlayer(t testing.TB, name string, w, h int) *Player {
	t.Helper()
	spec, ok := scenario.Lookup(name)
	if !ok {
		t.Fatalf("no scenario %q", name)
	}
	p := NewPlayer(testContext(), spec, spec.Defaults(), 1)
	p.SetSize(w, h)
	return p
}

// stepTo advances p until its run has taken n steps.
func stepTo(p *Player, n int) {
	for p.ticks < n && !p.sim.Done() {
		p.advance(1)
	}
}

var specialKeys = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "down": tea.KeyDown, "up": tea.KeyUp,
	"left": tea.KeyLeft, "right": tea.KeyRight, "tab": tea.KeyTab, "space": tea.KeySpace,
	"backspace": tea.KeyBackspace,
}

func keyMsg(k string) tea.KeyPressMsg {
	if code, ok := specialKeys[k]; ok {
		if k == "space" {
			return tea.KeyPressMsg{Code: code, Text: " "}
		}
		return tea.KeyPressMsg{Code: code}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends each key and returns the last command.
func press(s common.Screen, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		cmd = s.Update(keyMsg(k))
	}
	return cmd
}

func plain(s string) string { return ansi.Strip(s) }
