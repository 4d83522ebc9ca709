package lecture

import "time"

// Timer is the presenter's clock: the time spent presenting, which can be
// paused and resumed, and an optional countdown. It never reads the clock:
// every method takes the current time. The zero Timer is paused at zero and
// has no countdown.
type Timer struct {
	duration time.Duration // countdown length; 0 means none
	banked   time.Duration // elapsed time of the runs before the current one
	since    time.Time     // when the current run started
	running  bool
}

// NewTimer returns a running timer started at now, counting down from
// duration. A duration of 0 (or less) means no countdown.
func NewTimer(duration time.Duration, now time.Time) Timer {
	return Timer{duration: max(duration, 0), since: now, running: true}
}

// Elapsed returns the time presented so far, leaving out paused time. A now
// earlier than the start of the current run counts as no time.
func (t Timer) Elapsed(now time.Time) time.Duration {
	if !t.running {
		return t.banked
	}
	return t.banked + max(now.Sub(t.since), 0)
}

// Duration returns the countdown length, 0 without a countdown.
func (t Timer) Duration() time.Duration { return t.duration }

// Remaining returns the countdown's time left and true, or false without a
// countdown. It goes negative in overtime.
func (t Timer) Remaining(now time.Time) (time.Duration, bool) {
	if t.duration <= 0 {
		return 0, false
	}
	return t.duration - t.Elapsed(now), true
}

// Toggle pauses a running timer or resumes a paused one, at now.
func (t Timer) Toggle(now time.Time) Timer {
	if t.running {
		t.banked = t.Elapsed(now)
		t.running = false
		return t
	}
	t.since = now
	t.running = true
	return t
}

// Paused reports whether the timer is paused.
func (t Timer) Paused() bool { return !t.running }

// Urgency says how pressing the countdown is, for colouring it.
type Urgency int

const (
	// Calm: no countdown, or plenty of time left.
	Calm Urgency = iota
	// Soon: at most a fifth of the countdown, or at most SoonLeft, remains.
	Soon
	// Critical: at most CriticalLeft remains.
	Critical
	// Over: the countdown has run out; the presenter is in overtime.
	Over
)

// Thresholds of Urgency.
const (
	// SoonLeft is the time left at or below which the countdown is Soon.
	SoonLeft = 5 * time.Minute
	// CriticalLeft is the time left at or below which the countdown is Critical.
	CriticalLeft = 2 * time.Minute
)

// String returns the urgency's lowercase name.
func (u Urgency) String() string {
	switch u {
	case Calm:
		return "calm"
	case Soon:
		return "soon"
	case Critical:
		return "critical"
	case Over:
		return "over"
	}
	return "unknown"
}

// Urgency returns how pressing the countdown is at now: Over once the time
// left is below zero, Critical at CriticalLeft or less, Soon at SoonLeft or
// less or at a fifth of the countdown or less, and Calm otherwise or without
// a countdown.
func (t Timer) Urgency(now time.Time) Urgency {
	left, ok := t.Remaining(now)
	switch {
	case !ok:
		return Calm
	case left < 0:
		return Over
	case left <= CriticalLeft:
		return Critical
	case left <= SoonLeft || left*5 <= t.duration:
		return Soon
	}
	return Calm
}
