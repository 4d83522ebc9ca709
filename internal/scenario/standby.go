package scenario

import (
	"fmt"
	"strconv"
	"time"
)

// standbyKind tells the three active-passive scenarios apart.
type standbyKind int

const (
	cold standbyKind = iota
	warm
	hot
)

// Choices of the hot standby's replication parameter.
const (
	replicationSync  = 0
	replicationAsync = 1
)

// standbySpec describes the cold, warm or hot standby scenario.
func standbySpec(k standbyKind) Spec {
	common := []Param{
		rateParam(100),
		{Key: "writes", Help: "share of requests that are writes", Unit: "fraction", Default: 0.2, Min: 0, Max: 1},
		crashAtParam("when the primary crashes", 10, 60),
		secondsParam("heartbeat_interval", "how often the primary sends a heartbeat", 1, 0.1, 10),
		secondsParam("heartbeat_timeout", "silence after which the standby declares the primary dead (at least interval + 0.1s)", 3, 0.2, 30),
	}
	s := Spec{Duration: 120 * time.Second}
	switch k {
	case cold:
		s.Name, s.Title = "cold-standby", "Active-passive, cold standby"
		s.Summary = "The standby is switched off: it must boot and load the last backup; a long outage."
		s.TimeNote = "Times are compressed: the 30 s boot and the backups every 30 s stand for the minutes to hours, and the daily backups, of a real cold standby."
		s.Params = append(common,
			secondsParam("boot", "time for the standby to boot and load the backup", 30, 0, 90),
			secondsParam("backup_interval", "how often the primary's data is backed up", 30, 1, 600),
			secondsParam("promotion", "time to take over the primary's role once booted", 2, 0, 60))
	case warm:
		s.Name, s.Title = "warm-standby", "Active-passive, warm standby"
		s.Summary = "The standby runs and is synchronised now and then: a shorter outage, some writes lost."
		s.TimeNote = "Times are compressed: a sync every 4 s stands for one every few minutes in a real warm standby."
		s.Params = append(common,
			secondsParam("sync_interval", "how often the standby is synchronised", 4, 0.1, 60),
			secondsParam("promotion", "time to apply the last sync and take over", 3, 0, 60))
	case hot:
		s.Name, s.Title = "hot-standby", "Active-passive, hot standby"
		s.Summary = "The standby holds every write: the outage is detection plus promotion."
		s.TimeNote = "Times are close to real ones: heartbeats every second, a promotion of about a second."
		s.Params = append(common,
			Param{Key: "replication", Help: "sync waits for the standby; async lets it lag", Choices: []string{"sync", "async"}},
			secondsParam("lag", "how far behind an async standby runs", 0.5, 0, 10),
			secondsParam("promotion", "time to take over the primary's role", 1, 0, 60))
	}
	s.build = func(sim *Sim, v Values) model { return newStandby(sim, k, v) }
	s.check = checkHeartbeat
	return s
}

// checkHeartbeat refuses a heartbeat timeout that does not outlast the
// interval by at least a tick: the standby would declare a live primary
// dead between two heartbeats. The values are compared as typed, not as
// ticks: 1.05s would round to 1.1s and pass a rule that says 1.1s.
func checkHeartbeat(name string, v Values) error {
	interval, timeout := v["heartbeat_interval"], v["heartbeat_timeout"]
	least := interval + Tick.Seconds()
	if timeout >= least-1e-9 { // 1e-9: the error of adding decimal seconds in binary
		return nil
	}
	return &SettingError{Scenario: name, Key: "heartbeat_timeout", Value: strconv.FormatFloat(timeout, 'f', -1, 64) + "s", Problem: OutOfRange,
		Accepted: fmt.Sprintf("at least heartbeat_interval + 0.1s, here %gs", round3(least))}
}

// standby is the active-passive model: clients, node-1 (the first primary)
// and node-2 (the first standby). Heartbeats and replication travel on the
// node-1–node-2 link; for a cold standby a watchdog on its host listens. After
// a failover the old primary is fenced: it becomes the standby and must copy
// the new primary's data over that link before it may take over again.
type standby struct {
	kind             standbyKind
	rate, writeShare float64
	crashAt          float64
	interval         float64
	timeout          int // ticks of silence before detection
	promotion, boot  int // ticks
	syncEvery        float64
	async            bool
	lag              int // ticks

	clients, primary, backup *node
	reqs, writes             pacer
	capacity                 tokens

	lastBeat  int    // tick of the last heartbeat heard
	phase     string // "", StateBooting, StateSyncing or StatePromoting
	phaseEnd  int
	acked     int   // writes acknowledged on the current primary's timeline
	has       int   // of those, how many the standby (or backup) holds
	history   []int // acked at the end of each tick, for the async lag
	timeline  int   // tick the current timeline began
	alone     bool  // the standby is out of reach of replication
	synced    bool  // the standby has the primary's data and may take over
	overloads bool
}

func newStandby(s *Sim, k standbyKind, v Values) *standby {
	m := &standby{
		kind: k, rate: v["rate"], writeShare: v["writes"], crashAt: v["crash_at"],
		interval:  v["heartbeat_interval"],
		promotion: ticksOf(v["promotion"], 0),
		boot:      ticksOf(v["boot"], 0),
		async:     v["replication"] == replicationAsync,
		lag:       ticksOf(v["lag"], 0),
		history:   make([]int, s.ticks),
		synced:    true,
	}
	m.timeout = max(ticksOf(v["heartbeat_timeout"], 1), ticksOf(m.interval, 1)+1)
	m.clients = s.addNode("clients", RoleClient)
	m.primary = s.addNode("node-1", RolePrimary)
	m.backup = s.addNode("node-2", RoleStandby)
	s.addLink("clients", "node-1")
	s.addLink("clients", "node-2")
	s.addLink("node-1", "node-2").Replication = true
	switch k {
	case cold:
		m.syncEvery = v["backup_interval"]
		m.backup.State = StateOff
		s.emit(KindReplicationLag, "node-2", "switched off; the data is backed up every "+fmtSeconds(m.syncEvery))
	case warm:
		m.syncEvery = v["sync_interval"]
		s.emit(KindReplicationLag, "node-2", "synchronised every "+fmtSeconds(m.syncEvery))
	case hot:
		if m.async {
			s.emit(KindReplicationLag, "node-2", "asynchronous replication, "+fmtSeconds(v["lag"])+" behind")
		}
	}
	return m
}

func (m *standby) target() string { return m.primary.Name }

func (m *standby) step(s *Sim) {
	if s.at(m.crashAt) && m.primary.up {
		s.Crash(m.primary.Name)
	}
	m.heartbeat(s)
	m.failover(s)
	m.serve(s)
	m.replicate(s)
	m.draw(s)
}

// heartbeat delivers or misses the primary's heartbeat and fires the detector.
func (m *standby) heartbeat(s *Sim) {
	if m.phase != "" || !m.backup.up || !m.synced {
		m.lastBeat = s.tick
		return
	}
	if s.every(m.interval) {
		if m.primary.up && s.link(m.primary.Name, m.backup.Name).Up {
			m.lastBeat = s.tick
		} else {
			s.emit(KindHeartbeatMissed, m.primary.Name, "silent for "+fmtSeconds(seconds(s.tick-m.lastBeat)))
		}
	}
	if s.tick-m.lastBeat >= m.timeout {
		s.emit(KindFailureDetected, m.primary.Name, "no heartbeat for "+fmtSeconds(seconds(s.tick-m.lastBeat)))
		s.emit(KindFailoverStarted, m.backup.Name, "")
		switch m.kind {
		case cold:
			s.emit(KindStandbyBooting, m.backup.Name, "boots and loads the last backup")
			m.enter(s, StateBooting, m.boot)
		case warm:
			m.enter(s, StateSyncing, m.promotion)
		default:
			m.enter(s, StatePromoting, m.promotion)
		}
	}
}

func (m *standby) enter(s *Sim, phase string, ticks int) {
	m.phase, m.phaseEnd = phase, s.tick+ticks
}

// failover advances a failover in progress; it pauses while the standby is down.
func (m *standby) failover(s *Sim) {
	if m.phase == "" {
		return
	}
	if !m.backup.up {
		m.phaseEnd++
		return
	}
	if s.tick < m.phaseEnd {
		return
	}
	if m.phase == StateBooting {
		m.enter(s, StatePromoting, m.promotion)
		if m.promotion > 0 {
			return
		}
	}
	old, next := m.primary, m.backup
	if lost := m.acked - m.has; lost > 0 {
		s.book.writesLost += lost
		s.emit(KindWriteLost, old.Name, fmt.Sprintf("%d acknowledged writes never reached %s", lost, next.Name))
	}
	s.emit(KindPromoted, next.Name, "now the primary")
	old.Role, next.Role = RoleStandby, RolePrimary
	// replication now runs from the new primary to the old one
	repl := s.link(old.Name, next.Name)
	repl.From, repl.To = next.Name, old.Name
	m.primary, m.backup = next, old
	m.phase, m.lastBeat, m.synced = "", s.tick, false
	m.acked, m.timeline = m.has, s.tick
}

// serve answers this tick's requests from the primary, if the clients reach it.
func (m *standby) serve(s *Sim) {
	n := m.reqs.next(m.rate)
	w := min(m.writes.next(m.rate*m.writeShare), n)
	s.book.arrive(s.tick, n)
	p := m.primary
	capacity := 2 * m.rate / p.slow
	served := 0
	if !p.up {
		s.book.noPrimary++
	}
	if p.up && s.link(m.clients.Name, p.Name).Up {
		served = m.capacity.take(capacity, n)
	}
	if served > 0 && served < n {
		w = w * served / n
	} else if served == 0 {
		w = 0
	}
	m.acked += w
	s.book.serve(s.tick, served)
	s.book.fail(s.tick, n-served)
	s.book.load(float64(n)/dt, capacity)
	p.Load, p.Capacity = float64(n)/dt, capacity
	m.clients.Load = float64(n) / dt
	over := p.up && served < n && s.link(m.clients.Name, p.Name).Up
	if over && !m.overloads {
		s.emit(KindOverload, p.Name, fmt.Sprintf("%d of %d requests turned away", n-served, n))
	}
	m.overloads = over
	for _, l := range s.links {
		l.InFlight, l.Failed = 0, 0
		if l.From == m.clients.Name && l.To == p.Name {
			l.InFlight, l.Failed = served, n-served
		}
	}
}

// replicate brings the standby's copy up to date as the scenario allows.
func (m *standby) replicate(s *Sim) {
	m.history[s.tick] = m.acked
	reach := m.backup.up && s.link(m.primary.Name, m.backup.Name).Up && m.primary.up
	if reach && !m.synced {
		// a demoted primary copies the new primary's data before it may take over
		m.synced, m.has = true, m.acked
	}
	switch m.kind {
	case cold:
		if m.primary.up && s.every(m.syncEvery) {
			m.has = m.acked
		}
		return
	case warm:
		if reach && s.every(m.syncEvery) {
			m.has = m.acked
		}
	case hot:
		if !reach {
			break
		}
		if !m.async {
			m.has = m.acked
		} else if t := s.tick - m.lag; t >= m.timeline {
			m.has = max(m.has, m.history[t])
		}
	}
	if !reach && m.primary.up && !m.alone {
		s.emit(KindReplicationLag, m.backup.Name, "out of reach; writes are acknowledged without it")
	}
	m.alone = !reach && m.primary.up
	s.link(m.primary.Name, m.backup.Name).InFlight = m.acked - m.has
}

// draw sets the states the player shows.
func (m *standby) draw(s *Sim) {
	p, b := m.primary, m.backup
	switch {
	case !p.up:
		p.State = StateDown
	case m.overloads:
		p.State = StateOverloaded
	default:
		p.State = StateUp
	}
	switch {
	case !b.up:
		b.State = StateDown
	case m.phase != "":
		b.State = m.phase
	case !m.synced:
		b.State = StateSyncing
	case m.kind == cold:
		b.State = StateOff
	default:
		b.State = StateUp
	}
	b.Load, b.Capacity = 0, 2*m.rate/b.slow
}

// tokens limits work per tick to a rate, carrying fractions but never banking
// more than one tick's worth.
type tokens struct{ carry float64 }

func (t *tokens) take(perSecond float64, want int) int {
	budget := perSecond * dt
	t.carry = min(t.carry+budget, max(budget, 1))
	got := min(want, int(t.carry))
	t.carry -= float64(got)
	return got
}

// fmtSeconds writes seconds in a sentence as the lessons do: "3 s",
// "0.5 s". A setting's value is written as it is typed, "3s" (Param.Format).
func fmtSeconds(sec float64) string {
	return fmt.Sprintf("%g s", round3(sec))
}

// say narrates the moments of the active-passive scenarios.
func (m *standby) say(e Event) string {
	p, b := m.primary.Name, m.backup.Name
	switch e.Kind {
	case KindCrash:
		if e.Node == p {
			return "primary crashed: every request fails until someone notices"
		}
		return e.Node + " crashed: there is no standby to take over now"
	case KindLinkCut:
		if m.link(e) {
			return "the link between the nodes is cut: " + b + " hears no heartbeat although " + p + " is alive"
		}
	case KindFailureDetected:
		return fmt.Sprintf("heartbeat timeout: %s declares %s dead", b, e.Node)
	case KindStandbyBooting:
		return b + " was switched off: it boots and loads the last backup while every request fails"
	case KindPromoted:
		return e.Node + " takes over as primary: requests are served again"
	case KindWriteLost:
		return "writes acknowledged to clients were never copied to the new primary: they are lost"
	}
	return ""
}

// link reports whether a link-cut event is the cut of the nodes' own link.
func (m *standby) link(e Event) bool {
	return e.Node == m.primary.Name || e.Node == m.backup.Name
}
