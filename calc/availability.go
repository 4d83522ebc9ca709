// Package calc is faultline's availability arithmetic: parsing availabilities
// and durations, downtime over a period, budgets, MTBF/MTTR and the
// availability of composed systems. It is pure: no I/O, no terminal.
//
// Availabilities are exact rationals, so 99.9 % is exactly three nines and
// composition introduces no rounding; floating point is used only for
// figures that are inherently approximate, such as fractional nines.
package calc

import (
	"math"
	"math/big"
	"strings"
)

// Availability is an exact fraction of time in service, between 0 and 1.
// The zero value is 0 %. Availabilities are immutable values.
type Availability struct {
	r *big.Rat // nil means 0; never mutated after construction
}

var (
	ratOne = big.NewRat(1, 1)
	ratTen = big.NewRat(10, 1)
)

// fromRat wraps r, which the caller must not mutate afterwards.
func fromRat(r *big.Rat) Availability { return Availability{r: r} }

// rat returns the availability as a rational; callers must not mutate it.
func (a Availability) rat() *big.Rat {
	if a.r == nil {
		return new(big.Rat)
	}
	return a.r
}

// Rat returns a copy of the availability as an exact fraction.
func (a Availability) Rat() *big.Rat { return new(big.Rat).Set(a.rat()) }

// Fraction returns the availability as a float64 fraction, e.g. 0.9995.
func (a Availability) Fraction() float64 {
	f, _ := a.rat().Float64()
	return f
}

// Unavailability returns 1 − A exactly.
func (a Availability) Unavailability() *big.Rat {
	return new(big.Rat).Sub(ratOne, a.rat())
}

// IsPerfect reports whether the availability is exactly 100 %.
func (a Availability) IsPerfect() bool { return a.rat().Cmp(ratOne) == 0 }

// Cmp compares two availabilities: −1 if a < b, 0 if equal, +1 if a > b.
func (a Availability) Cmp(b Availability) int { return a.rat().Cmp(b.rat()) }

// Nines returns −log10(1 − A), the fractional number of nines. ok is false
// at 100 %, where the number of nines is unbounded.
func (a Availability) Nines() (nines float64, ok bool) {
	u := a.Unavailability()
	if u.Sign() <= 0 {
		return 0, false
	}
	n := -(log10Int(u.Num()) - log10Int(u.Denom()))
	if n < 0 || math.Abs(n) < 1e-12 { // 0 % gives −log10(1) = 0; keep it clean
		n = math.Max(n, 0)
	}
	return n, true
}

// log10Int returns log10(x) for x > 0 without overflowing float64.
func log10Int(x *big.Int) float64 {
	f := new(big.Float).SetInt(x)
	mant := new(big.Float)
	exp := f.MantExp(mant) // x = mant × 2^exp, 0.5 ≤ mant < 1
	m, _ := mant.Float64()
	return math.Log10(m) + float64(exp)*math.Log10(2)
}

// WholeNines returns the number of leading nines, exactly: the largest k
// with 1 − A ≤ 10^−k. 99.9 % and 99.95 % have 3, 99.99999 % has 7, 85 % has 0.
// ok is false at 100 %, where it is unbounded.
func (a Availability) WholeNines() (k int, ok bool) {
	u := a.Unavailability()
	if u.Sign() <= 0 {
		return 0, false
	}
	scaled := new(big.Rat).Set(u)
	for {
		scaled.Mul(scaled, ratTen)
		if scaled.Cmp(ratOne) > 0 {
			return k, true
		}
		k++
	}
}

// Percent formats the availability as a percentage without the % sign.
// Short exact decimals print exactly (99.95, 99.9999999999, 99.8001);
// longer ones, as composition makes, are rounded to three digits past the
// leading nines (99.501, 99.939905). Below 1 % the digits count from the
// first one that is not zero, so that 0.0000001 % does not print as 0.
func (a Availability) Percent() string {
	p := new(big.Rat).Mul(a.rat(), big.NewRat(100, 1))
	k, _ := a.WholeNines()
	k = max(k, leadingZeros(p))
	if s, ok := exactDecimal(p, k+4); ok {
		return s
	}
	return trimZeros(p.FloatString(k + 3))
}

// leadingZeros counts the zeros between the decimal point and the first
// other digit of r, for 0 < r < 1 (2 for 0.005); 0 otherwise.
func leadingZeros(r *big.Rat) int {
	if r.Sign() <= 0 {
		return 0
	}
	n := 0
	for x := new(big.Rat).Mul(r, ratTen); x.Cmp(ratOne) < 0; x.Mul(x, ratTen) {
		n++
	}
	return n
}

// String formats the availability as a percentage with a % sign: "99.95%".
func (a Availability) String() string { return a.Percent() + "%" }

// exactDecimal returns r as a decimal string if it has at most maxDigits
// digits after the point.
func exactDecimal(r *big.Rat, maxDigits int) (string, bool) {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(maxDigits)), nil)
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(scale))
	if !scaled.IsInt() {
		return "", false
	}
	return trimZeros(r.FloatString(maxDigits)), true
}

// trimZeros drops trailing zeros after a decimal point, and the point itself.
func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// FromNines returns the availability with n nines: 1 − 10^−n. Whole n is
// exact; fractional n is the nearest float64 value, converted exactly.
func FromNines(n float64) Availability {
	if n == math.Trunc(n) && n >= 0 && n <= 1000 {
		u := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
		return fromRat(new(big.Rat).Sub(ratOne, u))
	}
	r := new(big.Rat)
	r.SetFloat64(1 - math.Pow(10, -n))
	return fromRat(r)
}

// FromFraction returns the availability whose fraction is the float f,
// clamped to [0, 1]; NaN gives 0.
func FromFraction(f float64) Availability {
	if math.IsNaN(f) || f <= 0 {
		return Availability{}
	}
	if f >= 1 {
		return fromRat(new(big.Rat).Set(ratOne))
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	return fromRat(r)
}
