package calc

import (
	"fmt"
	"strconv"
	"strings"

	"faultline/internal/termtext"
)

// ParseExpr parses a composed system written in faultline's expression
// grammar:
//
//	expr   = term { "|" term }          parallel: any one suffices
//	term   = factor { "*" factor }      serial: every one is needed
//	factor = [ name ":" ] ( avail | kofn | "(" expr ")" )
//	kofn   = K "of" N "(" expr ")"      K of N identical copies
//	avail  = number [ "%" ] | number ( "n" | "nines" )
//
// "*" binds tighter than "|". Example: "lb:99.99 * (web:99.9 | web:99.9) * db:99.95".
func ParseExpr(s string) (Block, error) {
	p := &exprParser{src: s}
	if strings.TrimSpace(s) == "" {
		return Block{}, p.fail("it is empty")
	}
	if len(s) > maxExprLen {
		return Block{}, p.fail("it is too long")
	}
	b, err := p.expr(0)
	if err != nil {
		return Block{}, err
	}
	p.skipSpace()
	if p.pos < len(p.src) {
		return Block{}, p.fail(fmt.Sprintf("unexpected %s at position %d", termtext.Quote(p.src[p.pos:]), p.pos+1))
	}
	if d := b.Digits(); d > MaxDigits {
		return Block{}, p.fail(fmt.Sprintf("its exact availability would need numbers of about %d digits; faultline computes up to %d", d, MaxDigits))
	}
	return b, nil
}

// maxExprLen bounds the text of an expression. MaxDigits bounds the work;
// this only keeps a runaway paste from being read at all. It is generous
// because a system faultline prints must parse back, and `nines --serial`
// with ten thousand components prints an expression of tens of kilobytes.
const maxExprLen = 1 << 20

// maxDepth bounds nesting, so deep parentheses cannot exhaust the stack.
const maxDepth = 64

type exprParser struct {
	src string
	pos int
}

func (p *exprParser) fail(reason string) error {
	return &InputError{What: "expression", Value: p.src, Reason: reason, Accepted: acceptedExpression}
}

func (p *exprParser) skipSpace() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t') {
		p.pos++
	}
}

// accept consumes c if it is next.
func (p *exprParser) accept(c byte) bool {
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

func (p *exprParser) expr(depth int) (Block, error) {
	if depth > maxDepth {
		return Block{}, p.fail("it is nested too deeply")
	}
	first, err := p.term(depth)
	if err != nil {
		return Block{}, err
	}
	parts := []Block{first}
	for p.accept('|') {
		next, err := p.term(depth)
		if err != nil {
			return Block{}, err
		}
		parts = append(parts, next)
	}
	if len(parts) == 1 {
		return first, nil
	}
	return NewParallel(parts...), nil
}

func (p *exprParser) term(depth int) (Block, error) {
	first, err := p.factor(depth)
	if err != nil {
		return Block{}, err
	}
	parts := []Block{first}
	for p.accept('*') {
		next, err := p.factor(depth)
		if err != nil {
			return Block{}, err
		}
		parts = append(parts, next)
	}
	if len(parts) == 1 {
		return first, nil
	}
	return NewSerial(parts...), nil
}

func (p *exprParser) factor(depth int) (Block, error) {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return Block{}, p.fail("it ends where an availability was expected")
	}
	if name, ok := p.name(); ok {
		b, err := p.factor(depth)
		if err != nil {
			return Block{}, err
		}
		b.Name = name
		return b, nil
	}
	if p.accept('(') {
		b, err := p.expr(depth + 1)
		if err != nil {
			return Block{}, err
		}
		if !p.accept(')') {
			return Block{}, p.fail(fmt.Sprintf("missing ) at position %d", p.pos+1))
		}
		return b, nil
	}
	start := p.pos
	for p.pos < len(p.src) && (isDigit(p.src[p.pos]) || p.src[p.pos] == '.') {
		p.pos++
	}
	num := p.src[start:p.pos]
	if num == "" {
		return Block{}, p.fail(fmt.Sprintf("expected an availability at position %d, found %s", start+1, termtext.Quote(p.src[start:])))
	}
	if strings.HasPrefix(p.src[p.pos:], "of") {
		return p.kofn(num, depth)
	}
	return p.availability(num, start)
}

// name consumes "name:" if it comes next.
func (p *exprParser) name() (string, bool) {
	i := p.pos
	if i >= len(p.src) || !isLetter(p.src[i]) {
		return "", false
	}
	for i < len(p.src) && (isLetter(p.src[i]) || isDigit(p.src[i]) || strings.IndexByte("_-.", p.src[i]) >= 0) {
		i++
	}
	j := i
	for j < len(p.src) && p.src[j] == ' ' {
		j++
	}
	if j >= len(p.src) || p.src[j] != ':' {
		return "", false
	}
	name := p.src[p.pos:i]
	p.pos = j + 1
	return name, true
}

func (p *exprParser) kofn(kText string, depth int) (Block, error) {
	p.pos += len("of")
	start := p.pos
	for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
		p.pos++
	}
	nText := p.src[start:p.pos]
	if nText == "" || strings.Contains(kText, ".") {
		return Block{}, p.fail(fmt.Sprintf("k-of-n is written like 2of3(99), with whole numbers k and n, not %s", termtext.Quote(kText+"of"+nText)))
	}
	k, errK := strconv.Atoi(kText)
	n, errN := strconv.Atoi(nText)
	switch {
	case errN != nil || n > MaxReplicas:
		return Block{}, p.fail(fmt.Sprintf("in k-of-n, n is at most %d, not %s", MaxReplicas, nText))
	case errK != nil || k > MaxReplicas:
		return Block{}, p.fail(fmt.Sprintf("in k-of-n, k is at most %d, not %s", MaxReplicas, kText))
	case k < 1:
		return Block{}, p.fail(fmt.Sprintf("in k-of-n, k is at least 1, not %s", kText))
	}
	if !p.accept('(') {
		return Block{}, p.fail(fmt.Sprintf("%dof%d needs the replicated part in parentheses, like %dof%d(99.9)", k, n, k, n))
	}
	part, err := p.expr(depth + 1)
	if err != nil {
		return Block{}, err
	}
	if !p.accept(')') {
		return Block{}, p.fail(fmt.Sprintf("missing ) at position %d", p.pos+1))
	}
	if k > n {
		return Block{}, p.fail(fmt.Sprintf("k-of-n needs k ≤ n, but %d > %d", k, n))
	}
	if n*replication(part) > maxReplication {
		return Block{}, p.fail(fmt.Sprintf("nested k-of-n groups replicate a part more than %d times", maxReplication))
	}
	b, err := NewKofN(k, n, part)
	if err != nil {
		return Block{}, p.fail(err.(*InputError).Reason)
	}
	return b, nil
}

// availability reads the unit that may follow a number ("%", "n", "nines").
func (p *exprParser) availability(num string, start int) (Block, error) {
	p.skipSpace()
	text := num
	rest := p.src[p.pos:]
	switch {
	case strings.HasPrefix(rest, "%"):
		p.pos++
	case strings.HasPrefix(rest, "nines") && !continuesWord(rest, 5):
		p.pos += 5
		text += " nines"
	case strings.HasPrefix(rest, "n") && !continuesWord(rest, 1):
		p.pos++
		text += "n"
	}
	a, err := ParseAvailability(text)
	if err != nil {
		return Block{}, p.fail(fmt.Sprintf("%s at position %d is not an availability: a percentage from 0 to 100 or nines such as 4n", termtext.Quote(p.src[start:p.pos]), start+1))
	}
	return NewComponent("", a), nil
}

func continuesWord(s string, i int) bool {
	return i < len(s) && (isLetter(s[i]) || isDigit(s[i]))
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

// maxReplication bounds the copies that nested k-of-n groups make of one
// part; exact arithmetic on more would be slow for no teaching value.
const maxReplication = 1000

// replication is the largest product of N over nested k-of-n groups in b.
func replication(b Block) int {
	most := 1
	for _, c := range b.Children {
		most = max(most, replication(c))
	}
	if b.Kind == KofN {
		most *= b.N
	}
	return most
}
