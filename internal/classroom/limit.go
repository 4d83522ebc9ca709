package classroom

import (
	"net"
	"net/netip"
	"sync"
	"time"
)

// sweepAt is the number of remembered addresses above which Allow forgets
// those whose buckets have filled up again.
const sweepAt = 1024

// Limiter limits how often each remote address may do something (the
// classroom server counts wrong join codes): a token bucket per IP address
// holding up to burst tokens, refilled at perMinute tokens a minute, one
// token per event. It is safe for
// concurrent use; a nil Limiter allows everything.
type Limiter struct {
	rate  float64 // tokens per second
	burst float64
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

// bucket is one address's tokens at a time.
type bucket struct {
	tokens float64
	at     time.Time
}

// NewLimiter returns a Limiter that allows each IP address burst connections
// at once and perMinute a minute after that. perMinute and burst below 1 are
// taken as 1; now nil means time.Now.
func NewLimiter(perMinute int, burst int, now func() time.Time) *Limiter {
	if perMinute < 1 {
		perMinute = 1
	}
	if burst < 1 {
		burst = 1
	}
	if now == nil {
		now = time.Now
	}
	return &Limiter{
		rate:    float64(perMinute) / 60,
		burst:   float64(burst),
		now:     now,
		buckets: make(map[string]*bucket),
	}
}

// Allow reports whether an event from addr ("ip:port", or a bare IP)
// is within the limit, and if so takes a token from its IP's bucket. Ports are
// ignored, as are IPv6 zones; an IPv4-mapped IPv6 address counts as the IPv4
// address.
func (l *Limiter) Allow(addr string) bool {
	if l == nil {
		return true
	}
	key := ipKey(addr)
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= sweepAt {
			l.sweep(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
	}
	b.tokens = l.refill(b, now)
	if now.After(b.at) {
		b.at = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// refill returns b's tokens at now: what it had plus what accrued since,
// never more than burst. A clock that went backwards adds nothing.
func (l *Limiter) refill(b *bucket, now time.Time) float64 {
	elapsed := now.Sub(b.at).Seconds()
	if elapsed <= 0 {
		return b.tokens
	}
	return min(l.burst, b.tokens+elapsed*l.rate)
}

// sweep forgets every address whose bucket is full again at now: a full
// bucket behaves exactly like a new one, so nothing is lost.
func (l *Limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if l.refill(b, now) >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// tracked returns the number of addresses the limiter remembers.
func (l *Limiter) tracked() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// ipKey returns the IP part of addr in a canonical form, or addr itself
// when it is not an address.
func ipKey(addr string) string {
	host := addr
	if h, _, err := net.SplitHostPort(addr); err == nil {
		host = h
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	return ip.WithZone("").Unmap().String()
}
