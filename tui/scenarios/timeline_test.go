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
			want := strings.Join(strings.Fields(eventText(last)), " ")
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

// TestTimelineHealReadsCleanly checks that an event naming no node, such
// as a heal, is not written with a stray leading colon.
func TestTimelineHealReadsCleanly(t *testing.T) {
	p := newTestPlayer(t, "cold-standby", 100, 30)
	stepTo(p, 5)
	press(p, "w", "h")
	stepTo(p, 7)
	got := plain(p.timeline(60, 10))
	if !strings.Contains(got, "heal") {
		t.Fatalf("no heal in the timeline:\n%s", got)
	}
	if strings.Contains(got, " : ") || strings.Contains(got, "  : ") {
		t.Errorf("heal is written with a stray colon:\n%s", got)
	}
	if !strings.Contains(got, "faults cleared") {
		t.Errorf("heal lost its text:\n%s", got)
	}
}
