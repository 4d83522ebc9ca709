package calculators

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/calc"
)

// heavyExpr needs numbers of about 90,000 digits: exact, allowed, and too
// slow to compute between two key presses.
var heavyExpr = "1of10(1of100(99." + strings.Repeat("9", 88) + "))"

// TestComposeHeavyInputRunsAsACommand checks that a keystroke completing a
// heavy expression does not compute it in Update: Update returns a command
// that computes it, and only the latest input's result is shown.
func TestComposeHeavyInputRunsAsACommand(t *testing.T) {
	m := sized(NewCompose(testCtx(), ""), 100, 30)
	keys(m, "tab", "ctrl+u")
	var cmds []tea.Cmd
	for _, r := range heavyExpr {
		cmds = append(cmds, m.Update(tea.KeyPressMsg{Code: r, Text: string(r)}))
	}
	if got := m.System().String(); got == printed(t, heavyExpr) {
		t.Fatal("the heavy system was computed inside Update")
	}
	heavy := results(cmds[len(cmds)-1])
	if len(heavy) == 0 {
		t.Fatal("the last key press returned no command computing the system")
	}
	// One more key makes another heavy system; the older result arrives last.
	newer := results(m.Update(tea.KeyPressMsg{Code: ' ', Text: " "}))
	newer = append(newer, results(m.Update(tea.KeyPressMsg{Code: '*', Text: "*"}))...)
	newer = append(newer, results(m.Update(tea.KeyPressMsg{Code: '9', Text: "9"}))...)
	if len(newer) == 0 {
		t.Fatal("the newer heavy input returned no command")
	}
	for _, msg := range newer {
		m.Update(msg)
	}
	for _, msg := range heavy {
		m.Update(msg) // stale: must not replace the newer system
	}
	if got, want := m.System().String(), printed(t, heavyExpr+" * 9"); got != want {
		t.Errorf("system = %q, want the latest input %q", got, want)
	}
	if v := m.View(); !strings.Contains(v, "nines") {
		t.Errorf("view lacks the figures:\n%s", v)
	}
}

// printed is expr as calc prints it.
func printed(t *testing.T, expr string) string {
	b, err := calc.ParseExpr(expr)
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// results runs cmd, and the commands of a batch, and returns their messages.
func results(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, results(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}
