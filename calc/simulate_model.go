package calc

// simModel is a composed system flattened for simulation: every leaf
// component of the expression (a k-of-n group's part copied N times) and
// every group above it, with the redundancy groups that common cause acts on.
type simModel struct {
	nodes  []simNode
	leaves []simLeaf
	groups []simGroup
	root   int
}

// simNode is a serial, parallel or k-of-n group, or a leaf. A group is up
// while at least need of its children are up.
type simNode struct {
	parent int // −1 for the root
	need   int
	kids   int // number of children
	upKids int
	up     bool
	leaf   int // index into leaves, or −1 for a group
}

// simLeaf is one component copy.
type simLeaf struct {
	node int
	// rate is the component's nominal failure rate per second, 1/MTTF.
	rate float64
	// indep is the rate of failures that strike this copy alone.
	indep float64
	// mttr is the component's mean time to repair in seconds.
	mttr float64
	// broken marks a component of availability 0, which never works.
	broken bool
}

// simGroup is a parallel or k-of-n group: a common-cause failure takes
// every leaf in it down at once.
type simGroup struct {
	rate   float64 // common-cause events per second
	leaves []int
}

// buildSimModel flattens b. mttr is every component's mean time to repair
// in seconds and beta the common-cause share. A shared dependency, when
// given, is a last leaf in series with b under a root of its own; it has
// no common cause (it is what the group shares, not a member of it).
func buildSimModel(b Block, mttr, beta float64, shared *SharedDependency) *simModel {
	m := &simModel{}
	top := -1
	if shared != nil {
		m.nodes = append(m.nodes, simNode{parent: -1, leaf: -1, need: 2})
		top = 0
	}
	sysNode := m.add(b, top, mttr)
	m.root = 0
	for i := range m.leaves {
		share := 0.0
		if m.inGroup(i) {
			share = beta
		}
		m.leaves[i].indep = (1 - share) * m.leaves[i].rate
	}
	if beta > 0 {
		m.addGroups(b, sysNode, beta)
	}
	if shared != nil {
		dep := mttr
		if shared.MTTR > 0 {
			dep = shared.MTTR.Seconds()
		}
		m.add(NewComponent("", shared.A), top, dep)
		last := &m.leaves[len(m.leaves)-1]
		last.indep = last.rate
	}
	return m
}

// add appends b's nodes and returns the index of b's own node.
func (m *simModel) add(b Block, parent int, mttr float64) int {
	idx := len(m.nodes)
	m.nodes = append(m.nodes, simNode{parent: parent, leaf: -1})
	if parent >= 0 {
		m.nodes[parent].kids++
	}
	switch b.Kind {
	case Component:
		a := b.A.Fraction()
		leaf := simLeaf{node: idx, mttr: mttr}
		switch {
		case a <= 0:
			leaf.broken = true
		case a < 1:
			// MTTF = MTTR · A / (1 − A), computed from the exact
			// unavailability so that 99.9999999% keeps its digits.
			u, _ := b.A.Unavailability().Float64()
			leaf.rate = u / (mttr * a)
		}
		m.nodes[idx].leaf = len(m.leaves)
		m.leaves = append(m.leaves, leaf)
		return idx
	case Serial:
		m.nodes[idx].need = len(b.Children)
		for _, c := range b.Children {
			m.add(c, idx, mttr)
		}
	case Parallel:
		m.nodes[idx].need = min(1, len(b.Children))
		for _, c := range b.Children {
			m.add(c, idx, mttr)
		}
	case KofN:
		m.nodes[idx].need = b.K
		if len(b.Children) == 1 {
			for range b.N {
				m.add(b.Children[0], idx, mttr)
			}
		}
	}
	return idx
}

// inGroup reports whether leaf i lies under a parallel or k-of-n group.
func (m *simModel) inGroup(i int) bool {
	for n := m.nodes[m.leaves[i].node].parent; n >= 0; n = m.nodes[n].parent {
		if m.isGroup(n) {
			return true
		}
	}
	return false
}

// isGroup reports whether node n is a redundancy group: a parallel or
// k-of-n node, whose need is below its number of children.
func (m *simModel) isGroup(n int) bool {
	return m.nodes[n].leaf < 0 && m.nodes[n].need < m.nodes[n].kids
}

// addGroups records a common-cause group for every redundancy group under
// node n (whose block is b). A group's common-cause rate is β times the
// mean failure rate of its members, a member's rate being the sum of its
// components' rates: for identical replicas of rate λ, β·λ, as in the
// beta-factor model. Nested groups each have their own common cause.
func (m *simModel) addGroups(b Block, n int, beta float64) {
	kids := m.kids(n)
	if b.Kind == Parallel || b.Kind == KofN {
		if m.isGroup(n) && len(kids) > 0 {
			g := simGroup{}
			total := 0.0
			for _, k := range kids {
				for _, l := range m.leavesUnder(k) {
					total += m.leaves[l].rate
					g.leaves = append(g.leaves, l)
				}
			}
			g.rate = beta * total / float64(len(kids))
			if g.rate > 0 {
				m.groups = append(m.groups, g)
			}
		}
	}
	for i, k := range kids {
		child := b.Children[0]
		if b.Kind != KofN {
			child = b.Children[i]
		}
		m.addGroups(child, k, beta)
	}
}

// kids lists node n's children in order. Nodes are stored depth first, so
// a node's subtree is the run of nodes after it with deeper ancestry.
func (m *simModel) kids(n int) []int {
	var out []int
	for i := n + 1; i < len(m.nodes) && m.under(i, n); i++ {
		if m.nodes[i].parent == n {
			out = append(out, i)
		}
	}
	return out
}

// under reports whether node i lies in node n's subtree.
func (m *simModel) under(i, n int) bool {
	for ; i >= 0; i = m.nodes[i].parent {
		if i == n {
			return true
		}
	}
	return false
}

// leavesUnder lists the leaves in node n's subtree.
func (m *simModel) leavesUnder(n int) []int {
	var out []int
	for i := n; i < len(m.nodes) && m.under(i, n); i++ {
		if l := m.nodes[i].leaf; l >= 0 {
			out = append(out, l)
		}
	}
	return out
}

// reset marks every working component up and computes every group's state.
func (m *simModel) reset() {
	for i := range m.nodes {
		m.nodes[i].upKids = 0
		m.nodes[i].up = false
	}
	// Children come after their parents, so a backwards pass settles each
	// node before its parent reads it.
	for i := len(m.nodes) - 1; i >= 0; i-- {
		n := &m.nodes[i]
		if n.leaf >= 0 {
			n.up = !m.leaves[n.leaf].broken
		} else {
			n.up = n.upKids >= n.need
		}
		if n.up && n.parent >= 0 {
			m.nodes[n.parent].upKids++
		}
	}
}

// setLeaf changes leaf l's state and carries the change up as far as it
// goes; it returns whether the whole system is up afterwards.
func (m *simModel) setLeaf(l int, up bool) bool {
	i := m.leaves[l].node
	m.nodes[i].up = up
	for p := m.nodes[i].parent; p >= 0; p = m.nodes[p].parent {
		n := &m.nodes[p]
		if up {
			n.upKids++
		} else {
			n.upKids--
		}
		now := n.upKids >= n.need
		if now == n.up {
			break
		}
		n.up = now
	}
	return m.nodes[m.root].up
}
