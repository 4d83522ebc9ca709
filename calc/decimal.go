package calc

import (
	"math/big"
	"strings"
)

// decimal is the exact value m / 10^e, m ≥ 0. Every availability typed as
// a percentage or as nines is one, and serial, parallel and k-of-n
// composition keep the form, so a composed system is computed with integer
// products alone: no greatest common divisor after every step, which is
// what made long compositions cubic.
type decimal struct {
	m *big.Int
	e int
}

var (
	bigOne  = big.NewInt(1)
	bigFive = big.NewInt(5)
	bigTen  = big.NewInt(10)
)

// pow10 returns 10^e as a new Int.
func pow10(e int) *big.Int { return new(big.Int).Exp(bigTen, big.NewInt(int64(e)), nil) }

// asDecimal returns r, 0 ≤ r, as m / 10^e when its denominator divides a
// power of ten, which it does for every parsed availability.
func asDecimal(r *big.Rat) (decimal, bool) {
	den := r.Denom()
	twos := int(den.TrailingZeroBits())
	rest := new(big.Int).Rsh(den, uint(twos))
	fives := 0
	q, rem := new(big.Int), new(big.Int)
	for rest.Cmp(bigOne) != 0 {
		q.QuoRem(rest, bigFive, rem)
		if rem.Sign() != 0 {
			return decimal{}, false
		}
		rest, q = q, rest
		fives++
	}
	e := max(twos, fives)
	m := new(big.Int).Lsh(r.Num(), uint(e-twos))
	m.Mul(m, new(big.Int).Exp(bigFive, big.NewInt(int64(e-fives)), nil))
	return decimal{m: m, e: e}, true
}

// complement returns 1 − d, for 0 ≤ d ≤ 1.
func (d decimal) complement() decimal {
	return decimal{m: new(big.Int).Sub(pow10(d.e), d.m), e: d.e}
}

// product multiplies ds; the product of none is 1.
func product(ds []decimal) decimal {
	if len(ds) == 0 {
		return decimal{m: big.NewInt(1)}
	}
	ms := make([]*big.Int, len(ds))
	e := 0
	for i, d := range ds {
		ms[i], e = d.m, e+d.e
	}
	return decimal{m: productTree(ms), e: e}
}

// productTree multiplies xs pairwise, so that the operands of each
// multiplication are of about the same size: near-linear in the digits of
// the result with the fast multiplication of math/big, where a running
// product would be quadratic.
func productTree(xs []*big.Int) *big.Int {
	switch len(xs) {
	case 1:
		return new(big.Int).Set(xs[0])
	case 2:
		return new(big.Int).Mul(xs[0], xs[1])
	}
	mid := len(xs) / 2
	return new(big.Int).Mul(productTree(xs[:mid]), productTree(xs[mid:]))
}

// kOfNDecimal is P(at least k of n copies up) for copies up with
// probability a = m / 10^e: Σ C(n,i) m^i (10^e − m)^(n−i) / 10^(e·n).
func kOfNDecimal(k, n int, a decimal) decimal {
	u := a.complement().m
	mp := make([]*big.Int, n+1) // m^i
	up := make([]*big.Int, n+1) // u^i
	mp[0], up[0] = big.NewInt(1), big.NewInt(1)
	for i := 1; i <= n; i++ {
		mp[i] = new(big.Int).Mul(mp[i-1], a.m)
		up[i] = new(big.Int).Mul(up[i-1], u)
	}
	sum, term := new(big.Int), new(big.Int)
	for i := k; i <= n; i++ {
		term.Binomial(int64(n), int64(i))
		term.Mul(term, mp[i])
		term.Mul(term, up[n-i])
		sum.Add(sum, term)
	}
	return decimal{m: sum, e: a.e * n}
}

// rat returns d as a normalised big.Rat. The only common factors of m and
// 10^e are twos and fives, which are cheap to find, so the Rat is built
// without the general greatest common divisor, quadratic in the digits.
func (d decimal) rat() *big.Rat {
	if d.m.Sign() == 0 {
		return new(big.Rat)
	}
	m := new(big.Int).Set(d.m)
	twos := min(int(m.TrailingZeroBits()), d.e)
	m.Rsh(m, uint(twos))
	fives := divideFives(m, d.e)
	den := new(big.Int).Exp(bigFive, big.NewInt(int64(d.e-fives)), nil)
	den.Lsh(den, uint(d.e-twos))
	return ratFromCoprime(m, den)
}

// divideFives divides m by 5 as often as it can, at most limit times, and
// returns how often it did.
func divideFives(m *big.Int, limit int) int {
	n := 0
	q, rem := new(big.Int), new(big.Int)
	const chunk = 27 // 5^27 < 2^63
	five27 := new(big.Int).Exp(bigFive, big.NewInt(chunk), nil)
	for n+chunk <= limit {
		q.QuoRem(m, five27, rem)
		if rem.Sign() != 0 {
			break
		}
		m.Set(q)
		n += chunk
	}
	for n < limit {
		q.QuoRem(m, bigFive, rem)
		if rem.Sign() != 0 {
			break
		}
		m.Set(q)
		n++
	}
	return n
}

// ratFromCoprime returns num / den as a Rat without normalising: the
// caller guarantees that num and den > 0 have no common factor.
func ratFromCoprime(num, den *big.Int) *big.Rat {
	r := new(big.Rat).SetInt64(1) // initialised, so Denom is a reference
	r.Num().Set(num)
	r.Denom().Set(den)
	return r
}

// compareScaled compares p·10^k with q for p, q > 0 and k ≥ 0.
func compareScaled(p *big.Int, k int, q *big.Int) int {
	return new(big.Int).Mul(p, pow10(k)).Cmp(q)
}

// largestPower returns the largest k ≥ 0 with p·10^k ≤ q (strict: <),
// for 0 < p ≤ q, from an estimate by logarithms checked exactly.
func largestPower(p, q *big.Int, strict bool) int {
	ok := func(k int) bool {
		c := compareScaled(p, k, q)
		return c < 0 || c == 0 && !strict
	}
	k := max(int(log10Int(q)-log10Int(p))-1, 0)
	for k > 0 && !ok(k) {
		k--
	}
	for ok(k + 1) {
		k++
	}
	return k
}

// decimalString prints num / den ≥ 0 with digits digits after the point,
// rounded half away from zero (round) or cut (not round), without trailing
// zeros.
func decimalString(num, den *big.Int, digits int, round bool) string {
	q := new(big.Int).Mul(num, pow10(digits))
	if round {
		q.Lsh(q, 1).Add(q, den)
		q.Quo(q, new(big.Int).Lsh(den, 1))
	} else {
		q.Quo(q, den)
	}
	s := q.String()
	if digits == 0 {
		return s
	}
	if len(s) <= digits {
		s = strings.Repeat("0", digits-len(s)+1) + s
	}
	return trimZeros(s[:len(s)-digits] + "." + s[len(s)-digits:])
}
