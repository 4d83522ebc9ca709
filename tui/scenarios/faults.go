package scenarios

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/scenario"
)

// slowFactor is how much slower w makes a node work.
const slowFactor = 4

// inject applies the fault a key asks for and says what happened.
func (p *Player) inject(msg tea.KeyPressMsg) {
	if p.sim.Done() {
		p.say("The run has ended; r plays it again.", false)
		return
	}
	k := p.keys
	var err error
	var did string
	switch {
	case key.Matches(msg, k.Crash):
		target := p.sim.Target()
		err, did = p.sim.CrashPrimary(), "Crashed "+target+"."
	case key.Matches(msg, k.Cut):
		l, ok := p.nextLink()
		if !ok {
			p.say("Every link is already cut; h heals them.", false)
			return
		}
		err, did = p.sim.CutLink(l.From, l.To), fmt.Sprintf("Cut the link %s — %s.", l.From, l.To)
	case key.Matches(msg, k.Slow):
		name := slowTarget(p.snap)
		err, did = p.sim.Slow(name, slowFactor), fmt.Sprintf("%s now works %d× slower.", name, slowFactor)
	case key.Matches(msg, k.Heal):
		p.sim.Heal()
		did = "Healed every injected fault."
	}
	if err != nil {
		p.say(err.Error(), false)
		return
	}
	// The picture follows the fault at once, even paused; the timeline
	// gets its event with the next step, as before.
	events := p.snap.Events
	p.snap = p.sim.Now()
	p.snap.Events = events
	p.say(did, true)
}

// nextLink is the next working link to cut: links between servers before
// links from the clients, in turn on each press.
func (p *Player) nextLink() (scenario.Link, bool) {
	var order []scenario.Link
	clients := map[string]bool{}
	for _, n := range p.snap.Nodes {
		if n.Role == scenario.RoleClient {
			clients[n.Name] = true
		}
	}
	for _, fromClient := range []bool{false, true} {
		for _, l := range p.snap.Links {
			if clients[l.From] == fromClient {
				order = append(order, l)
			}
		}
	}
	for i := range order {
		l := order[(p.cutNext+i)%len(order)]
		if l.Up {
			p.cutNext = (p.cutNext + i + 1) % len(order)
			return l, true
		}
	}
	return scenario.Link{}, false
}

// slowTarget is the node w slows: the primary, else the first node behind a
// load balancer, else the last node of the chain.
func slowTarget(snap scenario.Snapshot) string {
	hasLB := false
	for _, n := range snap.Nodes {
		if n.Role == scenario.RolePrimary {
			return n.Name
		}
		hasLB = hasLB || n.Role == scenario.RoleLB
	}
	for _, n := range snap.Nodes {
		if hasLB && n.Role == scenario.RoleService {
			return n.Name
		}
	}
	if len(snap.Nodes) == 0 {
		return ""
	}
	return snap.Nodes[len(snap.Nodes)-1].Name
}
