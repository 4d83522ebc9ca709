package scenario

import (
	"fmt"
	"testing"
	"time"
)

// stretched returns the scenario with its run made k times longer, the shape
// of the worst case for cost: every tick adds to queues, ledgers and timers.
func stretched(tb testing.TB, name string, k int) Spec {
	tb.Helper()
	spec, ok := Lookup(name)
	if !ok {
		tb.Fatalf("no scenario %q", name)
	}
	spec.Duration *= time.Duration(k)
	return spec
}

// BenchmarkStep times one tick, snapshot and metrics included, late in a
// hundredfold naive retry storm: the longest queue and the longest ledger.
// It should cost what a tick costs early in a short run.
func BenchmarkStep(b *testing.B) {
	spec := stretched(b, "retry-storm", 100)
	s := New(spec, Values{"policy": policyNaive}, 1)
	for range s.ticks - 1000 {
		s.advance()
	}
	b.ReportAllocs()
	for b.Loop() {
		if s.Done() {
			b.StopTimer()
			s = New(spec, Values{"policy": policyNaive}, 1)
			for range s.ticks - 1000 {
				s.advance()
			}
			b.StartTimer()
		}
		s.Step()
	}
}

// BenchmarkRun times a whole run of each scenario with its defaults.
func BenchmarkRun(b *testing.B) {
	for _, spec := range Scenarios() {
		b.Run(spec.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				New(spec, nil, 1).Run()
			}
		})
	}
}

// BenchmarkRunStretched runs each scenario, and both retry-storm policies,
// 1, 10 and 100 times longer than usual. Time and bytes per op should grow
// tenfold from one size to the next (O(ticks)); ns/tick and B/tick should stay
// flat.
func BenchmarkRunStretched(b *testing.B) {
	type shape struct {
		name string
		v    Values
	}
	shapes := []shape{{"retry-storm", Values{"policy": policyBackoff}}}
	for _, spec := range Scenarios() {
		shapes = append(shapes, shape{spec.Name, nil})
	}
	for _, sh := range shapes {
		for _, k := range []int{1, 10, 100} {
			label := sh.name
			if sh.v != nil {
				label += "-backoff"
			}
			b.Run(fmt.Sprintf("%s/x%d", label, k), func(b *testing.B) {
				spec := stretched(b, sh.name, k)
				ticks := float64(spec.Duration / Tick)
				b.ReportAllocs()
				for b.Loop() {
					New(spec, sh.v, 1).Run()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/ticks, "ns/tick")
			})
		}
	}
}
