package calc

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

// Kind says how a Block combines its parts.
type Kind int

// The kinds of block in a composed system.
const (
	// Component is a single part with its own availability.
	Component Kind = iota
	// Serial needs every child: availabilities multiply.
	Serial
	// Parallel needs any one child: unavailabilities multiply.
	Parallel
	// KofN needs at least K of N identical copies of its only child.
	KofN
)

// MaxReplicas bounds N in a k-of-n block.
const MaxReplicas = 100

// Block is a composed system: a component, or a serial, parallel or k-of-n
// group of blocks. Build blocks with NewComponent, NewSerial, NewParallel,
// NewKofN or ParseExpr.
type Block struct {
	// Kind says how the block combines its children.
	Kind Kind
	// Name labels the block ("lb", "web"); it may be empty.
	Name string
	// A is a Component's own availability.
	A Availability
	// K and N are the quorum and the number of copies of a KofN block.
	K, N int
	// Children are the parts of a Serial or Parallel block, or the single
	// replicated part of a KofN block.
	Children []Block
}

// NewComponent returns a named component with availability a.
func NewComponent(name string, a Availability) Block {
	return Block{Kind: Component, Name: name, A: a}
}

// NewSerial returns a block that needs every one of parts.
func NewSerial(parts ...Block) Block { return Block{Kind: Serial, Children: parts} }

// NewParallel returns a block that needs any one of parts.
func NewParallel(parts ...Block) Block { return Block{Kind: Parallel, Children: parts} }

// NewKofN returns a block that needs k of n copies of part.
func NewKofN(k, n int, part Block) (Block, error) {
	if n < 1 || n > MaxReplicas || k < 1 || k > n {
		return Block{}, &InputError{What: "expression", Value: fmt.Sprintf("%dof%d", k, n),
			Reason: fmt.Sprintf("k-of-n needs 1 ≤ k ≤ n ≤ %d", MaxReplicas), Accepted: acceptedExpression}
	}
	return Block{Kind: KofN, K: k, N: n, Children: []Block{part}}, nil
}

// Availability computes the block's availability exactly.
func (b Block) Availability() Availability {
	if d, ok := b.decimal(); ok {
		return fromRat(d.rat())
	}
	return fromRat(b.availability())
}

// decimal computes the availability as m / 10^e with integer products
// only; ok is false when a component is not a finite decimal (an
// availability made from MTBF and MTTR, say), which availability handles.
func (b Block) decimal() (decimal, bool) {
	switch b.Kind {
	case Serial, Parallel:
		parts := make([]decimal, len(b.Children))
		for i, c := range b.Children {
			d, ok := c.decimal()
			if !ok {
				return decimal{}, false
			}
			if b.Kind == Parallel {
				d = d.complement() // the probability that the child is down
			}
			parts[i] = d
		}
		p := product(parts)
		if b.Kind == Parallel {
			p = p.complement()
		}
		return p, true
	case KofN:
		if len(b.Children) != 1 {
			return decimal{m: new(big.Int)}, true
		}
		d, ok := b.Children[0].decimal()
		if !ok {
			return decimal{}, false
		}
		return kOfNDecimal(b.K, b.N, d), true
	default:
		return asDecimal(b.A.rat())
	}
}

// availability computes the availability with fractions, for systems
// whose components are not all finite decimals.
func (b Block) availability() *big.Rat {
	switch b.Kind {
	case Serial:
		p := big.NewRat(1, 1)
		for _, c := range b.Children {
			p.Mul(p, c.availability())
		}
		return p
	case Parallel:
		q := big.NewRat(1, 1) // probability that every child is down
		for _, c := range b.Children {
			q.Mul(q, new(big.Rat).Sub(ratOne, c.availability()))
		}
		return q.Sub(ratOne, q)
	case KofN:
		if len(b.Children) != 1 {
			return new(big.Rat)
		}
		return kOfN(b.K, b.N, b.Children[0].availability())
	default:
		return b.A.rat()
	}
}

// kOfN is P(at least k of n independent copies up) = Σ C(n,i) a^i (1−a)^(n−i).
func kOfN(k, n int, a *big.Rat) *big.Rat {
	u := new(big.Rat).Sub(ratOne, a)
	sum := new(big.Rat)
	for i := k; i <= n; i++ {
		term := new(big.Rat).SetInt(new(big.Int).Binomial(int64(n), int64(i)))
		term.Mul(term, ratPow(a, i))
		term.Mul(term, ratPow(u, n-i))
		sum.Add(sum, term)
	}
	return sum
}

func ratPow(r *big.Rat, e int) *big.Rat {
	num := new(big.Int).Exp(r.Num(), big.NewInt(int64(e)), nil)
	den := new(big.Int).Exp(r.Denom(), big.NewInt(int64(e)), nil)
	return new(big.Rat).SetFrac(num, den)
}

// MaxDigits bounds the size of the exact numbers a system's availability
// is computed with. Text length alone does not bound the work: a k-of-n
// group raises its part to the n-th power, so 1of10(1of100(x)) needs
// numbers a thousand times the size of x's.
const MaxDigits = 100_000

// Digits estimates the decimal digits of the exact numbers b's
// availability needs: the digits after the point of each component, added
// up over serial and parallel groups and multiplied by n in k-of-n groups.
func (b Block) Digits() int {
	switch b.Kind {
	case Component:
		r := b.A.rat()
		return int(float64(r.Denom().BitLen())*math.Log10(2)) + 1
	case KofN:
		if len(b.Children) != 1 {
			return 0
		}
		return min(b.N*b.Children[0].Digits(), math.MaxInt32)
	}
	sum := 0
	for _, c := range b.Children {
		sum = min(sum+c.Digits(), math.MaxInt32)
	}
	return sum
}

// CheckSize returns an *InputError when b's exact availability would need
// numbers of more than MaxDigits digits, so that no input makes the exact
// arithmetic run for minutes.
func (b Block) CheckSize() error {
	if d := b.Digits(); d > MaxDigits {
		return &InputError{What: "system", Value: b.String(),
			Reason:   fmt.Sprintf("its exact availability would need numbers of about %d digits; faultline computes up to %d", d, MaxDigits),
			Accepted: "fewer components, fewer digits per component, or smaller k-of-n groups"}
	}
	return nil
}

// Part is one leaf component of a composed system, as listed in output.
type Part struct {
	// Name is the component's name; unnamed components are "c1", "c2", …
	// in the order they appear.
	Name string
	// A is the component's availability.
	A Availability
}

// Components lists the leaf components in the order they appear; a k-of-n
// block's part is listed once.
func (b Block) Components() []Part {
	var parts []Part
	var walk func(Block)
	walk = func(b Block) {
		if b.Kind == Component {
			name := b.Name
			if name == "" {
				name = fmt.Sprintf("c%d", len(parts)+1)
			}
			parts = append(parts, Part{Name: name, A: b.A})
			return
		}
		for _, c := range b.Children {
			walk(c)
		}
	}
	walk(b)
	return parts
}

// String prints the block in the expression grammar that ParseExpr reads,
// so that ParseExpr(b.String()) describes the same system.
func (b Block) String() string { return b.format(0) }

// format prints b; parent is the precedence of the enclosing operator
// (0 none, 1 parallel, 2 serial), so parentheses appear only where needed.
func (b Block) format(parent int) string {
	var s string
	prec := 3
	switch b.Kind {
	case Component:
		s = b.A.exactText()
	case Serial, Parallel:
		op, p := " * ", 2
		if b.Kind == Parallel {
			op, p = " | ", 1
		}
		parts := make([]string, len(b.Children))
		for i, c := range b.Children {
			parts[i] = c.format(p)
		}
		s, prec = strings.Join(parts, op), p
		if len(b.Children) == 0 {
			s, prec = "()", 3
		}
	case KofN:
		inner := ""
		if len(b.Children) == 1 {
			inner = b.Children[0].format(0)
		}
		s = fmt.Sprintf("%dof%d(%s)", b.K, b.N, inner)
	}
	if b.Name != "" {
		if prec < 3 {
			s = "(" + s + ")"
		}
		return b.Name + ":" + s
	}
	if prec < parent || (prec == parent && prec < 3 && b.Kind != Component) {
		return "(" + s + ")"
	}
	return s
}
