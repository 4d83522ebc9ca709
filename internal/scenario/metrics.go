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
// the counters the metrics are built from.
type ledger struct {
	arrived  []int // per arrival tick
	ok       []int
	failed   []int
	now      int // ticks completed
	faultAt  int // tick of the first fault, -1 before it
	detectAt int // tick of the first detection after the fault, -1 before it

	writesLost int
	wasted     int
	maxQueue   int
	peakLoad   float64
}

func newLedger(ticks int) ledger {
	return ledger{
		arrived:  make([]int, ticks),
		ok:       make([]int, ticks),
		failed:   make([]int, ticks),
		faultAt:  -1,
		detectAt: -1,
	}
}

func (l *ledger) arrive(tick, n int) { l.arrived[tick] += n }
func (l *ledger) serve(tick, n int)  { l.ok[tick] += n }
func (l *ledger) fail(tick, n int)   { l.failed[tick] += n }

func (l *ledger) queue(n int) { l.maxQueue = max(l.maxQueue, n) }

func (l *ledger) load(offered, capacity float64) {
	if capacity > 0 {
		l.peakLoad = max(l.peakLoad, offered/capacity)
	}
}

// metrics computes the figures over the ticks completed so far.
func (l *ledger) metrics() Metrics {
	m := Metrics{
		DurationSeconds: seconds(l.now),
		DetectSeconds:   NotObserved,
		RecoverSeconds:  NotObserved,
		WritesLost:      l.writesLost,
		WastedCalls:     l.wasted,
		MaxQueue:        l.maxQueue,
		PeakLoadFactor:  round3(l.peakLoad),
	}
	tailFrom := l.now - tailWindow*ticksPerSecond
	tailGood, tailBad := 0, 0
	down, impaired, restored := false, false, -1
	for t := 0; t < l.now; t++ {
		ok, failed := l.ok[t], l.failed[t]
		m.RequestsOK += ok
		m.RequestsFailed += failed
		m.RequestsPending += l.arrived[t] - ok - failed
		good, bad := l.judge(t)
		if t >= tailFrom {
			tailGood += good
			tailBad += bad
		}
		if good+bad > 0 {
			down = bad > good
		}
		if down {
			m.DowntimeSeconds += dt
		}
		if l.faultAt < 0 || t < l.faultAt || good+bad == 0 {
			continue
		}
		switch {
		case bad > 0:
			impaired, restored = true, -1
		case impaired && restored < 0:
			restored = t
		}
	}
	switch {
	case l.faultAt >= 0 && !impaired:
		m.RecoverSeconds = 0
	case impaired && restored >= 0:
		m.RecoverSeconds = seconds(restored - l.faultAt)
	}
	m.DowntimeSeconds = round3(m.DowntimeSeconds)
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
