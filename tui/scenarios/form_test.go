package scenarios

import (
	"strings"
	"testing"
)

// TestFormTextsReadWhole checks that at 80×24 the form's key hint, the
// selected parameter's description and what it accepts, and an error are
// wrapped rather than cut off.
func TestFormTextsReadWhole(t *testing.T) {
	p := newTestPlayer(t, "cold-standby", 78, 20)
	press(p, "e", "down", "down", "down", "down")
	prm, _ := p.form.param()
	press(p, "9", "9", "9", "9", "9", "enter")
	v := strings.Join(strings.Fields(plain(p.View())), " ")
	for _, want := range []string{
		"esc cancels",
		strings.Join(strings.Fields(prm.Help), " "),
		"changed from its default.",
		"e.g. 2s, 500ms or 1.5 (seconds))",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("form at 78 columns lacks %q:\n%s", want, plain(p.View()))
		}
	}
	if !strings.Contains(v, "scenario cold-standby: heartbeat_timeout=99999 is out of range") || strings.Contains(v, "scenario :") {
		t.Errorf("error names no scenario: %s", v)
	}
}
