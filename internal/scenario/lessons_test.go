package scenario

import (
	"math"
	"strings"
	"testing"
)

// The lessons the scenarios teach, asserted from the engine's own metrics.

func TestStandbyDowntimeOrder(t *testing.T) {
	cold := run(t, "cold-standby", nil).Metrics
	warm := run(t, "warm-standby", nil).Metrics
	hot := run(t, "hot-standby", nil).Metrics
	if !(hot.DowntimeSeconds < warm.DowntimeSeconds && warm.DowntimeSeconds < cold.DowntimeSeconds) {
		t.Errorf("downtime hot %v, warm %v, cold %v: want hot < warm < cold",
			hot.DowntimeSeconds, warm.DowntimeSeconds, cold.DowntimeSeconds)
	}
	// With defaults: detection 2 s, then boot 30 + promotion 2, sync 3, promotion 1.
	for _, tt := range []struct {
		name          string
		m             Metrics
		down, recover float64
	}{
		{"cold", cold, 34, 34},
		{"warm", warm, 5, 5},
		{"hot", hot, 3, 3},
	} {
		if tt.m.DowntimeSeconds != tt.down || tt.m.RecoverSeconds != tt.recover || tt.m.DetectSeconds != 2 {
			t.Errorf("%s: downtime %v recover %v detect %v, want %v %v 2",
				tt.name, tt.m.DowntimeSeconds, tt.m.RecoverSeconds, tt.m.DetectSeconds, tt.down, tt.recover)
		}
	}
}

func TestWritesLost(t *testing.T) {
	// 100 req/s, 20% writes: 20 writes a second.
	tests := []struct {
		name     string
		scenario string
		set      map[string]string
		want     float64 // expected writes lost
		tol      float64
	}{
		{"sync replication", "hot-standby", map[string]string{"replication": "sync"}, 0, 0},
		{"async, 0.5s lag", "hot-standby", map[string]string{"replication": "async", "lag": "0.5s"}, 10, 2},
		{"async, 2s lag", "hot-standby", map[string]string{"replication": "async", "lag": "2s"}, 40, 2},
		{"async, 5s lag", "hot-standby", map[string]string{"replication": "async", "lag": "5"}, 100, 2},
		{"warm, synced 2s before crash", "warm-standby", nil, 40, 2},
		{"warm, synced 3s before crash", "warm-standby", map[string]string{"sync_interval": "7s"}, 60, 3},
		{"cold, backup 10s before crash", "cold-standby", nil, 200, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, tt.scenario, tt.set)
			if got := float64(r.Metrics.WritesLost); math.Abs(got-tt.want) > tt.tol {
				t.Errorf("writes lost %v, want %v ± %v", got, tt.want, tt.tol)
			}
			if lost := countKind(r, KindWriteLost); (tt.want > 0) != (lost > 0) {
				t.Errorf("%d write-lost events", lost)
			}
		})
	}
}

func TestShorterTimeoutDetectsFaster(t *testing.T) {
	prev := math.Inf(1)
	for _, timeout := range []string{"10s", "5s", "3s", "1.5s", "500ms"} {
		set := map[string]string{"heartbeat_timeout": timeout, "heartbeat_interval": "250ms"}
		m := run(t, "hot-standby", set).Metrics
		if !(m.DetectSeconds < prev) {
			t.Errorf("timeout %s: detect %v s, not faster than %v s", timeout, m.DetectSeconds, prev)
		}
		if m.DowntimeSeconds < m.DetectSeconds {
			t.Errorf("timeout %s: downtime %v shorter than detection %v", timeout, m.DowntimeSeconds, m.DetectSeconds)
		}
		prev = m.DetectSeconds
	}
}

func TestFalseFailoverOnCutHeartbeatLink(t *testing.T) {
	s := New(mustSpec(t, "hot-standby"), Values{"crash_at": 60, "replication": replicationAsync, "lag": 1}, 1)
	for range 50 {
		s.Step()
	}
	if err := s.CutLink("node-1", "node-2"); err != nil {
		t.Fatal(err)
	}
	r := s.Run()
	if countKind(r, KindPromoted) != 1 || r.Metrics.WritesLost == 0 {
		t.Errorf("cut heartbeat link: %d promotions, %d writes lost", countKind(r, KindPromoted), r.Metrics.WritesLost)
	}
}

func TestActiveActiveCapacity(t *testing.T) {
	tests := []struct {
		name      string
		capacity  string
		overloads bool
	}{
		{"enough capacity", "120", false},
		{"exactly enough", "100", false},
		{"too little", "80", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, "active-active", map[string]string{"capacity": tt.capacity})
			m := r.Metrics
			if m.DowntimeSeconds != 0 {
				t.Errorf("downtime %v, want none", m.DowntimeSeconds)
			}
			if countKind(r, KindNodeRemoved) != 1 {
				t.Errorf("%d node-removed events", countKind(r, KindNodeRemoved))
			}
			over := countKind(r, KindOverload) > 0
			if over != tt.overloads {
				t.Errorf("overload events: %v, want %v", over, tt.overloads)
			}
			if tt.overloads {
				if m.TailAvailability > 0.85 || m.RecoverSeconds != NotObserved {
					t.Errorf("overloaded pool: tail availability %v, recover %v", m.TailAvailability, m.RecoverSeconds)
				}
			} else if m.TailAvailability != 1 || m.RecoverSeconds != 2 || m.Availability < 0.98 {
				t.Errorf("healthy pool: %+v", m)
			}
		})
	}
}

func TestCircuitBreakerBoundsWastedCalls(t *testing.T) {
	on := run(t, "circuit-breaker", map[string]string{"breaker": "on"})
	off := run(t, "circuit-breaker", map[string]string{"breaker": "off"})
	if on.Metrics.WastedCalls*5 > off.Metrics.WastedCalls {
		t.Errorf("wasted calls: on %d, off %d; want on at most a fifth", on.Metrics.WastedCalls, off.Metrics.WastedCalls)
	}
	if on.Metrics.MaxQueue >= off.Metrics.MaxQueue {
		t.Errorf("max queue: on %d, off %d", on.Metrics.MaxQueue, off.Metrics.MaxQueue)
	}
	for _, kind := range []string{KindBreakerOpen, KindBreakerHalfOpen, KindBreakerClosed} {
		if countKind(on, kind) == 0 || countKind(off, kind) != 0 {
			t.Errorf("%s: %d with breaker, %d without", kind, countKind(on, kind), countKind(off, kind))
		}
	}
	if on.Metrics.DetectSeconds < 0 || off.Metrics.DetectSeconds != NotObserved {
		t.Errorf("detect: on %v, off %v", on.Metrics.DetectSeconds, off.Metrics.DetectSeconds)
	}
	// Both end healthy once the dependency is back.
	if on.Metrics.TailAvailability != 1 || off.Metrics.TailAvailability != 1 {
		t.Errorf("tail availability: on %v, off %v", on.Metrics.TailAvailability, off.Metrics.TailAvailability)
	}
	// The wasted calls grow with the outage without a breaker, barely with one.
	longOff := run(t, "circuit-breaker", map[string]string{"breaker": "off", "recover_at": "55s"})
	longOn := run(t, "circuit-breaker", map[string]string{"breaker": "on", "recover_at": "55s"})
	if grow := longOn.Metrics.WastedCalls - on.Metrics.WastedCalls; grow > 10 {
		t.Errorf("breaker on: wasted calls grew by %d over 15 s more outage", grow)
	}
	if grow := longOff.Metrics.WastedCalls - off.Metrics.WastedCalls; grow < 200 {
		t.Errorf("breaker off: wasted calls grew by only %d over 15 s more outage", grow)
	}
}

func TestRetryStorm(t *testing.T) {
	naive := run(t, "retry-storm", map[string]string{"policy": "naive"})
	for seed := uint64(1); seed <= 5; seed++ {
		backoff := runSeed(t, "retry-storm", map[string]string{"policy": "backoff"}, seed)
		m := backoff.Metrics
		if m.TailAvailability < 0.99 || m.RecoverSeconds == NotObserved {
			t.Errorf("seed %d: backoff ends with tail availability %v, recover %v", seed, m.TailAvailability, m.RecoverSeconds)
		}
		if countKind(backoff, KindBreakerOpen) == 0 {
			t.Errorf("seed %d: the breaker never opened", seed)
		}
		if m.Availability < 4*naive.Metrics.Availability || m.WastedCalls*10 > naive.Metrics.WastedCalls {
			t.Errorf("seed %d: backoff %+v vs naive %+v", seed, m, naive.Metrics)
		}
	}
	m := naive.Metrics
	if m.TailAvailability > 0.1 || m.RecoverSeconds != NotObserved || countKind(naive, KindRetryStorm) == 0 {
		t.Errorf("naive: storm should outlast the brownout: %+v", m)
	}
	// The storm spreads up the chain: every service ends overloaded.
	for _, node := range []string{"database", "backend", "frontend"} {
		found := false
		for _, e := range naive.Events {
			found = found || (e.Kind == KindOverload && e.Node == node)
		}
		if !found {
			t.Errorf("naive: no overload event for %s", node)
		}
	}
	// Without retries a brownout is only a brownout.
	none := run(t, "retry-storm", map[string]string{"policy": "naive", "retries": "0"})
	if none.Metrics.TailAvailability < 0.99 {
		t.Errorf("no retries: tail availability %v", none.Metrics.TailAvailability)
	}
}

// TestBreakerProtectsHealthyPath is the lesson of the circuit-breaker
// scenario with its defaults: without a breaker the calls to the dead
// dependency hold the workers and starve the healthy path; with one, the
// healthy path keeps all its requests and a low p99.
func TestBreakerProtectsHealthyPath(t *testing.T) {
	on := run(t, "circuit-breaker", nil)
	off := run(t, "circuit-breaker", map[string]string{"breaker": "off"})
	healthy := func(r Result) PathMetrics { return r.Metrics.Paths[pathHealthy] }
	if healthy(on).Availability != 1 || healthy(off).Availability >= 0.9 {
		t.Errorf("healthy path availability: on %v, off %v", healthy(on).Availability, healthy(off).Availability)
	}
	if on.Metrics.LatencyP99 >= off.Metrics.LatencyP99/2 || off.Metrics.LatencyP99 < 2 {
		t.Errorf("p99: on %v s, off %v s", on.Metrics.LatencyP99, off.Metrics.LatencyP99)
	}
	if on.Metrics.Availability <= off.Metrics.Availability {
		t.Errorf("availability: on %v, off %v", on.Metrics.Availability, off.Metrics.Availability)
	}
	if countKind(off, KindOverload) == 0 || countKind(on, KindOverload) != 1 {
		t.Errorf("starved pool: %d times without a breaker, %d with", countKind(off, KindOverload), countKind(on, KindOverload))
	}
}

// TestSplitBrain: without fencing both sides accept writes and the minority's
// are lost at the heal; with a quorum the minority steps down before the
// standby takes over, and nothing is lost or conflicts.
func TestSplitBrain(t *testing.T) {
	none := run(t, "split-brain", nil)
	m := none.Metrics
	if m.WritesLost != 120 || m.ConflictingWrites == 0 || m.ConflictingWrites >= m.WritesLost || m.NoPrimarySeconds != 0 {
		t.Errorf("no fencing: %+v", m)
	}
	found := false
	for _, e := range none.Events {
		found = found || strings.HasPrefix(e.Say, "split brain: two primaries")
	}
	if !found {
		t.Error("no fencing: the split brain is not narrated")
	}
	q := run(t, "split-brain", map[string]string{"fencing": "quorum"})
	m = q.Metrics
	if m.WritesLost != 0 || m.ConflictingWrites != 0 || m.NoPrimarySeconds != 3.9 || m.Availability >= none.Metrics.Availability {
		t.Errorf("quorum: %+v", m)
	}
	stepDown, promoted := -1.0, -1.0
	for _, e := range q.Events {
		switch e.Kind {
		case KindStepDown:
			stepDown = e.T
		case KindPromoted:
			promoted = e.T
		}
	}
	if stepDown < 0 || promoted < stepDown {
		t.Errorf("quorum: node-1 stepped down at %v, node-2 promoted at %v", stepDown, promoted)
	}
	// Even with no promotion delay the two never overlap.
	fast := run(t, "split-brain", map[string]string{"fencing": "quorum", "promotion": "0s"})
	if fast.Metrics.ConflictingWrites != 0 || fast.Metrics.WritesLost != 0 {
		t.Errorf("quorum, instant promotion: %+v", fast.Metrics)
	}
}

// TestCorrelatedFailure: three replicas in one rack go down together for the
// whole repair, whatever the formula says; spread one to a rack, the loss is
// a blip.
func TestCorrelatedFailure(t *testing.T) {
	together := run(t, "correlated-failure", nil)
	if together.Metrics.DowntimeSeconds != 30 || together.Events[0].Kind != KindNote ||
		!strings.Contains(together.Events[0].Say, "99.9999%") {
		t.Errorf("one rack: %+v, first event %+v", together.Metrics, together.Events[0])
	}
	spread := run(t, "correlated-failure", map[string]string{"per_rack": "1"})
	if spread.Metrics.DowntimeSeconds != 0 || spread.Metrics.Availability < 0.99 {
		t.Errorf("one a rack: %+v", spread.Metrics)
	}
}
