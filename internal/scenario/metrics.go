package scenario

// tailWindow is the span, in seconds, at the end of the run over which
// Metrics.TailAvailability is measured.
const tailWindow = 10

// degradedShare is the share of requests not served above which a tick counts
// toward Metrics.DegradedSeconds; downShare, toward Metrics.DowntimeSeconds.
const (
	degradedShare = 0.05
	downShare     = 0.5
)

// settle is how long, in seconds, a request may stay unanswered before it
// counts as not served when ticks are judged up or down.
const settle = 2

// Metrics are the running figures of a run. Times are simulated seconds; see
// the package documentation for how downtime, detection and recovery are
// measured.
type Metrics struct {
	DurationSeconds   float64 `json:"duration_seconds"`   // simulated time so far
	RequestsOK        int     `json:"requests_ok"`        // client requests served
	RequestsFailed    int     `json:"requests_failed"`    // client requests that failed or timed out
	RequestsPending   int     `json:"requests_pending"`   // client requests not yet answered
	RequestsLate      int     `json:"requests_late"`      // of those, the ones unanswered 2 s after they arrived
	Availability      float64 `json:"availability"`       // served / (served + failed + unanswered 2 s after arrival); 1 before any counts
	TailAvailability  float64 `json:"tail_availability"`  // share served of the requests arriving in the last 10 s
	DowntimeSeconds   float64 `json:"downtime_seconds"`   // time in ticks where more than half the requests were not served
	DegradedSeconds   float64 `json:"degraded_seconds"`   // time in ticks where more than 5% of the requests were not served (downtime included)
	LatencyP50        float64 `json:"latency_p50"`        // seconds from arrival to answer for half the served requests, or -1
	LatencyP99        float64 `json:"latency_p99"`        // the same for 99% of them, or -1
	DetectSeconds     float64 `json:"detect_seconds"`     // first fault to failure detected, or -1
	RecoverSeconds    float64 `json:"recover_seconds"`    // first fault to service restored for good (RTO seen), or -1
	WritesLost        int     `json:"writes_lost"`        // acknowledged writes lost in a failover (RPO seen)
	ConflictingWrites int     `json:"conflicting_writes"` // writes one primary accepted while another primary existed (split brain)
	NoPrimarySeconds  float64 `json:"no_primary_seconds"` // time no node accepted writes (0 in scenarios without a primary)
	WastedCalls       int     `json:"wasted_calls"`       // calls that did work for nobody: timed out or served too late
	MaxQueue          int     `json:"max_queue"`          // most requests ever waiting in a queue
	PeakLoadFactor    float64 `json:"peak_load_factor"`   // highest load / capacity of any serving node

	Paths []PathMetrics `json:"paths,omitempty"` // the requests of each kind, where a scenario has more than one
}

// PathMetrics are the figures of one kind of request, such as the requests a
// service answers from its healthy dependency.
type PathMetrics struct {
	Name           string  `json:"name"`
	RequestsOK     int     `json:"requests_ok"`
	RequestsFailed int     `json:"requests_failed"`
	Availability   float64 `json:"availability"`
}

// ledger books every client request against the tick it arrived in and keeps
// the counters the metrics are built from. Ticks whose requests are all
// answered and settled can no longer change how they are judged; they are
// folded into a running summary once, so the metrics cost only the ticks
// still open and the last 10 s, not the whole run.
type ledger struct {
	arrived  []int // per arrival tick
	ok       []int
	failed   []int
	now      int // ticks completed
	faultAt  int // tick of the first fault, -1 before it
	detectAt int // tick of the first detection after the fault, -1 before it

	totalArrived, totalOK, totalFailed int
	waits                              []int // served requests by ticks waited
	paths                              []PathMetrics

	closed      int     // ticks [0, closed) are folded into sealed
	sealed      verdict // the judgement of those ticks
	writesLost  int
	conflicting int
	noPrimary   int // ticks
	wasted      int
	maxQueue    int
	peakLoad    float64
}

// verdict is the judgement of a run of ticks in order: downtime and the
// state the recovery clock needs.
type verdict struct {
	down, degraded, impaired bool
	downTicks, degradedTicks int
	restored                 int // first tick of the current fully served stretch after impairment, or -1
}

func newLedger(ticks int) ledger {
	return ledger{
		arrived:  make([]int, ticks),
		ok:       make([]int, ticks),
		failed:   make([]int, ticks),
		faultAt:  -1,
		detectAt: -1,
		sealed:   verdict{restored: -1},
	}
}

func (l *ledger) arrive(tick, n int) { l.arrived[tick] += n; l.totalArrived += n }
func (l *ledger) fail(tick, n int)   { l.failed[tick] += n; l.totalFailed += n }

// serve books n requests of tick answered now, and how long they waited.
func (l *ledger) serve(tick, n int) {
	if n <= 0 {
		return
	}
	l.ok[tick] += n
	l.totalOK += n
	wait := max(l.now-tick, 0)
	for len(l.waits) <= wait {
		l.waits = append(l.waits, 0)
	}
	l.waits[wait] += n
}

// path names the kinds of request a scenario books apart, in order; the
// index of each is what servePath and failPath take.
func (l *ledger) path(names ...string) {
	for _, n := range names {
		l.paths = append(l.paths, PathMetrics{Name: n})
	}
}

func (l *ledger) servePath(p, tick, n int) { l.serve(tick, n); l.paths[p].RequestsOK += n }
func (l *ledger) failPath(p, tick, n int)  { l.fail(tick, n); l.paths[p].RequestsFailed += n }

// percentile is the wait, in seconds, within which share of the served
// requests were answered, or NotObserved before any was.
func (l *ledger) percentile(share float64) float64 {
	if l.totalOK == 0 {
		return NotObserved
	}
	need := int(share*float64(l.totalOK) + 0.999999)
	seen := 0
	for wait, n := range l.waits {
		if seen += n; seen >= need {
			return seconds(wait)
		}
	}
	return seconds(len(l.waits) - 1)
}

func (l *ledger) queue(n int) { l.maxQueue = max(l.maxQueue, n) }

func (l *ledger) load(offered, capacity float64) {
	if capacity > 0 {
		l.peakLoad = max(l.peakLoad, offered/capacity)
	}
}

// advance marks one more tick completed and seals the ticks that can no
// longer change.
func (l *ledger) advance() {
	l.now++
	for l.closed < l.now && l.now-l.closed >= settle*ticksPerSecond &&
		l.ok[l.closed]+l.failed[l.closed] == l.arrived[l.closed] {
		l.sealed = l.fold(l.sealed, l.closed)
		l.closed++
	}
}

// fold judges tick t after the ticks summed up in v.
func (l *ledger) fold(v verdict, t int) verdict {
	good, bad := l.judge(t)
	if good+bad > 0 {
		v.down = float64(bad) > downShare*float64(good+bad)
		v.degraded = float64(bad) > degradedShare*float64(good+bad)
	}
	if v.down {
		v.downTicks++
	}
	if v.degraded {
		v.degradedTicks++
	}
	if l.faultAt < 0 || t < l.faultAt || good+bad == 0 {
		return v
	}
	switch {
	case bad > 0:
		v.impaired, v.restored = true, -1
	case v.impaired && v.restored < 0:
		v.restored = t
	}
	return v
}

// metrics computes the figures over the ticks completed so far.
func (l *ledger) metrics() Metrics {
	m := Metrics{
		DurationSeconds:   seconds(l.now),
		RequestsOK:        l.totalOK,
		RequestsFailed:    l.totalFailed,
		RequestsPending:   l.totalArrived - l.totalOK - l.totalFailed,
		DetectSeconds:     NotObserved,
		RecoverSeconds:    NotObserved,
		WritesLost:        l.writesLost,
		ConflictingWrites: l.conflicting,
		NoPrimarySeconds:  seconds(l.noPrimary),
		WastedCalls:       l.wasted,
		MaxQueue:          l.maxQueue,
		PeakLoadFactor:    round3(l.peakLoad),
	}
	v := l.sealed
	late := 0 // requests unanswered settle after they arrived
	for t := l.closed; t < l.now; t++ {
		v = l.fold(v, t)
		if l.now-t >= settle*ticksPerSecond {
			late += l.arrived[t] - l.ok[t] - l.failed[t]
		}
	}
	tailGood, tailBad := 0, 0
	for t := max(l.now-tailWindow*ticksPerSecond, 0); t < l.now; t++ {
		good, bad := l.judge(t)
		tailGood += good
		tailBad += bad
	}
	if v.impaired && v.restored >= 0 {
		m.RecoverSeconds = seconds(v.restored - l.faultAt)
	}
	m.DowntimeSeconds = round3(float64(v.downTicks) * dt)
	m.DegradedSeconds = round3(float64(v.degradedTicks) * dt)
	m.LatencyP50, m.LatencyP99 = l.percentile(0.5), l.percentile(0.99)
	if len(l.paths) > 0 {
		m.Paths = make([]PathMetrics, len(l.paths))
		for i, p := range l.paths {
			p.Availability = fraction(p.RequestsOK, p.RequestsFailed)
			m.Paths[i] = p
		}
	}
	m.RequestsLate = late
	m.Availability = fraction(m.RequestsOK, m.RequestsFailed+late)
	m.TailAvailability = fraction(tailGood, tailBad)
	if l.faultAt >= 0 && l.detectAt >= 0 {
		m.DetectSeconds = seconds(l.detectAt - l.faultAt)
	}
	return m
}

// judge counts the requests that arrived in tick t as served (good) or not
// (bad). A request still unanswered settle after it arrived counts as not
// served; a younger one is not counted yet.
func (l *ledger) judge(t int) (good, bad int) {
	good, bad = l.ok[t], l.failed[t]
	if l.now-t >= settle*ticksPerSecond {
		bad = l.arrived[t] - good
	}
	return good, bad
}

func fraction(ok, failed int) float64 {
	if ok+failed == 0 {
		return 1
	}
	return float64(ok) / float64(ok+failed)
}

// seconds turns a tick count into seconds without rounding noise.
func seconds(ticks int) float64 { return float64(ticks) / float64(ticksPerSecond) }

func round3(x float64) float64 {
	if x < 0 {
		return -round3(-x)
	}
	return float64(int64(x*1000+0.5)) / 1000
}
