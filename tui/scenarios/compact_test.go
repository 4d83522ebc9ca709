package scenarios

import (
	"fmt"
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
				if want := "[" + n.Name + " " + stateLabel(n.State); !strings.Contains(v, want) {
					t.Errorf("one-line box lacks %q:\n%s", want, v)
				}
			}
		})
	}
}

// TestLegendFitsAt80 checks that the legend under the diagram is read to
// its end in an 80-column window (78 columns of body).
func TestLegendFitsAt80(t *testing.T) {
	for _, name := range []string{"cold-standby", "active-active", "retry-storm"} {
		t.Run(name, func(t *testing.T) {
			p := newTestPlayer(t, name, 78, 22)
			stepTo(p, 40)
			v := plain(p.View())
			if want := fmt.Sprintf("rejected  · one mark = %d request", p.scale); !strings.Contains(v, want) {
				t.Errorf("legend is cut short at 78 columns:\n%s", v)
			}
		})
	}
}

// TestMarkMessageFitsAt80 checks that what m says is read to its end in
// an 80-column window, while the run plays and once it has ended.
func TestMarkMessageFitsAt80(t *testing.T) {
	for _, ended := range []bool{false, true} {
		p := newTestPlayer(t, "hot-standby", 78, 22)
		if ended {
			stepTo(p, 1<<30)
		}
		press(p, "m")
		if !strings.Contains(plain(p.View()), "compare") {
			t.Errorf("ended=%v: the mark message is cut short at 78 columns:\n%s", ended, plain(p.View()))
		}
	}
}
