package memo

import (
	"strings"
	"sync"
	"testing"
)

// TestGetComputesOnceAndKeeps: a key's value is computed on first use and
// then kept; a full map starts afresh rather than growing past its bound.
func TestGetComputesOnceAndKeeps(t *testing.T) {
	c := New[int, string](3, nil)
	calls := 0
	get := func(k int) string {
		return c.Get(k, func() string { calls++; return strings.Repeat("x", k) })
	}
	first := get(2)
	if again := get(2); first != "xx" || again != "xx" || calls != 1 {
		t.Fatalf("got %q then %q, computed %d times; want xx kept after one computation", first, again, calls)
	}
	get(1)
	get(3)
	if c.Len() != 3 {
		t.Fatalf("%d values kept, want 3", c.Len())
	}
	get(4) // the map is full: it starts afresh with 4
	if c.Len() != 1 {
		t.Errorf("%d values kept after the bound was reached, want 1", c.Len())
	}
	get(2)
	if calls != 5 {
		t.Errorf("computed %d times, want 5 (2, 1, 3, 4, then 2 again once forgotten)", calls)
	}
}

// TestKeepGivesTheKeyKept: keep turns the key asked with into the one a
// new value is kept under, and the value is found again by an equal key.
func TestKeepGivesTheKeyKept(t *testing.T) {
	kept := 0
	c := New[string, int](8, func(k string) string { kept++; return strings.Clone(k) })
	screen := "a long screen whose first line is asked for"
	line := screen[:6]
	if c.Get(line, func() int { return 1 }) != 1 || c.Get("a long", func() int { return 2 }) != 1 {
		t.Error("a value kept under a copy of its key is not found again")
	}
	if kept != 1 {
		t.Errorf("keep ran %d times, want once, for the one new value", kept)
	}
}

// TestGetConcurrently: many goroutines asking for the same keys all get
// the one value each key computes to (run with -race).
func TestGetConcurrently(t *testing.T) {
	c := New[int, int](16, nil)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				k := (i + g) % 32
				if v := c.Get(k, func() int { return k * k }); v != k*k {
					t.Errorf("Get(%d) = %d", k, v)
				}
			}
		}()
	}
	wg.Wait()
	if c.Len() > 16 {
		t.Errorf("%d values kept, bound 16", c.Len())
	}
}
