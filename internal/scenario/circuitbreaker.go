package scenario

import "time"

// circuitBreakerSpec describes the circuit-breaker scenario.
func circuitBreakerSpec() Spec {
	return Spec{
		Name:     "circuit-breaker",
		Title:    "Circuit breaker",
		Summary:  "A service calls a dependency that stops answering: fail fast with a breaker, pile up without one.",
		Duration: 60 * time.Second,
		Params: []Param{
			{Key: "breaker", Help: "whether a circuit breaker guards the calls", Choices: []string{"off", "on"}, Default: 1},
			rateParam(50),
			{Key: "workers", Help: "calls the service can have waiting at once", Default: 40, Min: 1, Max: 1000, Integer: true},
			secondsParam("timeout", "how long a call or a queued request waits before giving up", 2, 0.2, 30),
			secondsParam("fail_at", "when the dependency stops answering", 10, 0, 50),
			secondsParam("recover_at", "when the dependency answers again", 40, 0, 60),
			{Key: "threshold", Help: "failures within the window that open the breaker", Default: 10, Min: 1, Max: 1000, Integer: true},
			secondsParam("window", "the span over which failures are counted", 5, 0.1, 60),
			secondsParam("open_for", "how long the breaker stays open before a trial call", 5, 0.1, 60),
		},
		build: func(s *Sim, v Values) model { return newCircuitBreaker(s, v) },
	}
}

// circuitBreaker is clients → service → dependency. The service holds one of
// its workers for every call in flight; requests wait in a queue for a free
// worker and give up after the timeout.
type circuitBreaker struct {
	rate            float64
	workers         int
	timeout         int // ticks
	failAt, recover float64

	clients, service, dep *node
	in, out               *link
	br                    *breaker
	reqs                  pacer
	queue                 fifo[batch]
	queued, busy          int
	due                   wheel[call]
}

// batch is n requests that arrived in the same tick.
type batch struct{ arrival, n int }

// call is n calls to the dependency that end in the same tick.
type call struct {
	arrival, n int
	ok, trial  bool
}

func newCircuitBreaker(s *Sim, v Values) *circuitBreaker {
	m := &circuitBreaker{rate: v["rate"], workers: int(v["workers"]), timeout: ticksOf(v["timeout"], 1),
		failAt: v["fail_at"], recover: v["recover_at"]}
	m.due = newWheel[call](m.timeout)
	m.clients = s.addNode("clients", RoleClient)
	m.service = s.addNode("service", RoleService)
	m.dep = s.addNode("dependency", RoleService)
	m.in = s.addLink("clients", "service")
	m.out = s.addLink("service", "dependency")
	m.br = newBreaker(v["breaker"] == 1, m.dep.Name, m.out, int(v["threshold"]), v["window"], v["open_for"])
	return m
}

func (m *circuitBreaker) target() string { return m.dep.Name }

func (m *circuitBreaker) step(s *Sim) {
	if s.at(m.failAt) && m.dep.up {
		s.Crash(m.dep.Name)
	}
	if s.at(m.recover) && !m.dep.up {
		m.dep.up, m.dep.State = true, StateUp
		s.emit(KindRecovered, m.dep.Name, "answers again")
	}
	m.complete(s)
	n := m.reqs.next(m.rate)
	s.book.arrive(s.tick, n)
	m.queue.push(batch{s.tick, n})
	m.queued += n
	m.expire(s)
	m.dispatch(s)
	m.draw(s, n)
}

// complete ends the calls due now, freeing their workers.
func (m *circuitBreaker) complete(s *Sim) {
	for _, c := range m.due.due(s.tick) {
		m.busy -= c.n
		if c.ok {
			s.book.serve(c.arrival, c.n)
		} else {
			s.book.fail(c.arrival, c.n)
			s.book.wasted += c.n
		}
		m.br.result(s, c.ok, c.n, c.trial)
	}
}

// expire fails the queued requests whose clients stopped waiting.
func (m *circuitBreaker) expire(s *Sim) {
	for m.queue.len() > 0 && s.tick-m.queue.front().arrival >= m.timeout {
		s.book.fail(m.queue.front().arrival, m.queue.front().n)
		m.queued -= m.queue.front().n
		m.queue.pop()
	}
}

// dispatch hands queued requests to free workers, or fails them at once while
// the breaker is open.
func (m *circuitBreaker) dispatch(s *Sim) {
	s.book.queue(m.queued)
	latency := max(1, int(m.dep.slow+0.999))
	healthy := m.dep.up && m.out.Up && latency < m.timeout
	for m.queue.len() > 0 {
		head := m.queue.front()
		if head.n == 0 || m.br.blocks(s) {
			// nothing left, or the breaker fails the requests at once
			s.book.fail(head.arrival, head.n)
			m.queued -= head.n
			m.queue.pop()
			continue
		}
		free := m.workers - m.busy
		if free == 0 {
			break
		}
		k, trial := m.br.admit(s, min(head.n, free))
		end, ok := s.tick+m.timeout, false
		if healthy {
			end, ok = s.tick+latency, true
		}
		m.due.add(end, call{head.arrival, k, ok, trial}, nil)
		m.busy += k
		m.queued -= k
		if head.n -= k; head.n == 0 {
			m.queue.pop()
		}
	}
}

func (m *circuitBreaker) draw(s *Sim, n int) {
	capacity := float64(m.workers) / dt
	m.clients.Load = float64(n) / dt
	m.service.Load, m.service.Capacity = float64(n)/dt, capacity
	m.dep.Load = float64(m.busy) / dt
	s.book.load(float64(m.busy+m.queued)/dt, capacity)
	m.in.InFlight, m.out.InFlight = m.queued, m.busy
	switch {
	case m.queued > 0 && m.busy >= m.workers:
		m.service.State = StateOverloaded
	default:
		m.service.State = StateUp
	}
	if !m.dep.up {
		m.dep.State = StateDown
	}
}
