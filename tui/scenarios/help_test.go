package scenarios

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// appFit mimics the app's help line: the screen's keys, then the global
// ones, dropping the screen's last keys until the line fits width.
func appFit(screen, global []key.Binding, width int) string {
	h := help.New()
	for {
		line := h.ShortHelpView(append(append([]key.Binding{}, screen...), global...))
		if ansi.StringWidth(line) <= width || len(screen) == 0 {
			return ansi.Strip(line)
		}
		screen = screen[:len(screen)-1]
	}
}

// TestPlayerHelpLine checks that the player's help line keeps the keys a
// student needs at 80 columns, and that the full help names each key once.
func TestPlayerHelpLine(t *testing.T) {
	global := []key.Binding{
		key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
	for _, mode := range []string{"playing", "form"} {
		t.Run(mode, func(t *testing.T) {
			p := newTestPlayer(t, "cold-standby", 80, 24)
			want := []string{"space play/pause", "x crash primary", "esc back"}
			g := global
			if mode == "form" {
				press(p, "e")
				want = []string{"esc cancel", "enter"}
				g = []key.Binding{key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))}
			}
			line := appFit(p.ShortHelp(), g, 78)
			for _, w := range want {
				if !strings.Contains(line, w) {
					t.Errorf("help line at 80 columns lacks %q: %s", w, line)
				}
			}
			seen := map[string]string{}
			for _, col := range p.FullHelp() {
				for _, b := range col {
					for _, k := range strings.Split(b.Help().Key, "/") {
						if prev, ok := seen[k]; ok {
							t.Errorf("full help names %q twice: %q and %q", k, prev, b.Help().Desc)
						}
						seen[k] = b.Help().Desc
					}
				}
			}
		})
	}
}

// TestCrashNamesWhatItCrashes checks that x is called "crash primary" only
// where there is a primary, and that the message names the node crashed.
func TestCrashNamesWhatItCrashes(t *testing.T) {
	p := newTestPlayer(t, "circuit-breaker", 100, 30)
	target := p.sim.Target()
	if line := appFit(p.ShortHelp(), nil, 200); !strings.Contains(line, "x crash "+target) || strings.Contains(line, "primary") {
		t.Errorf("circuit-breaker help should offer to crash %s, not a primary: %s", target, line)
	}
	press(p, "x")
	if !strings.Contains(ansi.Strip(p.View()), "Crashed "+target+".") {
		t.Errorf("after x the player should say it crashed %s:\n%s", target, ansi.Strip(p.View()))
	}
}
