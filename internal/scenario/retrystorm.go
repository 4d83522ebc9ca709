package scenario

import (
	"fmt"
	"math"
	"time"
)

// Choices of the retry-storm policy parameter.
const (
	policyNaive   = 0
	policyBackoff = 1
)

// retryStormSpec describes the retry-storm scenario.
func retryStormSpec() Spec {
	return Spec{
		Name:     "retry-storm",
		Title:    "Retry storm and cascading failure",
		Summary:  "A brief slowdown at the end of a call chain: naive retries keep it down, backoff and a breaker let it recover.",
		TimeNote: "Times are close to real ones: 1 s timeouts and a 10 s brownout, as a busy database has.",
		Duration: 90 * time.Second,
		Params: []Param{
			{Key: "policy", Help: "naive: every layer retries at once; backoff: bounded retries with jittered exponential backoff and a breaker",
				Choices: []string{"naive", "backoff"}},
			rateParam(200),
			{Key: "capacity", Help: "requests per second the database serves", Unit: "req/s", Default: 300, Min: 1, Max: 5000},
			secondsParam("brownout_at", "when the database slows down", 10, 0, 60),
			secondsParam("brownout_for", "how long the slowdown lasts", 10, 0, 60),
			{Key: "brownout", Help: "share of its capacity the database keeps during the slowdown", Unit: "fraction", Default: 0.3, Min: 0.01, Max: 1},
			secondsParam("timeout", "how long a caller waits for the database", 1, 0.1, 10),
			{Key: "retries", Help: "retries per failed call", Default: 3, Min: 0, Max: 5, Integer: true},
			secondsParam("backoff", "first backoff delay, doubled on each retry (backoff policy)", 0.2, 0.01, 5),
			{Key: "threshold", Help: "failures within 2s that open the breaker (backoff policy)", Default: 20, Min: 1, Max: 1000, Integer: true},
			secondsParam("open_for", "how long the breaker stays open before a trial call (backoff policy)", 3, 0.1, 60),
		},
		build: func(s *Sim, v Values) model { return newRetryStorm(s, v) },
	}
}

// retryStorm is clients → frontend → backend → database. Only the database
// does real work; it serves its queue in order, and a call whose caller has
// already timed out is served for nobody. Under the naive policy the frontend
// and the backend each retry a failed call at once, so one client request can
// reach the database (retries+1)² times; under backoff only the frontend
// retries, after a jittered, doubling delay, and a breaker guards the
// database. The frontend and backend are drawn overloaded when the calls
// passing through them exceed three times the client rate.
type retryStorm struct {
	backoffPolicy        bool
	rate, capacity       float64
	brownAt, brownFor    float64
	brownout             float64
	timeout              int // ticks
	retries, maxTry      int
	backoff              float64
	clients, fe, be, db  *node
	feLink, beLink, dbLn *link
	br                   *breaker
	reqs                 pacer
	work                 tokens
	stale                int            // calls at the head of the database's queue whose callers gave up
	queue                fifo[attempt]  // behind them, the calls whose callers still wait, oldest first
	waiting              int            // calls in queue
	queued               int            // stale + waiting
	later                wheel[attempt] // retries waiting for their tick
	storm                bool
	factor               float64 // calls per new request when the storm began
	over                 map[*node]bool
}

// attempt is n calls to the database for requests that arrived in the same
// tick, at the same try.
type attempt struct {
	arrival, try, n, sent int
	trial                 bool
}

func newRetryStorm(s *Sim, v Values) *retryStorm {
	m := &retryStorm{
		backoffPolicy: v["policy"] == policyBackoff,
		rate:          v["rate"], capacity: v["capacity"],
		brownAt: v["brownout_at"], brownFor: v["brownout_for"], brownout: v["brownout"],
		timeout: ticksOf(v["timeout"], 1), retries: int(v["retries"]), backoff: v["backoff"],
		over: map[*node]bool{},
	}
	m.maxTry = (m.retries+1)*(m.retries+1) - 1
	longest := 1
	if m.backoffPolicy {
		m.maxTry = m.retries
		longest = ticksOf(m.backoff*math.Pow(2, float64(max(m.retries-1, 0))), 1)
	}
	m.later = newWheel[attempt](longest)
	m.clients = s.addNode("clients", RoleClient)
	m.fe = s.addNode("frontend", RoleService)
	m.be = s.addNode("backend", RoleService)
	m.db = s.addNode("database", RoleService)
	m.feLink = s.addLink("clients", "frontend")
	m.beLink = s.addLink("frontend", "backend")
	m.dbLn = s.addLink("backend", "database")
	m.br = newBreaker(m.backoffPolicy, m.db.Name, m.dbLn, int(v["threshold"]), 2, v["open_for"])
	return m
}

func (m *retryStorm) target() string { return m.db.Name }

func (m *retryStorm) step(s *Sim) {
	if s.at(m.brownAt) && m.brownout < 1 && m.db.slow == 1 {
		s.Slow(m.db.Name, 1/m.brownout)
	}
	if s.at(m.brownAt+m.brownFor) && m.db.slow > 1 {
		m.db.slow = 1
		s.emit(KindRecovered, m.db.Name, "back to full capacity")
	}
	m.feLink.Failed, m.dbLn.TimedOut, m.dbLn.Rejected = 0, 0, 0
	m.process(s)
	m.expire(s)
	n := m.reqs.next(m.rate)
	s.book.arrive(s.tick, n)
	ready := m.later.due(s.tick)
	sent, feCalls := m.send(s, ready, attempt{arrival: s.tick, n: n})
	m.draw(s, n, sent, feCalls)
}

// process lets the database serve the head of its queue.
func (m *retryStorm) process(s *Sim) {
	capacity := m.capacity / m.db.slow
	if !m.db.up || !m.dbLn.Up {
		capacity = 0
	}
	budget := m.work.take(capacity, m.queued)
	k := min(m.stale, budget)
	m.stale -= k
	m.queued -= k
	s.book.wasted += k
	budget -= k
	for budget > 0 && m.queue.len() > 0 {
		a := m.queue.front()
		k := min(a.n, budget)
		budget -= k
		a.n -= k
		m.queued -= k
		m.waiting -= k
		s.book.serve(a.arrival, k)
		m.br.result(s, true, k, a.trial)
		if a.n == 0 {
			m.queue.pop()
		}
	}
}

// expire fails the attempts whose callers stopped waiting; they stay queued
// as work the database will do for nobody.
func (m *retryStorm) expire(s *Sim) {
	for m.queue.len() > 0 && s.tick-m.queue.front().sent >= m.timeout {
		a := *m.queue.front()
		m.queue.pop()
		m.waiting -= a.n
		m.stale += a.n
		m.dbLn.TimedOut += a.n
		m.br.result(s, false, a.n, a.trial)
		m.failed(s, a, a.n)
	}
}

// failed handles n failed attempts: retry them or fail their requests.
func (m *retryStorm) failed(s *Sim, a attempt, n int) {
	if n == 0 {
		return
	}
	if a.try >= m.maxTry {
		s.book.fail(a.arrival, n)
		m.feLink.Failed += n
		return
	}
	next := attempt{arrival: a.arrival, try: a.try + 1, n: n}
	if !m.backoffPolicy {
		m.later.add(s.tick+1, next, nil)
		return
	}
	next.n = 1
	base := m.backoff * math.Pow(2, float64(a.try))
	for range n {
		delay := ticksOf(base*(0.5+s.rng.Float64()/2), 1)
		m.later.add(s.tick+delay, next, sameTry)
	}
}

// send passes ready attempts, then the new requests, to the database, or
// fails them at the breaker. It returns the attempts sent and how many of them
// are new frontend calls.
func (m *retryStorm) send(s *Sim, ready []attempt, fresh attempt) (sent, feCalls int) {
	for _, a := range append(ready, fresh) {
		if a.n == 0 {
			continue
		}
		k, trial := m.br.admit(s, a.n)
		if trial {
			m.enqueue(s, attempt{arrival: a.arrival, try: a.try, n: 1, trial: true})
		} else if k > 0 {
			m.enqueue(s, attempt{arrival: a.arrival, try: a.try, n: k})
		}
		if m.br.on {
			m.dbLn.Rejected += a.n - k
		}
		m.failed(s, a, a.n-k)
		sent += k
		if m.backoffPolicy || a.try%(m.retries+1) == 0 {
			feCalls += k
		}
	}
	return sent, feCalls
}

func (m *retryStorm) enqueue(s *Sim, a attempt) {
	a.sent = s.tick
	m.queue.push(a)
	m.queued += a.n
	m.waiting += a.n
}

// draw sets loads and states and reports storms and overloads.
func (m *retryStorm) draw(s *Sim, n, sent, feCalls int) {
	limit := 3 * m.rate
	capacity := m.capacity / m.db.slow
	m.clients.Load = float64(n) / dt
	m.fe.Load, m.fe.Capacity = float64(feCalls)/dt, limit
	m.be.Load, m.be.Capacity = float64(sent)/dt, limit
	m.db.Load, m.db.Capacity = float64(sent)/dt, capacity
	s.book.load(m.db.Load, capacity)
	s.book.queue(m.queued)
	m.feLink.InFlight, m.beLink.InFlight, m.dbLn.InFlight = n, sent, m.waiting

	for _, x := range []struct {
		n    *node
		over bool
	}{
		{m.db, float64(m.queued) > capacity*seconds(m.timeout)},
		{m.be, m.be.Load > limit},
		{m.fe, m.fe.Load > limit},
	} {
		if x.over && !m.over[x.n] {
			s.emit(KindOverload, x.n.Name, fmt.Sprintf("%g calls/s offered", round3(x.n.Load)))
		}
		m.over[x.n] = x.over
		switch {
		case !x.n.up:
			x.n.State = StateDown
		case x.over:
			x.n.State = StateOverloaded
		default:
			x.n.State = StateUp
		}
	}

	switch {
	case !m.storm && n > 0 && sent > 2*n:
		m.storm, m.factor = true, float64(sent)/float64(n)
		s.emit(KindRetryStorm, m.db.Name, fmt.Sprintf("%d calls for %d new requests", sent, n))
	case m.storm && sent*2 <= 3*n:
		m.storm = false
		s.emit(KindRecovered, m.db.Name, "retry storm over")
	}
}

// sameTry folds a retry into the one before it when both are for requests of
// the same tick at the same try, so a burst costs one entry, not one per call.
func sameTry(last *attempt, a attempt) bool {
	if last.arrival != a.arrival || last.try != a.try || last.trial || a.trial {
		return false
	}
	last.n += a.n
	return true
}

// say narrates the moments of the retry-storm scenario.
func (m *retryStorm) say(e Event) string {
	switch {
	case e.Kind == KindSlowdown:
		return fmt.Sprintf("the database slows to %g%% of its capacity: calls start to time out", round3(100*m.brownout))
	case e.Kind == KindRetryStorm:
		return fmt.Sprintf("retries multiply the load on the database by %.1f: it falls further behind", m.factor)
	case e.Kind == KindOverload && e.Node == m.db.Name:
		return "the database's queue is longer than callers wait: what it serves now is work for nobody"
	case e.Kind == KindOverload:
		return "the storm spreads up the chain: " + e.Node + " is overloaded too"
	case e.Kind == KindBreakerOpen:
		return "breaker open: calls fail fast and the database gets room to drain its queue"
	case e.Kind == KindRecovered && e.Detail == "retry storm over":
		return "the storm is over: the database keeps up again"
	case e.Kind == KindRecovered:
		return "the slowdown is over, yet the queue of retries may keep the database swamped"
	}
	return ""
}
