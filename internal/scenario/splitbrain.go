package scenario

import (
	"fmt"
	"time"
)

// Choices of the split-brain scenario's fencing parameter.
const (
	fencingNone   = 0
	fencingQuorum = 1
)

// splitBrainSpec describes the network partition and split brain scenario.
func splitBrainSpec() Spec {
	return Spec{
		Name:  "split-brain",
		Title: "Network partition and split brain",
		Summary: "The network splits the primary from its standby: without fencing both accept writes and diverge; " +
			"with a quorum (a witness) the minority stops.",
		TimeNote: "Times are close to real ones for the failover; the 30 s partition stands for one of seconds to hours.",
		Duration: 60 * time.Second,
		Params: []Param{
			{Key: "fencing", Help: "none: the standby takes over when it hears nothing; quorum: a node acts as primary only with a majority of node-1, node-2 and the witness",
				Choices: []string{"none", "quorum"}},
			rateParam(100),
			{Key: "writes", Help: "share of requests that are writes", Unit: "fraction", Default: 0.2, Min: 0, Max: 1},
			{Key: "stranded", Help: "share of the clients left on node-1's side of the partition", Unit: "fraction", Default: 0.2, Min: 0, Max: 1},
			secondsParam("cut_at", "when the network splits", 10, 0, 50),
			secondsParam("heal_at", "when it is whole again", 40, 0, 60),
			secondsParam("heartbeat_interval", "how often node-1 sends node-2 a heartbeat", 1, 0.1, 10),
			secondsParam("heartbeat_timeout", "silence after which node-2 declares node-1 dead, and after which node-1 without a quorum steps down (at least interval + 0.1s)", 3, 0.2, 30),
			secondsParam("promotion", "time for node-2 to take over", 1, 0, 30),
		},
		check: checkHeartbeat,
		build: func(s *Sim, v Values) model { return newSplitBrain(s, v) },
	}
}

// splitBrain is clients, node-1 (the primary), node-2 (its standby) and a
// witness. At cut_at the network splits node-1, with the stranded share of
// the clients, from node-2, the witness and the other clients, until heal_at.
// Replication is synchronous while the nodes are joined, so only writes
// accepted during the split can diverge. Without fencing, node-2 takes over
// once it hears nothing and node-1 goes on accepting writes: two primaries,
// whose histories conflict; when the network heals the older primary steps
// down and its writes since the split are thrown away. With a quorum, node-1
// cannot commit a write without a majority and steps down when its lease of
// heartbeat_timeout runs out, and node-2 takes over only with the witness's
// vote: the minority stops, nothing is lost.
type splitBrain struct {
	quorum              bool
	rate, writeShare    float64
	stranded            float64
	cutAt, healAt       float64
	interval            float64
	timeout, promotion  int // ticks
	clients, n1, n2, wt *node
	toN1, toN2, repl    *link
	n1Witness, n2Witn   *link
	reqs, writes        pacer
	strandedReqs        pacer
	strandedWrites      pacer

	split      bool // the scenario's partition is on
	lastBeat   int  // tick node-2 last heard node-1
	lostAt     int  // tick node-1 lost its majority, -1 while it has one
	promoteAt  int  // tick node-2's promotion completes, -1 when none is under way
	n2Primary  bool
	n1Primary  bool // node-1 acts as primary
	n1Fenced   bool // node-1 stepped down for want of a quorum
	diverged   int  // writes node-1 accepted that node-2 never got
	twoPrimary bool
}

func newSplitBrain(s *Sim, v Values) *splitBrain {
	m := &splitBrain{
		quorum: v["fencing"] == fencingQuorum, rate: v["rate"], writeShare: v["writes"], stranded: v["stranded"],
		cutAt: v["cut_at"], healAt: v["heal_at"], interval: v["heartbeat_interval"],
		promotion: ticksOf(v["promotion"], 0), promoteAt: -1, lostAt: -1, n1Primary: true,
	}
	m.timeout = max(ticksOf(v["heartbeat_timeout"], 1), ticksOf(m.interval, 1)+1)
	m.clients = s.addNode("clients", RoleClient)
	m.n1 = s.addNode("node-1", RolePrimary)
	m.n2 = s.addNode("node-2", RoleStandby)
	m.wt = s.addNode("witness", RoleWitness)
	m.toN1 = s.addLink("clients", "node-1")
	m.toN2 = s.addLink("clients", "node-2")
	m.repl = s.addLink("node-1", "node-2")
	m.repl.Replication = true
	m.n1Witness = s.addLink("node-1", "witness")
	m.n2Witn = s.addLink("node-2", "witness")
	if !m.quorum {
		m.wt.State = StateOff
		s.emit(KindNote, "", "no fencing: node-2 takes over whenever it stops hearing node-1; the witness is not asked")
	} else {
		s.emit(KindNote, "", "quorum: a primary needs 2 of node-1, node-2 and the witness")
	}
	return m
}

func (m *splitBrain) target() string { return m.n1.Name }

func (m *splitBrain) step(s *Sim) {
	if s.at(m.cutAt) && !m.split && m.healAt > m.cutAt {
		m.split = true
		m.repl.Up, m.n1Witness.Up = false, false
		s.emit(KindLinkCut, m.n1.Name, fmt.Sprintf("partition: node-1 and %g%% of the clients on one side, node-2, the witness and the rest on the other",
			round3(100*m.stranded)))
	}
	if s.at(m.healAt) && m.split {
		m.split = false
		m.repl.Up, m.n1Witness.Up = true, true
		s.emit(KindHeal, "", "the network is whole again")
	}
	m.rejoin(s)
	m.heartbeat(s)
	m.serve(s)
	m.draw()
}

// majority reports whether node-1 reaches a majority: itself and node-2 or
// the witness.
func (m *splitBrain) majority() bool { return m.n1.up && (m.repl.Up || m.n1Witness.Up) }

// heartbeat lets node-2 hear node-1, or declare it dead and take over; with
// a quorum, node-1 steps down once its lease has run out without a majority,
// and node-2 takes over only with the witness's vote, which the witness
// refuses while it still hears a primary node-1.
func (m *splitBrain) heartbeat(s *Sim) {
	if (m.n1.up && m.repl.Up) || m.n2Primary {
		m.lastBeat = s.tick
	}
	switch {
	case !m.quorum || !m.n1Primary || m.majority():
		m.lostAt = -1
	case m.lostAt < 0:
		m.lostAt = s.tick
	}
	// node-1's lease runs from its last contact with a majority, the tick
	// before it lost it, and is as long as node-2's timeout: it has stepped
	// down by the time node-2 may take over.
	if m.lostAt >= 0 && s.tick-(m.lostAt-1) >= m.timeout && m.n1.up {
		m.n1Fenced, m.n1Primary, m.lostAt = true, false, -1
		s.emit(KindStepDown, m.n1.Name, "its lease ran out without a majority")
	}
	if m.promoteAt < 0 && !m.n2Primary && s.tick-m.lastBeat >= m.timeout && m.n2.up {
		vote := !m.quorum || (m.n2Witn.Up && (!m.n1Witness.Up || !m.n1.up || !m.n1Primary))
		if vote {
			s.emit(KindFailureDetected, m.n1.Name, fmt.Sprintf("node-2 has heard nothing for %s", fmtSeconds(seconds(s.tick-m.lastBeat))))
			m.promoteAt = s.tick + m.promotion
			s.emit(KindFailoverStarted, m.n2.Name, "")
		}
	}
	if m.promoteAt >= 0 && s.tick >= m.promoteAt {
		m.promoteAt, m.n2Primary = -1, true
		m.n2.Role = RolePrimary
		if !m.n1.up {
			// a crashed node-1 is no primary; it rejoins as standby
			m.n1Primary, m.n1.Role = false, RoleStandby
		}
		m.twoPrimary = m.n1Primary
		s.emit(KindPromoted, m.n2.Name, "now a primary")
	}
}

// rejoin settles the two nodes once they reach each other again: node-2,
// if it took over, keeps the primary role and the writes node-1 accepted
// apart from it are thrown away; otherwise node-1 catches node-2 up.
func (m *splitBrain) rejoin(s *Sim) {
	if !m.repl.Up || !m.n1.up || !m.n2.up {
		return
	}
	if m.n2Primary {
		if m.diverged > 0 {
			s.book.writesLost += m.diverged
			s.emit(KindWriteLost, m.n1.Name, fmt.Sprintf("%d writes accepted apart from node-2 conflict with its own and are thrown away", m.diverged))
		}
		if m.n1.Role == RolePrimary {
			m.n1.Role = RoleStandby
			m.repl.From, m.repl.To = m.n2.Name, m.n1.Name
		}
		m.n1Primary, m.n1Fenced, m.twoPrimary = false, false, false
	} else if m.n1Fenced {
		m.n1Primary, m.n1Fenced = true, false
	}
	m.diverged = 0
}

// serve answers this tick's requests from the side each client is on.
func (m *splitBrain) serve(s *Sim) {
	n := m.reqs.next(m.rate)
	w := min(m.writes.next(m.rate*m.writeShare), n)
	s.book.arrive(s.tick, n)
	ns, ws := 0, 0
	if m.split {
		ns = min(m.strandedReqs.next(m.rate*m.stranded), n)
		ws = min(m.strandedWrites.next(m.rate*m.stranded*m.writeShare), w, ns)
	}
	rest, wr := n-ns, w-ws
	for _, l := range []*link{m.toN1, m.toN2} {
		l.InFlight, l.Failed = 0, 0
	}
	// The stranded clients reach node-1 only; the others reach the primary
	// they can see, node-2 once it took over.
	m.book(s, m.toN1, ns, m.n1Serves(s, ns, ws))
	if !m.split && !(m.n2Primary && !m.n1Primary) {
		m.book(s, m.toN1, rest, m.n1Serves(s, rest, wr))
	} else {
		ok := 0
		if m.n2Primary && m.n2.up && m.toN2.Up {
			ok = rest
		}
		m.book(s, m.toN2, rest, ok)
	}
	writable := (m.n1Primary && m.n1.up && (!m.quorum || m.majority())) || (m.n2Primary && m.n2.up)
	if !writable {
		s.book.noPrimary++
	}
	m.clients.Load = float64(n) / dt
}

// n1Serves is how many of n requests, w of them writes, node-1 answers:
// all while it acts as primary, but with a quorum no write it cannot
// commit to a majority; the writes it accepts apart from node-2 diverge.
func (m *splitBrain) n1Serves(s *Sim, n, w int) int {
	if !m.n1.up || !m.n1Primary || !m.toN1.Up || n == 0 {
		return 0
	}
	if m.quorum && !m.majority() {
		return n - w
	}
	if !m.repl.Up {
		m.diverged += w
		if m.n2Primary {
			s.book.conflicting += w
		}
	}
	return n
}

func (m *splitBrain) book(s *Sim, l *link, n, ok int) {
	s.book.serve(s.tick, ok)
	s.book.fail(s.tick, n-ok)
	l.InFlight += ok
	l.Failed += n - ok
}

// draw sets the states the player shows.
func (m *splitBrain) draw() {
	m.n1.State = StateUp
	switch {
	case !m.n1.up:
		m.n1.State = StateDown
	case m.n1Fenced:
		m.n1.State = StateFenced
	case !m.n1Primary:
		m.n1.State = StateSyncing
	}
	m.n2.State = StateUp
	if m.promoteAt >= 0 {
		m.n2.State = StatePromoting
	}
	m.repl.InFlight = m.diverged
}

// say narrates the moments of the split-brain scenario.
func (m *splitBrain) say(e Event) string {
	switch e.Kind {
	case KindLinkCut:
		return "the network splits: node-1 can no longer reach node-2 or the witness, but it is alive"
	case KindFailureDetected:
		if m.quorum {
			return "heartbeat timeout: node-2 declares node-1 dead and asks the witness for its vote"
		}
		return "heartbeat timeout: node-2 declares node-1 dead, though it is alive on the other side"
	case KindStepDown:
		return "node-1 lost its majority and steps down: the minority stops, so it cannot diverge"
	case KindPromoted:
		if m.twoPrimary {
			return "split brain: two primaries accept writes, and their histories diverge"
		}
		if m.quorum {
			return "node-2 has the witness's vote, 2 of 3: it becomes the only primary"
		}
		return "node-2 takes over as primary"
	case KindWriteLost:
		return "the nodes meet again: the writes node-1 accepted on its own conflict with node-2's and are lost"
	case KindCrash:
		if e.Node == m.n1.Name {
			return "node-1 crashed: node-2 takes over once its heartbeat timeout runs out"
		}
	case KindHeal:
		if m.n2Primary {
			return "the network is whole again: node-1 learns of node-2's newer term and rejoins as its standby"
		}
		return "the network is whole again: node-1 is still the primary and catches node-2 up"
	case KindNote:
		if m.quorum {
			return "quorum: a node may act as primary only with 2 votes of 3 (node-1, node-2, the witness)"
		}
		return "no fencing: node-2 takes over whenever it stops hearing node-1"
	}
	return ""
}
