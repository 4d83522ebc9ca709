package scenario

import (
	"fmt"
	"strconv"
)

// FaultError reports a fault that cannot be injected: an unknown node or link,
// or a node that cannot take that fault.
type FaultError struct {
	Fault  string // crash, cut or slow
	Target string // the node or link named
	Reason string
}

// Error implements error.
func (e *FaultError) Error() string {
	return fmt.Sprintf("cannot %s %s: %s", e.Fault, e.Target, e.Reason)
}

// CrashPrimary crashes the node the scenario is about: the primary of an
// active-passive pair, the first running node of a pool, the dependency
// behind a breaker or the struggling end of a call chain.
func (s *Sim) CrashPrimary() error { return s.Crash(s.Target()) }

// Target names the node CrashPrimary crashes, so a player can say which.
func (s *Sim) Target() string { return s.model.target() }

// Crash stops a node now. It stays down until [Sim.Heal] (or, for a
// dependency, until the scenario brings it back).
func (s *Sim) Crash(name string) error {
	n := s.node(name)
	switch {
	case n == nil:
		return &FaultError{"crash", name, "no such node"}
	case n.Role == RoleClient:
		return &FaultError{"crash", name, "the clients cannot crash"}
	case !n.up:
		return &FaultError{"crash", name, "already down"}
	}
	n.up = false
	n.State = StateDown
	s.emit(KindCrash, name, "")
	return nil
}

// CutLink breaks the link between two nodes now, in both directions.
func (s *Sim) CutLink(a, b string) error {
	l := s.link(a, b)
	switch {
	case l == nil:
		return &FaultError{"cut", a + "–" + b, "no such link"}
	case !l.Up:
		return &FaultError{"cut", a + "–" + b, "already cut"}
	}
	l.Up = false
	s.emit(KindLinkCut, a, "link to "+b+" cut")
	return nil
}

// Slow makes a node do its work factor times slower (factor > 1), or restores
// it with factor 1.
func (s *Sim) Slow(name string, factor float64) error {
	n := s.node(name)
	switch {
	case n == nil:
		return &FaultError{"slow", name, "no such node"}
	case n.Role == RoleClient:
		return &FaultError{"slow", name, "the clients cannot be slowed"}
	case !(factor >= 1 && factor <= 1000):
		return &FaultError{"slow", name, "the factor must be from 1 to 1000"}
	}
	n.slow = factor
	if factor > 1 {
		s.emit(KindSlowdown, name, "works "+strconv.FormatFloat(factor, 'g', 3, 64)+"× slower")
	}
	return nil
}

// Heal ends every injected fault: cut links come back, slow nodes return to
// full speed and crashed nodes restart. The scenario decides what a restarted
// node does next (a returning primary after a failover rejoins as standby).
func (s *Sim) Heal() {
	for _, l := range s.links {
		l.Up = true
	}
	for _, n := range s.nodes {
		n.slow = 1
		if !n.up {
			n.up = true
			n.State = StateUp
			s.emit(KindRecovered, n.Name, "restarted")
		}
	}
	s.emit(KindHeal, "", "faults cleared")
}
