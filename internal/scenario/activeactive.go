package scenario

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// activeActiveSpec describes the active-active scenario.
func activeActiveSpec() Spec {
	return Spec{
		Name:     "active-active",
		Title:    "Active-active behind a load balancer",
		Summary:  "Every node serves; health checks drop the dead one and the rest carry the load, if they can.",
		TimeNote: "Times are close to real ones: a balancer checks every second or few.",
		Duration: 60 * time.Second,
		Params: []Param{
			{Key: "nodes", Help: "nodes behind the load balancer", Default: 3, Min: 2, Max: 8, Integer: true},
			rateParam(200),
			{Key: "capacity", Help: "requests per second one node can serve", Unit: "req/s", Default: 120, Min: 1, Max: 2000},
			crashAtParam("when node-1 crashes", 10, 50),
			secondsParam("check_interval", "how often the balancer checks each node", 1, 0.1, 10),
			{Key: "check_threshold", Help: "failed checks in a row before a node is removed", Default: 3, Min: 1, Max: 10, Integer: true},
		},
		build: func(s *Sim, v Values) model { return newActiveActive(s, v) },
	}
}

// activeActive is a pool of equal nodes behind a round-robin load balancer
// with health checks.
type activeActive struct {
	rate, capacity float64
	crashAt        float64
	interval       float64
	threshold      int

	clients, lb *node
	pool        []*member
	reqs        pacer
	cursor      int // round-robin position

	// A correlated failure: the nodes sharing node-1's rack fail together
	// at rackAt and come back repair later. Without racks, node-1 crashes
	// alone at crashAt.
	racks          bool
	rackAt, repair float64
	predicted      float64 // the parallel formula's availability, for the narration
}

// member is one node of the pool as the balancer sees it.
type member struct {
	*node
	link      *link
	rack      string // in the correlated-failure scenario
	inRot     bool   // in the balancer's rotation
	fails     int    // failed health checks in a row
	capacity  tokens
	overloads bool
}

func newActiveActive(s *Sim, v Values) *activeActive {
	m := &activeActive{rate: v["rate"], capacity: v["capacity"], crashAt: v["crash_at"],
		interval: v["check_interval"], threshold: int(v["check_threshold"])}
	m.clients = s.addNode("clients", RoleClient)
	m.lb = s.addNode("lb", RoleLB)
	s.addLink("clients", "lb")
	for i := range int(v["nodes"]) {
		n := s.addNode(fmt.Sprintf("node-%d", i+1), RoleService)
		m.pool = append(m.pool, &member{node: n, link: s.addLink("lb", n.Name), inRot: true})
	}
	return m
}

// newCorrelated is the pool of the correlated-failure scenario: replicas
// placed per_rack to a rack (rack A first), named after their rack.
func newCorrelated(s *Sim, v Values) *activeActive {
	m := newActiveActive(s, v)
	m.racks, m.rackAt, m.repair, m.crashAt = true, v["fail_at"], v["repair"], -1
	per := int(v["per_rack"])
	for i, p := range m.pool {
		rack := string(rune('A' + i/per))
		p.rack = rack
		p.Name += "@" + rack
		p.link.To = p.Name
	}
	down := 1 - v["replica_availability"]
	m.predicted = 1 - math.Pow(down, float64(len(m.pool)))
	s.emit(KindNote, "", fmt.Sprintf("%d replicas of %s each; the parallel formula gives %s if they fail independently",
		len(m.pool), percentText(v["replica_availability"]), percentText(m.predicted)))
	return m
}

// percentText writes a share as a percentage to six figures, without float
// noise: 99.9999%.
func percentText(x float64) string { return fmt.Sprintf("%.6g%%", 100*x) }

// rackFailure crashes every replica in node-1's rack at once, and brings them
// back when the repair is done.
func (m *activeActive) rackFailure(s *Sim) {
	rack := m.pool[0].rack
	if s.at(m.rackAt) {
		var names []string
		for _, p := range m.pool {
			if p.rack == rack && p.up {
				names = append(names, p.Name)
			}
		}
		s.emit(KindCrash, "rack "+rack, "power lost: "+strings.Join(names, ", ")+failTogether(len(names)))
		for _, p := range m.pool {
			if p.rack == rack && p.up {
				p.up, p.State = false, StateDown
			}
		}
	}
	if s.at(m.rackAt + m.repair) {
		for _, p := range m.pool {
			if p.rack == rack && !p.up {
				p.up, p.State = true, StateUp
			}
		}
		s.emit(KindHeal, "rack "+rack, "power back; its replicas restart")
	}
}

func (m *activeActive) target() string {
	for _, p := range m.pool {
		if p.up {
			return p.Name
		}
	}
	return m.pool[0].Name
}

func (m *activeActive) step(s *Sim) {
	if m.racks {
		m.rackFailure(s)
	} else if s.at(m.crashAt) && m.pool[0].up {
		s.Crash(m.pool[0].Name)
	}
	if s.every(m.interval) {
		m.check(s)
	}
	m.serve(s)
}

// check runs one round of health checks.
func (m *activeActive) check(s *Sim) {
	for _, p := range m.pool {
		if p.up && p.link.Up {
			if !p.inRot {
				s.emit(KindRecovered, p.Name, "health check passed; back in rotation")
			}
			p.fails, p.inRot = 0, true
			continue
		}
		if !p.inRot {
			continue
		}
		p.fails++
		s.emit(KindHealthCheckFailed, p.Name, fmt.Sprintf("%d of %d", p.fails, m.threshold))
		if p.fails >= m.threshold {
			p.inRot = false
			s.emit(KindFailureDetected, p.Name, fmt.Sprintf("%d health checks failed in a row", p.fails))
			s.emit(KindNodeRemoved, p.Name, fmt.Sprintf("%d nodes left in rotation", m.inRotation()))
		}
	}
}

func (m *activeActive) inRotation() int {
	k := 0
	for _, p := range m.pool {
		if p.inRot {
			k++
		}
	}
	return k
}

// serve spreads this tick's requests round-robin over the rotation.
func (m *activeActive) serve(s *Sim) {
	n := m.reqs.next(m.rate)
	s.book.arrive(s.tick, n)
	m.clients.Load, m.lb.Load = float64(n)/dt, float64(n)/dt
	in := s.link("clients", "lb")
	in.InFlight, in.Failed = n, 0
	k := m.inRotation()
	m.lb.Capacity = 0
	if k == 0 {
		s.book.fail(s.tick, n)
		in.InFlight, in.Failed = 0, n
	}
	share, extra := 0, 0
	if k > 0 {
		share, extra = n/k, n%k
	}
	turn := 0
	for i := range m.pool {
		p := m.pool[(m.cursor+i)%len(m.pool)]
		a := 0
		if p.inRot {
			a = share
			if turn < extra {
				a++
			}
			turn++
		}
		capacity := m.capacity / p.slow
		served := 0
		if p.up && p.link.Up {
			served = p.capacity.take(capacity, a)
			m.lb.Capacity += capacity
		}
		s.book.serve(s.tick, served)
		s.book.fail(s.tick, a-served)
		p.Load, p.Capacity = float64(a)/dt, capacity
		p.link.InFlight, p.link.Failed = served, a-served
		if p.up {
			s.book.load(p.Load, capacity)
		}
		over := p.up && p.link.Up && served < a
		if over && !p.overloads {
			s.emit(KindOverload, p.Name, fmt.Sprintf("offered %g req/s, serves %g", p.Load, round3(capacity)))
		}
		p.overloads = over
		switch {
		case !p.up:
			p.State = StateDown
		case !p.inRot:
			p.State = StateRemoved
		case over:
			p.State = StateOverloaded
		default:
			p.State = StateUp
		}
	}
	if k > 0 {
		m.cursor = (m.cursor + extra) % len(m.pool)
	}
}

// say narrates the moments of the active-active scenario.
func (m *activeActive) say(e Event) string {
	if m.racks {
		if s := m.sayRack(e); s != "" {
			return s
		}
	}
	switch e.Kind {
	case KindCrash:
		return e.Node + " crashed: the balancer still sends it its share of requests until its health checks fail"
	case KindNodeRemoved:
		if m.inRotation() == 0 {
			return e.Node + " is out of rotation and none is left: every request fails"
		}
		return e.Node + " is out of rotation: the other nodes carry all the load"
	case KindOverload:
		if m.inRotation() < len(m.pool) {
			return "the nodes left cannot carry the whole load: " + e.Node + " turns requests away"
		}
		return e.Node + " is offered more than it can serve"
	case KindRecovered:
		return e.Node + " passes its health check and rejoins the rotation"
	}
	return ""
}

// sayRack narrates the correlated failure.
func (m *activeActive) sayRack(e Event) string {
	rack := m.pool[0].rack
	together := 0
	for _, p := range m.pool {
		if p.rack == rack {
			together++
		}
	}
	switch {
	case e.Kind == KindCrash && strings.HasPrefix(e.Node, "rack "):
		if together == len(m.pool) {
			return "rack " + rack + " lost power and every replica was in it: the formula's independence never held"
		}
		if together == 1 {
			return fmt.Sprintf("rack %s lost power: 1 of %d replicas fails; the others, in other racks, carry the load", rack, len(m.pool))
		}
		return fmt.Sprintf("rack %s lost power: %d of %d replicas fail together; the rest must carry the load", rack, together, len(m.pool))
	case e.Kind == KindHeal:
		return "power is back: the replicas restart and the balancer's checks put them back in rotation"
	case e.Kind == KindNote:
		return fmt.Sprintf("the parallel formula promises %s, if the replicas fail independently", percentText(m.predicted))
	}
	return ""
}

// failTogether ends the power-loss event: one node fails, several fail
// together.
func failTogether(n int) string {
	if n == 1 {
		return " fails"
	}
	return " fail together"
}
