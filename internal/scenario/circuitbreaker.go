package scenario

import (
	"fmt"
	"time"
)

// Paths of the circuit-breaker scenario, as booked in its ledger.
const (
	pathHealthy = iota // requests answered from the healthy dependency
	pathFailing        // requests that need the dependency that fails
)

// circuitBreakerSpec describes the circuit-breaker scenario.
func circuitBreakerSpec() Spec {
	return Spec{
		Name:    "circuit-breaker",
		Title:   "Circuit breaker",
		Summary: "A dependency hangs: without a breaker, calls to it hold every worker and healthy calls starve.",
		TimeNote: "Times are as in a real service: calls of 0.2 s, a 2 s timeout; " +
			"the outage is 30 s where real ones last minutes.",
		Duration: 60 * time.Second,
		Params: []Param{
			{Key: "breaker", Help: "whether circuit breakers guard the calls to each dependency", Choices: []string{"off", "on"}, Default: 1},
			rateParam(50),
			{Key: "failing_share", Help: "share of requests that need the dependency that fails", Unit: "fraction", Default: 0.5, Min: 0, Max: 1},
			{Key: "workers", Help: "calls the service can have in flight at once; requests wait in a queue for a free worker", Default: 40, Min: 1, Max: 1000, Integer: true},
			secondsParam("latency", "how long a call to a healthy dependency takes", 0.2, 0.1, 5),
			secondsParam("timeout", "how long a call, or a request queued for a worker, waits before giving up", 2, 0.2, 30),
			secondsParam("fail_at", "when the failing dependency stops answering", 10, 0, 50),
			secondsParam("recover_at", "when it answers again", 40, 0, 60),
			{Key: "threshold", Help: "failed calls within the window that open a breaker", Default: 10, Min: 1, Max: 1000, Integer: true},
			secondsParam("window", "the span over which failed calls are counted", 5, 0.1, 60),
			secondsParam("open_for", "how long a breaker stays open before a trial call", 5, 0.1, 60),
		},
		build: func(s *Sim, v Values) model { return newCircuitBreaker(s, v) },
	}
}

// circuitBreaker is clients → service → {inventory, reviews}. Every request
// needs one call: to inventory, which stays healthy, or to reviews, which
// stops answering for a while. The service has a fixed pool of workers and a
// worker is held for the whole call; requests wait in one queue for a free
// worker and give up after the timeout. A call to a dependency that does not
// answer holds its worker until the timeout, so without a breaker the calls to
// reviews soon hold every worker and the requests for inventory time out in
// the queue behind them. With a breaker on each link, the one to reviews opens
// after a few failures: those requests fail at once without taking a worker,
// and the inventory path keeps its workers and its latency.
type circuitBreaker struct {
	rate, share     float64
	workers         int
	latency         int // ticks
	timeout         int // ticks
	failAt, recover float64

	clients, service *node
	deps             [2]*node // by path
	in               *link
	out              [2]*link
	br               [2]*breaker
	reqs, failing    pacer
	queue            fifo[batch]
	queued, busy     int
	held             [2]int // workers held by calls on each path
	due              wheel[call]
	failedNow        bool
	starved          bool
}

// batch is n requests of one path that arrived in the same tick.
type batch struct{ arrival, n, path int }

// call is n calls on one path that end in the same tick.
type call struct {
	arrival, n, path int
	ok, trial        bool
}

func newCircuitBreaker(s *Sim, v Values) *circuitBreaker {
	m := &circuitBreaker{rate: v["rate"], share: v["failing_share"], workers: int(v["workers"]),
		latency: ticksOf(v["latency"], 1), timeout: ticksOf(v["timeout"], 1),
		failAt: v["fail_at"], recover: v["recover_at"]}
	m.latency = min(m.latency, m.timeout)
	m.due = newWheel[call](m.timeout)
	m.clients = s.addNode("clients", RoleClient)
	m.service = s.addNode("service", RoleService)
	m.deps[pathHealthy] = s.addNode("inventory", RoleService)
	m.deps[pathFailing] = s.addNode("reviews", RoleService)
	m.in = s.addLink("clients", "service")
	on := v["breaker"] == 1
	for p, d := range m.deps {
		m.out[p] = s.addLink("service", d.Name)
		m.br[p] = newBreaker(on, d.Name, m.out[p], int(v["threshold"]), v["window"], v["open_for"])
	}
	s.book.path("inventory", "reviews")
	return m
}

func (m *circuitBreaker) target() string { return m.deps[pathFailing].Name }

func (m *circuitBreaker) step(s *Sim) {
	dep := m.deps[pathFailing]
	if s.at(m.failAt) && dep.up {
		s.Crash(dep.Name)
	}
	if s.at(m.recover) && !dep.up && m.failedNow {
		dep.up, dep.State = true, StateUp
		s.emit(KindRecovered, dep.Name, "answers again")
	}
	if !dep.up {
		m.failedNow = true
	}
	for _, l := range [...]*link{m.in, m.out[0], m.out[1]} {
		l.Failed, l.TimedOut, l.Rejected = 0, 0, 0
	}
	m.complete(s)
	n := m.reqs.next(m.rate)
	f := min(m.failing.next(m.rate*m.share), n)
	s.book.arrive(s.tick, n)
	m.queue.push(batch{s.tick, f, pathFailing})
	m.queue.push(batch{s.tick, n - f, pathHealthy})
	m.queued += n
	m.expire(s)
	m.dispatch(s)
	m.draw(s, n)
}

// complete ends the calls due now, freeing their workers.
func (m *circuitBreaker) complete(s *Sim) {
	for _, c := range m.due.due(s.tick) {
		m.busy -= c.n
		m.held[c.path] -= c.n
		if c.ok {
			s.book.servePath(c.path, c.arrival, c.n)
		} else {
			s.book.failPath(c.path, c.arrival, c.n)
			s.book.wasted += c.n
			m.out[c.path].TimedOut += c.n
		}
		m.br[c.path].result(s, c.ok, c.n, c.trial)
	}
}

// expire fails the queued requests whose clients stopped waiting.
func (m *circuitBreaker) expire(s *Sim) {
	for m.queue.len() > 0 && s.tick-m.queue.front().arrival >= m.timeout {
		b := m.queue.front()
		s.book.failPath(b.path, b.arrival, b.n)
		m.in.TimedOut += b.n
		m.queued -= b.n
		m.queue.pop()
	}
}

// dispatch hands queued requests to free workers in order; a request whose
// breaker is open fails at once without taking a worker.
func (m *circuitBreaker) dispatch(s *Sim) {
	s.book.queue(m.queued)
	for m.queue.len() > 0 {
		head := m.queue.front()
		br := m.br[head.path]
		if head.n == 0 || br.blocks(s) {
			s.book.failPath(head.path, head.arrival, head.n)
			m.out[head.path].Rejected += head.n
			m.queued -= head.n
			m.queue.pop()
			continue
		}
		free := m.workers - m.busy
		if free == 0 {
			break
		}
		k, trial := br.admit(s, min(head.n, free))
		dep, l := m.deps[head.path], m.out[head.path]
		end, ok := s.tick+m.timeout, false
		if dep.up && l.Up && m.latency < m.timeout {
			end, ok = s.tick+m.latency, true
		}
		m.due.add(end, call{head.arrival, k, head.path, ok, trial}, nil)
		m.busy += k
		m.held[head.path] += k
		m.queued -= k
		if head.n -= k; head.n == 0 {
			m.queue.pop()
		}
	}
}

// draw sets loads and states, and tells when the pool runs dry and refills.
func (m *circuitBreaker) draw(s *Sim, n int) {
	capacity := float64(m.workers) / dt
	m.clients.Load = float64(n) / dt
	m.service.Load, m.service.Capacity = float64(m.busy+m.queued)/dt, capacity
	s.book.load(float64(m.busy+m.queued)/dt, capacity)
	m.in.InFlight = m.queued
	for p, d := range m.deps {
		m.out[p].InFlight = m.held[p]
		d.Load = float64(m.held[p]) / dt
		if !d.up {
			d.State = StateDown
		}
	}
	starved := m.queued > 0 && m.busy >= m.workers
	if starved && !m.starved {
		s.emit(KindOverload, m.service.Name, fmt.Sprintf("all %d workers busy, %d of them waiting on reviews; %d requests queued",
			m.workers, m.held[pathFailing], m.queued))
	}
	m.starved = starved
	m.service.State = StateUp
	if starved {
		m.service.State = StateOverloaded
	}
}

// say narrates the moments of the circuit-breaker scenario.
func (m *circuitBreaker) say(e Event) string {
	switch {
	case e.Kind == KindCrash && e.Node == m.deps[pathFailing].Name:
		return fmt.Sprintf("reviews stopped answering: each call to it now holds a worker for the full %s timeout",
			fmtSeconds(seconds(m.timeout)))
	case e.Kind == KindOverload && m.held[pathFailing]*2 > m.workers:
		return "every worker is stuck waiting on reviews: inventory requests queue behind them and time out too"
	case e.Kind == KindOverload:
		return "every worker is busy: new requests wait in the queue"
	case e.Kind == KindBreakerOpen && e.Node == m.deps[pathFailing].Name:
		return "breaker open: calls to reviews fail fast, the workers stay free for inventory and reviews gets room"
	case e.Kind == KindBreakerHalfOpen:
		return "half-open: one trial call tests whether " + e.Node + " is back"
	case e.Kind == KindBreakerClosed:
		return "breaker closed: the trial call succeeded and calls to " + e.Node + " flow again"
	case e.Kind == KindRecovered:
		return "reviews answers again; the breaker closes after its next trial call"
	}
	return ""
}
