package lecture

import (
	"testing"
	"time"
)

var t0 = time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)

// at returns the time m minutes and s seconds after t0.
func at(m, s int) time.Time {
	return t0.Add(time.Duration(m)*time.Minute + time.Duration(s)*time.Second)
}

func TestTimerElapsed(t *testing.T) {
	tests := []struct {
		name    string
		toggles []time.Time // pause, resume, pause, ...
		now     time.Time
		want    time.Duration
		paused  bool
	}{
		{name: "fresh", now: t0, want: 0},
		{name: "running", now: at(3, 0), want: 3 * time.Minute},
		{name: "clock before start", now: t0.Add(-time.Minute), want: 0},
		{name: "paused", toggles: []time.Time{at(2, 0)}, now: at(10, 0), want: 2 * time.Minute, paused: true},
		{name: "resumed", toggles: []time.Time{at(2, 0), at(5, 0)}, now: at(10, 0), want: 7 * time.Minute},
		{name: "two pauses", toggles: []time.Time{at(2, 0), at(5, 0), at(6, 0), at(9, 30)}, now: at(10, 0), want: 3*time.Minute + 30*time.Second},
		{name: "paused twice, still paused", toggles: []time.Time{at(1, 0), at(2, 0), at(3, 0)}, now: at(30, 0), want: 2 * time.Minute, paused: true},
		{name: "instant toggles", toggles: []time.Time{at(1, 0), at(1, 0)}, now: at(2, 0), want: 2 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := NewTimer(0, t0)
			for _, at := range tt.toggles {
				tm = tm.Toggle(at)
			}
			if got := tm.Elapsed(tt.now); got != tt.want {
				t.Errorf("Elapsed = %v, want %v", got, tt.want)
			}
			if tm.Paused() != tt.paused {
				t.Errorf("Paused = %v, want %v", tm.Paused(), tt.paused)
			}
			if _, ok := tm.Remaining(tt.now); ok {
				t.Error("Remaining reported a countdown for a timer without one")
			}
		})
	}
}

func TestTimerZeroValue(t *testing.T) {
	var tm Timer
	if !tm.Paused() || tm.Elapsed(at(5, 0)) != 0 || tm.Urgency(at(5, 0)) != Calm {
		t.Errorf("zero Timer: paused %v, elapsed %v", tm.Paused(), tm.Elapsed(at(5, 0)))
	}
	tm = tm.Toggle(at(1, 0))
	if got := tm.Elapsed(at(4, 0)); got != 3*time.Minute {
		t.Errorf("zero Timer started at 1m: elapsed at 4m = %v", got)
	}
}

func TestTimerNegativeDuration(t *testing.T) {
	tm := NewTimer(-time.Minute, t0)
	if _, ok := tm.Remaining(at(1, 0)); ok || tm.Duration() != 0 {
		t.Errorf("negative duration made a countdown of %v", tm.Duration())
	}
}

func TestTimerCountdown(t *testing.T) {
	tests := []struct {
		name     string
		duration time.Duration
		toggles  []time.Time
		now      time.Time
		left     time.Duration
		urgency  Urgency
	}{
		{name: "start", duration: 50 * time.Minute, now: t0, left: 50 * time.Minute, urgency: Calm},
		{name: "half way", duration: 50 * time.Minute, now: at(25, 0), left: 25 * time.Minute, urgency: Calm},
		{name: "just over a fifth", duration: 50 * time.Minute, now: at(39, 59), left: 10*time.Minute + time.Second, urgency: Calm},
		{name: "a fifth", duration: 50 * time.Minute, now: at(40, 0), left: 10 * time.Minute, urgency: Soon},
		{name: "a fifth of a long talk", duration: 3 * time.Hour, now: at(144, 0), left: 36 * time.Minute, urgency: Soon},
		{name: "just over a fifth of a long talk", duration: 3 * time.Hour, now: at(143, 59), left: 36*time.Minute + time.Second, urgency: Calm},
		{name: "five minutes of a short talk", duration: 10 * time.Minute, now: at(5, 0), left: 5 * time.Minute, urgency: Soon},
		{name: "just over five minutes of a short talk", duration: 10 * time.Minute, now: at(4, 59), left: 5*time.Minute + time.Second, urgency: Calm},
		{name: "just over two minutes", duration: 50 * time.Minute, now: at(47, 59), left: 2*time.Minute + time.Second, urgency: Soon},
		{name: "two minutes", duration: 50 * time.Minute, now: at(48, 0), left: 2 * time.Minute, urgency: Critical},
		{name: "time up", duration: 50 * time.Minute, now: at(50, 0), left: 0, urgency: Critical},
		{name: "overtime", duration: 50 * time.Minute, now: at(50, 1), left: -time.Second, urgency: Over},
		{name: "well over", duration: 50 * time.Minute, now: at(70, 0), left: -20 * time.Minute, urgency: Over},
		{name: "pause holds the countdown", duration: 50 * time.Minute, toggles: []time.Time{at(10, 0)}, now: at(55, 0), left: 40 * time.Minute, urgency: Calm},
		{name: "paused time not counted", duration: 50 * time.Minute, toggles: []time.Time{at(10, 0), at(30, 0)}, now: at(55, 0), left: 15 * time.Minute, urgency: Calm},
		{name: "paused in overtime", duration: time.Minute, toggles: []time.Time{at(3, 0)}, now: at(9, 0), left: -2 * time.Minute, urgency: Over},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := NewTimer(tt.duration, t0)
			for _, at := range tt.toggles {
				tm = tm.Toggle(at)
			}
			left, ok := tm.Remaining(tt.now)
			if !ok || left != tt.left {
				t.Errorf("Remaining = %v, %v; want %v, true", left, ok, tt.left)
			}
			if got := tm.Urgency(tt.now); got != tt.urgency {
				t.Errorf("Urgency = %v, want %v", got, tt.urgency)
			}
			if tm.Duration() != tt.duration {
				t.Errorf("Duration = %v", tm.Duration())
			}
		})
	}
}

func TestUrgencyString(t *testing.T) {
	for u, want := range map[Urgency]string{Calm: "calm", Soon: "soon", Critical: "critical", Over: "over", Urgency(9): "unknown"} {
		if got := u.String(); got != want {
			t.Errorf("Urgency(%d).String() = %q, want %q", u, got, want)
		}
	}
}
