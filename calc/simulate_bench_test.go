package calc

import (
	"testing"
	"time"
)

// twentyComponents is a 20-component system: a load balancer pair, three
// tiers of replicas and a quorum store, each component at 99.9 %.
const twentyComponents = "(lb:99.9 | lb:99.9) * (web:99.9 | web:99.9 | web:99.9 | web:99.9) * (app:99.9 | app:99.9 | app:99.9 | app:99.9) * 2of3(db:99.9) * (q:99.9 | q:99.9) * dns:99.9 * (cache:99.9 | cache:99.9) * 1of2(cdn:99.9)"

// BenchmarkSimulateTwentyComponents10kYears is the figure: 10,000
// simulated years of a 20-component system.
func BenchmarkSimulateTwentyComponents10kYears(b *testing.B) {
	sys := mustExpr(b, twentyComponents)
	if n := len(buildSimModel(sys, 1, 0, nil).leaves); n != 20 {
		b.Fatalf("system has %d components, want 20", n)
	}
	var events int64
	for i := range b.N {
		r, err := Simulate(sys, SimOptions{Years: 10_000, Seed: uint64(i)})
		if err != nil {
			b.Fatal(err)
		}
		events = r.Events
	}
	b.ReportMetric(float64(events), "events/op")
}

// BenchmarkSimulateEvent is the cost of one simulated event.
func BenchmarkSimulateEvent(b *testing.B) {
	sys := mustExpr(b, "99.9 * (99 | 99)")
	m := buildSimModel(sys, DefaultMTTR.Seconds(), 0.05, nil)
	rate := m.eventRate()
	years := float64(b.N) / (rate * secondsPerYear)
	b.ResetTimer()
	r, err := Simulate(sys, SimOptions{Years: years, Seed: 1, CommonCause: 0.05})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(r.Events)/float64(b.N), "events/op-target")
}

// BenchmarkSimulateSharedDependency10kYears is the figure with
// everything on: 10% common cause, a shared dependency and the trace the
// composer draws.
func BenchmarkSimulateSharedDependency10kYears(b *testing.B) {
	sys := mustExpr(b, twentyComponents)
	dep := &SharedDependency{A: MustParseAvailability("99.99"), MTTR: 4 * time.Hour}
	var events int64
	for i := range b.N {
		r, err := Simulate(sys, SimOptions{Years: 10_000, Seed: uint64(i), CommonCause: 0.1, Shared: dep, TracePoints: 200})
		if err != nil {
			b.Fatal(err)
		}
		events = r.Events
	}
	b.ReportMetric(float64(events), "events/op")
}
