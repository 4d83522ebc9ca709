package scenarios

import (
	"strings"
	"testing"
)

// TestTimelineNewestEventInFull checks that, in the narrow timeline of an
// 80-column window, the newest event's explanation is shown whole rather
// than cut after a few words, and older events still get a line each.
func TestTimelineNewestEventInFull(t *testing.T) {
	for _, tt := range []struct {
		name  string
		ticks int
	}{{"cold-standby", 300}, {"circuit-breaker", 260}, {"retry-storm", 280}, {"warm-standby", 300}} {
		t.Run(tt.name, func(t *testing.T) {
			p := newTestPlayer(t, tt.name, 80, 24)
			stepTo(p, tt.ticks)
			if len(p.events) < 2 {
				t.Fatalf("only %d events after %d steps", len(p.events), tt.ticks)
			}
			last := p.events[len(p.events)-1]
			want := strings.Join(strings.Fields(last.Node+": "+last.Detail), " ")
			got := plain(p.timeline(40, 9))
			if !strings.Contains(strings.Join(strings.Fields(got), " "), want) {
				t.Errorf("newest event %q not shown whole:\n%s", want, got)
			}
			if lines := strings.Split(got, "\n"); len(lines) < 4 {
				t.Errorf("timeline shows too little history:\n%s", got)
			}
		})
	}
}
