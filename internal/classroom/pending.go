package classroom

import "sync"

// Pending counts, per IP address, the connections that have not logged in
// yet, and refuses more than its cap from one address. Students behind
// one NAT share an address and may all be typing the join code at once,
// so the cap is per address and generous; logged-in students do not
// count. It is safe for concurrent use; a nil Pending allows everything.
type Pending struct {
	max int
	mu  sync.Mutex
	n   map[string]int
}

// NewPending returns a Pending allowing limit connections per address to
// be logging in at once; limit below 1 is taken as 1.
func NewPending(limit int) *Pending {
	return &Pending{max: max(limit, 1), n: make(map[string]int)}
}

// Acquire counts a new connection from addr ("ip:port" or a bare IP) and
// reports whether it is within the cap; release, safe to call more than
// once, uncounts it (a refused connection is not counted).
func (p *Pending) Acquire(addr string) (release func(), ok bool) {
	if p == nil {
		return func() {}, true
	}
	key := ipKey(addr)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.n[key] >= p.max {
		return func() {}, false
	}
	p.n[key]++
	var once sync.Once
	return func() {
		once.Do(func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.n[key]--; p.n[key] <= 0 {
				delete(p.n, key)
			}
		})
	}, true
}

// Count returns the connections from addr counted now.
func (p *Pending) Count(addr string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n[ipKey(addr)]
}
