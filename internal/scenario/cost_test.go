package scenario

import "testing"

// TestCostDoesNotGrowWithDuration guards the O(ticks) promise without a
// clock: a run a hundred times longer makes about as many allocations (the
// per-tick ledger is one allocation however long), and the metrics of a
// snapshot look back only at ticks still open, not at the whole run.
func TestCostDoesNotGrowWithDuration(t *testing.T) {
	shapes := []struct {
		name string
		v    Values
	}{{"retry-storm", Values{"policy": policyNaive}}, {"retry-storm", Values{"policy": policyBackoff}}}
	for _, spec := range Scenarios() {
		shapes = append(shapes, struct {
			name string
			v    Values
		}{spec.Name, nil})
	}
	for _, sh := range shapes {
		short, long := stretched(t, sh.name, 1), stretched(t, sh.name, 100)
		a := testing.AllocsPerRun(2, func() { New(short, sh.v, 1).Run() })
		b := testing.AllocsPerRun(2, func() { New(long, sh.v, 1).Run() })
		if b > 2*a+50 {
			t.Errorf("%s %v: %.0f allocations for a 100× run against %.0f for one", sh.name, sh.v, b, a)
		}
		s := New(long, sh.v, 1)
		open := 0
		for !s.Done() {
			s.advance()
			open = max(open, s.book.now-s.book.closed)
		}
		if open > 60*ticksPerSecond {
			t.Errorf("%s %v: metrics look back over %d ticks", sh.name, sh.v, open)
		}
	}
}
