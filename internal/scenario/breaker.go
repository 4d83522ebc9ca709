package scenario

import "fmt"

// Breaker states, as shown on the guarded link.
const (
	BreakerClosed   = "closed"
	BreakerOpen     = "open"
	BreakerHalfOpen = "half-open"
)

// breaker is a circuit breaker guarding calls to one node: closed, it counts
// failures in a sliding window and opens at a threshold; open, it fails calls
// at once; after a timeout it lets one trial call through (half-open) and
// closes when that call succeeds or opens again when it fails.
type breaker struct {
	on        bool
	node      string // the guarded node, named in events
	link      *link  // the guarded link, which shows the state
	threshold int
	window    int // ticks
	openFor   int // ticks
	state     string
	recent    []failure
	openedAt  int
	trialOut  bool
}

type failure struct{ tick, n int }

func newBreaker(on bool, node string, l *link, threshold int, window, openFor float64) *breaker {
	b := &breaker{on: on, node: node, link: l, threshold: threshold,
		window: ticksOf(window, 1), openFor: ticksOf(openFor, 1), state: BreakerClosed}
	if on {
		l.Breaker = BreakerClosed
	}
	return b
}

// blocks reports whether a call now would be failed at once: the breaker is
// open, or half-open with its trial call still out. An open breaker whose
// timeout has passed turns half-open here.
func (b *breaker) blocks(s *Sim) bool {
	if !b.on {
		return false
	}
	if b.state == BreakerOpen && s.tick-b.openedAt >= b.openFor {
		b.set(s, BreakerHalfOpen, KindBreakerHalfOpen, "one trial call allowed")
	}
	return b.state == BreakerOpen || (b.state == BreakerHalfOpen && b.trialOut)
}

// admit says how many of want calls may go out now, and whether the one let
// through is a half-open trial. Call it after blocks.
func (b *breaker) admit(s *Sim, want int) (allowed int, trial bool) {
	if !b.on {
		return want, false
	}
	if b.blocks(s) {
		return 0, false
	}
	switch b.state {
	case BreakerClosed:
		return want, false
	case BreakerHalfOpen:
		if !b.trialOut && want > 0 {
			b.trialOut = true
			return 1, true
		}
	}
	return 0, false
}

// result records the outcome of n calls.
func (b *breaker) result(s *Sim, ok bool, n int, trial bool) {
	if !b.on || n == 0 {
		return
	}
	if trial {
		b.trialOut = false
		if ok {
			b.recent = b.recent[:0]
			b.set(s, BreakerClosed, KindBreakerClosed, "trial call succeeded")
		} else {
			b.openedAt = s.tick
			b.set(s, BreakerOpen, KindBreakerOpen, "trial call failed")
		}
		return
	}
	if ok || b.state != BreakerClosed {
		return
	}
	b.recent = append(b.recent, failure{s.tick, n})
	total := 0
	kept := b.recent[:0]
	for _, f := range b.recent {
		if f.tick > s.tick-b.window {
			kept = append(kept, f)
			total += f.n
		}
	}
	b.recent = kept
	if total >= b.threshold {
		b.openedAt = s.tick
		b.set(s, BreakerOpen, KindBreakerOpen, fmt.Sprintf("%d failures in %s; failing fast for %s",
			total, fmtSeconds(seconds(b.window)), fmtSeconds(seconds(b.openFor))))
	}
}

func (b *breaker) set(s *Sim, state, kind, detail string) {
	b.state = state
	b.link.Breaker = state
	s.emit(kind, b.node, detail)
}
