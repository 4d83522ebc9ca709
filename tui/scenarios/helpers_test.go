package scenarios

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/scenario"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
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

// keyMsg is the press of the key named k, as key bindings name it.
func keyMsg(k string) tea.KeyPressMsg { return teatesting.Key(k) }

// press sends each key and returns the last command.
func press(s common.Screen, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		cmd = s.Update(keyMsg(k))
	}
	return cmd
}

func plain(s string) string { return ansi.Strip(s) }
