// Package scenario is faultline's failover simulation engine: a pure,
// deterministic, discrete-time model of clients, nodes, links, heartbeats,
// replication, load balancers, circuit breakers and retries.
//
// A run is fixed by a scenario [Spec], its parameter [Values] and a seed. Time
// advances in ticks of [Tick] (100 ms of simulated time); each call to
// [Sim.Step] advances one tick and returns a [Snapshot] for drawing, and
// [Sim.Run] plays the run to its end and returns the [Result] that
// `faultline scenario NAME --headless -o json` prints. The only randomness is
// the jitter of retry back-off, drawn from a PCG generator seeded with the run's
// seed, so the same inputs give the same run every time.
//
// # How the metrics are measured
//
// Every client request is booked against the tick in which it arrived, and
// later marked served or failed. When a tick is judged, a request still
// unanswered 2 s after it arrived counts as not served, and a younger one is
// not counted yet. A tick counts as down when more than half of its counted
// requests were not served; a tick with nothing counted keeps the state of the
// tick before it. downtime_seconds is the number of down ticks times the tick
// length; degraded_seconds counts the ticks where more than 5% were not
// served, so a partial outage (one node of two lost, the other overloaded)
// shows there while downtime stays 0. availability is served / (served +
// failed + late), where requests_late are those still unanswered 2 s after
// they arrived (1 before any counts); tail_availability is the share served of
// the requests counted in the last 10 s, which shows whether a service ended
// the run healthy. latency_p50 and latency_p99 are the waits, arrival to
// answer, within which half and 99% of the served requests were answered.
//
// The first fault of a run (a crash, a slowdown or a cut link, scheduled by the
// scenario or injected by a player) starts the clocks: detect_seconds runs to
// the first failure-detected or breaker-open event after it, and
// recover_seconds to the start of the last unbroken stretch of fully served
// ticks, once requests had begun to fail after the fault; with no request
// failing after the fault there was nothing to recover from, and it stays -1.
// Both are -1 ([NotObserved]) while the moment has not come: before any fault,
// before detection, or while the service is not (or no longer) fully serving.
package scenario
