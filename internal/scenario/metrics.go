package scenario

// tailWindow is the span, in seconds, at the end of the run over which
// Metrics.TailAvailability is measured.
const tailWindow = 10

// settle is how long, in seconds, a request may stay unanswered before it
// counts as not served when ticks are judged up or down.
const settle = 2

// Metrics are the running figures of a run. Times are simulated seconds; see
// the package documentation for how downtime, detection and recovery are
// measured.
type Metrics struct {
	DurationSeconds  float64 `json:"duration_seconds"`  // simulated time so far
	RequestsOK       int     `json:"requests_ok"`       // client requests served
	RequestsFailed   int     `json:"requests_failed"`   // client requests that failed or timed out
	RequestsPending  int     `json:"requests_pending"`  // client requests not yet answered
	Availability     float64 `json:"availability"`      // served / (served + failed); 1 with no answered requests
	TailAvailability float64 `json:"tail_availability"` // share served of the requests arriving in the last 10 s
	DowntimeSeconds  float64 `json:"downtime_seconds"`  // time in ticks where more than half the requests were not served
	DetectSeconds    float64 `json:"detect_seconds"`    // first fault to failure detected, or -1
	RecoverSeconds   float64 `json:"recover_seconds"`   // first fault to service restored for good (RTO seen), or -1
	WritesLost       int     `json:"writes_lost"`       // acknowledged writes lost in a failover (RPO seen)
	WastedCalls      int     `json:"wasted_calls"`      // calls that did work for nobody: timed out or served too late
	MaxQueue         int     `json:"max_queue"`         // most requests ever waiting in a queue
	PeakLoadFactor   float64 `json:"peak_load_factor"`  // highest load / capacity of any serving node
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

	closed     int     // ticks [0, closed) are folded into sealed
	sealed     verdict // the judgement of those ticks
	writesLost int
	wasted     int
	maxQueue   int
	peakLoad   float64
}

// verdict is the judgement of a run of ticks in order: downtime and the
// state the recovery clock needs.
type verdict struct {
	down, impaired bool
	downTicks      int
	restored       int // first tick of the current fully served stretch after impairment, or -1
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
func (l *ledger) serve(tick, n int)  { l.ok[tick] += n; l.totalOK += n }
func (l *ledger) fail(tick, n int)   { l.failed[tick] += n; l.totalFailed += n }

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
		v.down = bad > good
	}
	if v.down {
		v.downTicks++
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
		DurationSeconds: seconds(l.now),
		RequestsOK:      l.totalOK,
		RequestsFailed:  l.totalFailed,
		RequestsPending: l.totalArrived - l.totalOK - l.totalFailed,
		DetectSeconds:   NotObserved,
		RecoverSeconds:  NotObserved,
		WritesLost:      l.writesLost,
		WastedCalls:     l.wasted,
		MaxQueue:        l.maxQueue,
		PeakLoadFactor:  round3(l.peakLoad),
	}
	v := l.sealed
	for t := l.closed; t < l.now; t++ {
		v = l.fold(v, t)
	}
	tailGood, tailBad := 0, 0
	for t := max(l.now-tailWindow*ticksPerSecond, 0); t < l.now; t++ {
		good, bad := l.judge(t)
		tailGood += good
		tailBad += bad
	}
	switch {
	case l.faultAt >= 0 && !v.impaired:
		m.RecoverSeconds = 0
	case v.impaired && v.restored >= 0:
		m.RecoverSeconds = seconds(v.restored - l.faultAt)
	}
	m.DowntimeSeconds = round3(float64(v.downTicks) * dt)
	m.Availability = fraction(m.RequestsOK, m.RequestsFailed)
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
