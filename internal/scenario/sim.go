package scenario

import (
	"math/rand/v2"
	"slices"
)

// model is the behaviour of one scenario. step advances it one tick; the Sim
// has already applied any injected faults to its nodes and links.
type model interface {
	step(s *Sim)
	// target names the node CrashPrimary crashes: the node whose loss the
	// scenario is about.
	target() string
	// say is the sentence a student reads for a key moment, or "" for an
	// event that is not one.
	say(e Event) string
}

// Sim is one run of a scenario. It is not safe for concurrent use.
type Sim struct {
	spec   Spec
	values Values
	seed   uint64
	rng    *rand.Rand
	ticks  int // length of the run in ticks
	tick   int // the tick being played; equals the ticks completed between steps

	nodes  []*node
	links  []*link
	model  model
	events []Event
	fresh  int // index in events of the first event of the current tick
	book   ledger
}

// node is the mutable state behind a Node.
type node struct {
	Node
	up   bool    // false once crashed, until healed or restarted
	slow float64 // work takes this many times longer; 1 when healthy
}

// link is the mutable state behind a Link.
type link struct{ Link }

// New prepares a run of spec with the given values and seed. Missing values
// take their defaults and values outside a parameter's range are brought into
// it, so any Values are safe; use [Spec.Apply] to report bad settings instead.
func New(spec Spec, values Values, seed uint64) *Sim {
	s := &Sim{
		spec:   spec,
		values: spec.complete(values),
		seed:   seed,
		rng:    rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		ticks:  max(int(spec.Duration/Tick), 1),
	}
	s.book = newLedger(s.ticks)
	s.model = spec.build(s, s.values)
	// events of the setting up were emitted before the model could narrate
	for i := range s.events {
		s.events[i].Say = s.model.say(s.events[i])
	}
	return s
}

// Done reports whether the run has reached its end.
func (s *Sim) Done() bool { return s.tick >= s.ticks }

// Step advances the run by one tick and returns the new state. After the end
// it returns the final state without advancing.
func (s *Sim) Step() Snapshot {
	if s.Done() {
		return s.snapshot(len(s.events))
	}
	s.advance()
	snap := s.snapshot(s.fresh)
	s.fresh = len(s.events)
	return snap
}

// Now returns the present state without advancing, so that a fault
// injected between steps shows at once. Its Events are empty: events not
// yet returned stay for the next Step.
func (s *Sim) Now() Snapshot {
	snap := s.snapshot(len(s.events))
	snap.Events = nil
	return snap
}

// Run plays the rest of the run and returns its result.
func (s *Sim) Run() Result {
	for !s.Done() {
		s.advance()
	}
	s.fresh = len(s.events)
	return s.Result()
}

// advance plays one tick without building a snapshot.
func (s *Sim) advance() {
	s.model.step(s)
	s.tick++
	s.book.advance()
}

// Result is the run so far, in the form printed by the headless subcommand.
func (s *Sim) Result() Result {
	return Result{
		Scenario: s.spec.Name,
		Params:   s.spec.Report(s.values),
		Seed:     s.seed,
		Events:   slices.Clone(s.events),
		Metrics:  s.book.metrics(),
	}
}

// Spec is the scenario being run.
func (s *Sim) Spec() Spec { return s.spec }

// T is the simulated time in seconds.
func (s *Sim) T() float64 { return seconds(s.tick) }

func (s *Sim) snapshot(from int) Snapshot {
	snap := Snapshot{
		T:       s.T(),
		Nodes:   make([]Node, len(s.nodes)),
		Links:   make([]Link, len(s.links)),
		Events:  slices.Clone(s.events[from:]),
		Metrics: s.book.metrics(),
	}
	for i, n := range s.nodes {
		snap.Nodes[i] = n.Node
		snap.Nodes[i].Load = round3(n.Load)
		snap.Nodes[i].Capacity = round3(n.Capacity)
	}
	for i, l := range s.links {
		snap.Links[i] = l.Link
	}
	return snap
}

// addNode adds a running node.
func (s *Sim) addNode(name, role string) *node {
	n := &node{Node: Node{Name: name, Role: role, State: StateUp}, up: true, slow: 1}
	s.nodes = append(s.nodes, n)
	return n
}

// addLink adds a working link.
func (s *Sim) addLink(from, to string) *link {
	l := &link{Link{From: from, To: to, Up: true}}
	s.links = append(s.links, l)
	return l
}

func (s *Sim) node(name string) *node {
	for _, n := range s.nodes {
		if n.Name == name {
			return n
		}
	}
	return nil
}

func (s *Sim) link(a, b string) *link {
	for _, l := range s.links {
		if (l.From == a && l.To == b) || (l.From == b && l.To == a) {
			return l
		}
	}
	return nil
}

// emit records an event at the current tick; detection events after the
// first fault set the detection time.
func (s *Sim) emit(kind, node, detail string) {
	e := Event{T: s.T(), Kind: kind, Node: node, Detail: detail}
	if s.model != nil {
		e.Say = s.model.say(e)
	}
	s.events = append(s.events, e)
	switch kind {
	case KindCrash, KindSlowdown, KindLinkCut:
		if s.book.faultAt < 0 {
			s.book.faultAt = s.tick
		}
	case KindFailureDetected, KindBreakerOpen:
		if s.book.faultAt >= 0 && s.book.detectAt < 0 {
			s.book.detectAt = s.tick
		}
	}
}

// at reports whether the current tick is the one at sec seconds.
func (s *Sim) at(sec float64) bool { return s.tick == ticksOf(sec, 0) }

// every reports whether the current tick starts a period of sec seconds.
func (s *Sim) every(sec float64) bool { return s.tick%ticksOf(sec, 1) == 0 }

// pacer turns a rate per second into whole counts per tick, carrying the
// fractions so the long-run count is exact.
type pacer struct{ carry float64 }

func (p *pacer) next(perSecond float64) int {
	p.carry += perSecond * dt
	n := int(p.carry)
	p.carry -= float64(n)
	return n
}

// Busiest is the most requests one link of the run carries in a tick, in
// flight or ended badly, so that a player can fix the scale of its drawing
// for the whole run. It plays the run without building snapshots.
func Busiest(spec Spec, values Values, seed uint64) int {
	s := New(spec, values, seed)
	most := 0
	for !s.Done() {
		s.advance()
		for _, l := range s.links {
			if !l.Replication {
				most = max(most, l.InFlight, l.Failed+l.TimedOut+l.Rejected)
			}
		}
	}
	return most
}
