package classroom

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// clock is a settable clock for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestLimiter(t *testing.T) {
	type step struct {
		after time.Duration // clock advance before the attempt
		addr  string
		want  bool
	}
	const a, b = "203.0.113.5:50000", "203.0.113.6:50000"
	tests := []struct {
		name             string
		perMinute, burst int
		steps            []step
	}{
		{"burst then refused", 60, 3, []step{
			{0, a, true}, {0, a, true}, {0, a, true}, {0, a, false}, {0, a, false},
		}},
		{"one token a second at 60 a minute", 60, 1, []step{
			{0, a, true}, {500 * time.Millisecond, a, false}, {500 * time.Millisecond, a, true}, {0, a, false},
		}},
		{"refill never exceeds burst", 60, 2, []step{
			{0, a, true}, {0, a, true}, {time.Hour, a, true}, {0, a, true}, {0, a, false},
		}},
		{"addresses have their own buckets", 60, 1, []step{
			{0, a, true}, {0, a, false}, {0, b, true}, {0, b, false},
		}},
		{"port does not matter", 60, 1, []step{
			{0, "203.0.113.5:1", true}, {0, "203.0.113.5:2", false}, {0, "203.0.113.5", false},
		}},
		{"IPv4-mapped IPv6 is the IPv4 address", 60, 1, []step{
			{0, "[::ffff:203.0.113.5]:22", true}, {0, a, false},
		}},
		{"IPv6 zone ignored", 60, 1, []step{
			{0, "[fe80::1%eth0]:22", true}, {0, "[fe80::1%eth1]:22", false}, {0, "[fe80::2]:22", true},
		}},
		{"not an address is its own key", 60, 1, []step{
			{0, "pipe", true}, {0, "pipe", false}, {0, "other", true},
		}},
		{"slow rate", 6, 1, []step{
			{0, a, true}, {9 * time.Second, a, false}, {time.Second, a, true},
		}},
		{"clock going back adds nothing", 60, 1, []step{
			{0, a, true}, {-time.Hour, a, false}, {time.Hour, a, false}, {time.Second, a, true},
		}},
		{"zero values taken as one", 0, 0, []step{
			{0, a, true}, {30 * time.Second, a, false}, {30 * time.Second, a, true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClock()
			l := NewLimiter(tt.perMinute, tt.burst, c.Now)
			for i, s := range tt.steps {
				c.Advance(s.after)
				if got := l.Allow(s.addr); got != s.want {
					t.Fatalf("step %d (%s after %v): Allow = %v, want %v", i, s.addr, s.after, got, s.want)
				}
			}
		})
	}
}

func TestNilLimiterAllows(t *testing.T) {
	var l *Limiter
	if !l.Allow("203.0.113.5:1") {
		t.Fatal("nil Limiter refused")
	}
}

func TestLimiterForgetsFullBuckets(t *testing.T) {
	c := newClock()
	l := NewLimiter(60, 2, c.Now)
	for i := range sweepAt {
		l.Allow(fmt.Sprintf("10.0.%d.%d:1", i/256, i%256))
	}
	// One address is still limited when the sweep runs.
	held := "10.9.9.9:1"
	l.Allow(held)
	l.Allow(held)
	c.Advance(time.Minute)
	l.Allow(held)
	l.Allow(held)
	l.Allow("10.9.9.10:1") // triggers the sweep
	if n := l.tracked(); n != 2 {
		t.Fatalf("tracked %d addresses after the sweep, want 2 (the held one and the new one)", n)
	}
	if l.Allow(held) {
		t.Fatal("the sweep forgot an address that had no tokens left")
	}
}

func TestLimiterConcurrent(t *testing.T) {
	c := newClock()
	l := NewLimiter(60, 10, c.Now)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for i := range 100 {
		wg.Go(func() {
			if l.Allow(fmt.Sprintf("198.51.100.1:%d", i)) {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if allowed != 10 {
		t.Fatalf("%d of 100 simultaneous connections allowed, want the burst of 10", allowed)
	}
}

func TestPendingCapsPerAddressAndReleases(t *testing.T) {
	p := NewPending(2)
	r1, ok1 := p.Acquire("127.0.0.1:1000")
	_, ok2 := p.Acquire("127.0.0.1:1001")
	if !ok1 || !ok2 {
		t.Fatal("the first two connections from one address were refused")
	}
	if _, ok := p.Acquire("127.0.0.1:1002"); ok {
		t.Error("a third connection still logging in from one address was allowed")
	}
	if _, ok := p.Acquire("127.0.0.2:1000"); !ok {
		t.Error("another address was refused")
	}
	r1()
	r1() // twice is once
	if n := p.Count("127.0.0.1"); n != 1 {
		t.Errorf("after one release %d counted, want 1", n)
	}
	if _, ok := p.Acquire("127.0.0.1:1003"); !ok {
		t.Error("a released place was not given again")
	}
	var nilP *Pending
	if _, ok := nilP.Acquire("x"); !ok {
		t.Error("a nil Pending refused")
	}
}

func TestHubCountsRefusals(t *testing.T) {
	h := NewHub(Config{JoinCode: "K7MQ3P"})
	h.Refuse(RefusedFull)
	h.Refuse(RefusedWrongCodes)
	h.Refuse(RefusedWrongCodes)
	h.Refuse(Refusal(99))
	r := h.Refused()
	if r[RefusedFull] != 1 || r[RefusedWrongCodes] != 2 || r[RefusedBusy] != 0 || r.Total() != 3 {
		t.Errorf("refusals %v", r)
	}
	if RefusedWrongCodes.String() != "wrong codes" {
		t.Errorf("name %q", RefusedWrongCodes)
	}
}
