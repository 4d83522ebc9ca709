package calculators

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
)

// TestShortHelpKeepsEscAt80 checks that every calculator's short help,
// with the global keys the app appends, fits the 78 columns an 80-column
// window leaves, so the app never has to cut esc back off the end.
func TestShortHelpKeepsEscAt80(t *testing.T) {
	quit := key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
	more := key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys"))
	q := key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))
	tests := []struct {
		name   string
		screen common.Screen
		keys   []string
	}{
		{"nines", NewNines(testCtx(), "99.95", ""), nil},
		{"nines window", NewNines(testCtx(), "99.95", ""), []string{"tab"}},
		{"budget", NewBudget(testCtx(), "5m", "month"), nil},
		{"budget picker", NewBudget(testCtx(), "5m", "month"), []string{"tab"}},
		{"budget custom", NewBudget(testCtx(), "5m", "28d"), []string{"tab", "tab"}},
		{"mtbf", NewMTBF(testCtx(), "30d", "4h"), nil},
		{"compose expression", NewCompose(testCtx(), "a:99.9"), []string{"tab"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sized(tt.screen, 78, 22)
			keys(s, tt.keys...)
			global := []key.Binding{more, q}
			if c, ok := s.(common.Capturing); ok && c.Capturing() {
				global = []key.Binding{quit}
			}
			line := help.New().ShortHelpView(append(s.ShortHelp(), global...))
			if w := ansi.StringWidth(line); w > 78 {
				t.Errorf("help line is %d columns, want ≤ 78: %s", w, ansi.Strip(line))
			}
			if !strings.Contains(ansi.Strip(line), "esc") {
				t.Errorf("help line has no esc: %s", ansi.Strip(line))
			}
		})
	}
}

// TestComposeFullHelpKeepsEscAndTabAt80 checks that the composer's full
// help, with the app's column of global keys after it, still shows esc
// and tab whole in the 78 columns of an 80-column window.
func TestComposeFullHelpKeepsEscAndTabAt80(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9*b:99.9"), 78, 22)
	global := []key.Binding{
		key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "fewer keys")),
		key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
	h := help.New()
	h.SetWidth(78)
	view := ansi.Strip(h.FullHelpView(append(m.FullHelp(), global)))
	for _, want := range []string{"esc back", "tab type expression", "replica on weakest", "1/2/3 presets"} {
		if !strings.Contains(view, want) {
			t.Errorf("full help at 78 columns lacks %q:\n%s", want, view)
		}
	}
}

// TestComposeShortHelpShowsSimulationAt80 checks that at 80 columns,
// where the app drops the composer's last short-help entries until the
// line fits, the keys that build and simulate a system still show.
func TestComposeShortHelpShowsSimulationAt80(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9|b:99.9"), 78, 22)
	global := []key.Binding{
		key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
	screen := m.ShortHelp()
	line := ""
	for n := len(screen); n >= 0; n-- {
		line = ansi.Strip(help.New().ShortHelpView(append(append([]key.Binding{}, screen[:n]...), global...)))
		if ansi.StringWidth(line) <= 78 {
			break
		}
	}
	for _, want := range []string{"a add", "p replica", "s simulate", "c/C common cause", "? more keys"} {
		if !strings.Contains(line, want) {
			t.Errorf("80-column help line lacks %q: %s", want, line)
		}
	}
}
