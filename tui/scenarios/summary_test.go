package scenarios

import (
	"strings"
	"testing"
)

// TestSummaryShowsChangedParameter checks that comparing two runs of one
// scenario at 80 columns shows the changed parameter whole, rather than
// the scenario name again with the setting cut off.
func TestSummaryShowsChangedParameter(t *testing.T) {
	p := newTestPlayer(t, "hot-standby", 78, 22)
	stepTo(p, 1<<30)
	press(p, "m", "e", "down", "down", "down", "down", "right", "enter")
	stepTo(p, 1<<30)
	if p.mode != modeSummary {
		press(p, "S")
	}
	_, changed, _ := strings.Cut(runLabel(p.spec, p.values), " ")
	if changed == "" {
		t.Fatal("the form changed no parameter")
	}
	v := plain(p.View())
	if !strings.Contains(v, changed) {
		t.Errorf("summary lacks the changed setting %q:\n%s", changed, v)
	}
	if !strings.Contains(v, "defaults") {
		t.Errorf("summary does not call the marked run's settings defaults:\n%s", v)
	}
}
