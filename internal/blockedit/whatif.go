package blockedit

import (
	"errors"

	"faultline/calc"
)

// Stages returns the paths of the stages of b: the parts of an unnamed
// serial root, or the root alone. A system is down when any stage is.
func Stages(b calc.Block) []Path {
	if b.Kind != calc.Serial || b.Name != "" || len(b.Children) == 0 {
		return []Path{{}}
	}
	out := make([]Path, len(b.Children))
	for i := range b.Children {
		out[i] = Path{i}
	}
	return out
}

// Weakest returns the path of the stage with the lowest availability, the
// first one on a tie.
func Weakest(b calc.Block) Path {
	stages := Stages(b)
	best := stages[0]
	bestA, _ := At(b, best)
	lowest := bestA.Availability()
	for _, p := range stages[1:] {
		s, _ := At(b, p)
		if a := s.Availability(); a.Cmp(lowest) < 0 {
			best, lowest = p, a
		}
	}
	return best
}

// AddRedundancy adds one redundant copy to the weakest stage and returns the
// new system and that stage's path: a component or serial chain becomes a
// parallel pair, a parallel group gains a copy of its last member, a k-of-n
// group one more copy.
func AddRedundancy(b calc.Block) (calc.Block, Path, error) {
	p := Weakest(b)
	s, _ := At(b, p)
	switch s.Kind {
	case calc.Parallel:
		s.Children = append(append([]calc.Block(nil), s.Children...), s.Children[len(s.Children)-1])
		return Replace(b, p, s), p, nil
	case calc.KofN:
		nb, err := growKofN(b, p, s)
		return nb, p, err
	}
	pair := calc.NewParallel(s, s)
	return Replace(b, p, pair), p, nil
}

// ErrNoSpare is returned by RemoveRedundancy when no stage has a copy to spare.
var ErrNoSpare = errors.New("no stage has a redundant copy to remove")

// RemoveRedundancy takes one copy away from the weakest stage that has one
// to spare (a parallel group, or a k-of-n group with n > k), and returns the
// new system and that stage's path. It undoes AddRedundancy.
func RemoveRedundancy(b calc.Block) (calc.Block, Path, error) {
	var best Path
	var lowest calc.Availability
	found := false
	for _, p := range Stages(b) {
		s, _ := At(b, p)
		spare := (s.Kind == calc.Parallel && len(s.Children) >= 2) || (s.Kind == calc.KofN && s.N > s.K)
		if !spare {
			continue
		}
		if a := s.Availability(); !found || a.Cmp(lowest) < 0 {
			best, lowest, found = p, a, true
		}
	}
	if !found {
		return b, nil, ErrNoSpare
	}
	s, _ := At(b, best)
	if s.Kind == calc.KofN {
		s.N--
		return Replace(b, best, s), best, nil
	}
	s.Children = s.Children[:len(s.Children)-1]
	if len(s.Children) == 1 && s.Name == "" {
		return Replace(b, best, s.Children[0]), best, nil
	}
	return Replace(b, best, s), best, nil
}
