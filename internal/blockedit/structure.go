package blockedit

import (
	"fmt"

	"faultline/calc"
)

// NewName returns the first of s1, s2, … that no block in b is called.
func NewName(b calc.Block) string {
	used := map[string]bool{}
	var walk func(calc.Block)
	walk = func(b calc.Block) {
		used[b.Name] = true
		for _, c := range b.Children {
			walk(c)
		}
	}
	walk(b)
	for i := 1; ; i++ {
		if n := fmt.Sprintf("s%d", i); !used[n] {
			return n
		}
	}
}

// AddSerial puts c in series right after the stage that holds p (at the
// end when p is empty) and returns the new system and the path of c.
func AddSerial(b calc.Block, p Path, c calc.Block) (calc.Block, Path) {
	if b.Kind != calc.Serial || b.Name != "" {
		return calc.NewSerial(b, c), Path{1}
	}
	at := len(b.Children)
	if len(p) > 0 && p[0] >= 0 && p[0] < len(b.Children) {
		at = p[0] + 1
	}
	children := make([]calc.Block, 0, len(b.Children)+1)
	children = append(children, b.Children[:at]...)
	children = append(children, c)
	children = append(children, b.Children[at:]...)
	b.Children = children
	return b, Path{at}
}

// AddReplica adds a parallel copy of the component at p: beside it when it
// is already in a parallel group, as one more copy when it is the part of a
// k-of-n group, and otherwise by turning it into a group of two.
func AddReplica(b calc.Block, p Path) (calc.Block, error) {
	leaf, ok := At(b, p)
	if !ok {
		return b, fmt.Errorf("nothing is selected")
	}
	if len(p) > 0 {
		pp := p[:len(p)-1]
		parent, _ := At(b, pp)
		switch parent.Kind {
		case calc.Parallel:
			i := p[len(p)-1]
			children := make([]calc.Block, 0, len(parent.Children)+1)
			children = append(children, parent.Children[:i+1]...)
			children = append(children, leaf)
			children = append(children, parent.Children[i+1:]...)
			parent.Children = children
			return Replace(b, pp, parent), nil
		case calc.KofN:
			return growKofN(b, pp, parent)
		}
	}
	return Replace(b, p, calc.NewParallel(leaf, leaf)), nil
}

func growKofN(b calc.Block, p Path, g calc.Block) (calc.Block, error) {
	if g.N >= calc.MaxReplicas {
		return b, fmt.Errorf("a k-of-n group holds at most %d copies", calc.MaxReplicas)
	}
	g.N++
	return Replace(b, p, g), nil
}

// Delete removes the component at p. A component that is the part of a
// k-of-n group takes the group with it. Groups left with one member become
// that member; removing the last component is refused with ErrLast.
func Delete(b calc.Block, p Path) (calc.Block, error) {
	if _, ok := At(b, p); !ok {
		return b, fmt.Errorf("nothing is selected")
	}
	for len(p) > 0 {
		parent, _ := At(b, p[:len(p)-1])
		if parent.Kind != calc.KofN {
			break
		}
		p = p[:len(p)-1]
	}
	if len(p) == 0 {
		return b, ErrLast
	}
	pp, i := p[:len(p)-1], p[len(p)-1]
	parent, _ := At(b, pp)
	children := make([]calc.Block, 0, len(parent.Children)-1)
	children = append(children, parent.Children[:i]...)
	children = append(children, parent.Children[i+1:]...)
	parent.Children = children
	if len(children) == 1 && parent.Name == "" {
		return Replace(b, pp, children[0]), nil
	}
	if len(children) == 0 {
		return Delete(b, pp)
	}
	return Replace(b, pp, parent), nil
}

// MarkKofN turns the nearest parallel group around the component at p into
// a k-of-n group of copies of the selected member, needing a majority; on a
// k-of-n group it steps k up by one, wrapping from n back to 1.
func MarkKofN(b calc.Block, p Path) (calc.Block, error) {
	for d := len(p) - 1; d >= 0; d-- {
		gp := p[:d]
		g, _ := At(b, gp)
		switch g.Kind {
		case calc.KofN:
			g.K = g.K%g.N + 1
			return Replace(b, gp, g), nil
		case calc.Parallel:
			n := len(g.Children)
			k, err := calc.NewKofN(n/2+1, n, g.Children[p[d]])
			if err != nil {
				return b, err
			}
			k.Name = g.Name
			return Replace(b, gp, k), nil
		}
	}
	return b, fmt.Errorf("k marks a parallel group as k-of-n: add a replica with p first")
}
