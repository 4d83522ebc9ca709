package scenarios

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestGolden draws the player at a fixed tick at 100×30 (and 80×24), with
// styling stripped, and compares the frames with testdata.
func TestGolden(t *testing.T) {
	tests := []struct {
		name     string
		scenario string
		w, h     int
		tick     int
		keys     []string
	}{
		{"hot_standby_failover", "hot-standby", 100, 30, 125, nil},
		{"cold_standby_booting", "cold-standby", 100, 30, 200, nil},
		{"cold_standby_80x24", "cold-standby", 80, 24, 200, nil},
		{"active_active", "active-active", 100, 30, 115, nil},
		{"circuit_breaker_open", "circuit-breaker", 100, 30, 150, nil},
		{"retry_storm", "retry-storm", 100, 30, 200, nil},
		{"retry_storm_80x24", "retry-storm", 80, 24, 200, nil},
		{"split_brain", "split-brain", 100, 30, 200, nil},
		{"correlated_failure_80x24", "correlated-failure", 80, 24, 215, nil},
		{"hot_standby_summary", "hot-standby", 100, 30, 2000, nil},
		{"warm_standby_edit", "warm-standby", 100, 30, 10, []string{"e", "down", "down", "right"}},
		{"cut_link", "hot-standby", 100, 30, 50, []string{"c", ".", "."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTestPlayer(t, tt.scenario, tt.w, tt.h)
			stepTo(p, tt.tick)
			press(p, tt.keys...)
			golden.RequireEqual(t, []byte(plain(p.View())))
		})
	}
	t.Run("list", func(t *testing.T) {
		l := NewList(testContext())
		l.SetSize(100, 30)
		press(l, "down")
		golden.RequireEqual(t, []byte(plain(l.View())))
	})
}
