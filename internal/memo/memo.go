// Package memo keeps values that many callers would otherwise compute
// alike (a line of a slide converted for a terminal, a question card
// nobody has touched yet): each is computed on first use and kept in a
// map of bounded size, which starts afresh when full, so that keys no one
// asks for twice cannot grow it without end.
package memo

import "sync"

// Map is a bounded memo from K to V, safe for concurrent use. Make one
// with New.
type Map[K comparable, V any] struct {
	mu   sync.Mutex
	m    map[K]V
	max  int
	keep func(K) K
}

// New returns an empty Map that keeps at most max values. keep, when not
// nil, gives the key a new value is kept under: a copy of the key asked
// with that holds no more memory than it must (a line cut from a whole
// screen, say).
func New[K comparable, V any](max int, keep func(K) K) *Map[K, V] {
	return &Map[K, V]{m: map[K]V{}, max: max, keep: keep}
}

// Get returns the value kept under k, or computes it with compute and
// keeps it. compute runs outside the lock, so that callers of other keys
// never wait for it; two callers of one new key may both compute it, and
// the later is kept.
func (c *Map[K, V]) Get(k K, compute func() V) V {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	if c.keep != nil {
		k = c.keep(k)
	}
	c.mu.Lock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}

// Len is how many values are kept.
func (c *Map[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
