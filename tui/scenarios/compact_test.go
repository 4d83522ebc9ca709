package scenarios

import (
	"strings"
	"testing"
)

// TestCompactBoxesWriteTheState checks that when the diagram is short of
// rows and draws each node on one line, the node's state is still written
// beside its name, not shown by colour alone.
func TestCompactBoxesWriteTheState(t *testing.T) {
	for _, name := range []string{"cold-standby", "hot-standby", "active-active"} {
		t.Run(name, func(t *testing.T) {
			p := newTestPlayer(t, name, 80, 17)
			v := plain(p.View())
			if !strings.Contains(v, "[") {
				t.Fatalf("at 80×17 the diagram is not in its one-line form:\n%s", v)
			}
			for _, n := range p.snap.Nodes {
				if want := "[" + n.Name + " " + n.State; !strings.Contains(v, want) {
					t.Errorf("one-line box lacks %q:\n%s", want, v)
				}
			}
		})
	}
}
