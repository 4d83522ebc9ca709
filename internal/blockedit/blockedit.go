// Package blockedit edits composed systems: pure functions that take a
// calc.Block tree and return a new one, never changing their argument.
// The composition calculator turns its keys into these calls.
package blockedit

import (
	"errors"
	"fmt"

	"faultline/calc"
)

// Path locates a block in a tree: the index of a child at each level,
// from the root. The empty path is the root itself.
type Path []int

// Leaves returns the paths of the components of b in the order they appear,
// the order ←/→ moves the selection in. A k-of-n block's part counts once.
func Leaves(b calc.Block) []Path {
	var out []Path
	var walk func(b calc.Block, p Path)
	walk = func(b calc.Block, p Path) {
		if b.Kind == calc.Component {
			out = append(out, append(Path(nil), p...))
			return
		}
		for i, c := range b.Children {
			walk(c, append(p, i))
		}
	}
	walk(b, Path{})
	return out
}

// At returns the block at p, and false when p leads nowhere.
func At(b calc.Block, p Path) (calc.Block, bool) {
	for _, i := range p {
		if i < 0 || i >= len(b.Children) {
			return calc.Block{}, false
		}
		b = b.Children[i]
	}
	return b, true
}

// Replace returns b with the block at p replaced by nb. A path that leads
// nowhere leaves b as it is.
func Replace(b calc.Block, p Path, nb calc.Block) calc.Block {
	if len(p) == 0 {
		return nb
	}
	i := p[0]
	if i < 0 || i >= len(b.Children) {
		return b
	}
	children := append([]calc.Block(nil), b.Children...)
	children[i] = Replace(children[i], p[1:], nb)
	b.Children = children
	return b
}

// ErrLast is returned when an edit would leave the system with nothing in it.
var ErrLast = errors.New("a system needs at least one component")

// ValidName reports whether s can name a block in the expression grammar:
// a letter, then letters, digits, '_', '-' or '.'.
func ValidName(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// Rename gives the block at p a new name; an empty name removes it.
func Rename(b calc.Block, p Path, name string) (calc.Block, error) {
	if name != "" && !ValidName(name) {
		return b, fmt.Errorf("invalid name %q: use a letter first, then letters, digits, _, - or . (e.g. web-1)", name)
	}
	c, ok := At(b, p)
	if !ok {
		return b, fmt.Errorf("nothing is selected")
	}
	c.Name = name
	return Replace(b, p, c), nil
}

// SetAvailability sets the availability of the component at p.
func SetAvailability(b calc.Block, p Path, a calc.Availability) (calc.Block, error) {
	c, ok := At(b, p)
	if !ok || c.Kind != calc.Component {
		return b, fmt.Errorf("select a component to set its availability")
	}
	c.A = a
	return Replace(b, p, c), nil
}
