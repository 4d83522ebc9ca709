// Package calc is faultline's availability arithmetic: parsing availabilities
// and durations, downtime over a period, budgets, MTBF/MTTR and the
// availability of composed systems. It is pure: no I/O, no terminal.
//
// Availabilities are exact rationals, so 99.9% is exactly three nines and
// composition introduces no rounding; floating point is used only for
// figures that are inherently approximate, such as fractional nines.
package calc

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Availability is an exact fraction of time in service, between 0 and 1.
// The zero value is 0%. Availabilities are immutable values.
type Availability struct {
	r *big.Rat // nil means 0; never mutated after construction
}

var (
	ratOne = big.NewRat(1, 1)
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
	p, q := a.unavailability()
	if p.Sign() == 0 {
		return new(big.Rat)
	}
	return ratFromCoprime(p, q)
}

// unavailability returns 1 − A as p / q in lowest terms: (den − num) / den
// shares no factor with den, so no division is needed, which matters for
// the numbers of thousands of digits a long composition makes.
func (a Availability) unavailability() (p, q *big.Int) {
	r := a.rat()
	return new(big.Int).Sub(r.Denom(), r.Num()), r.Denom()
}

// IsPerfect reports whether the availability is exactly 100%.
func (a Availability) IsPerfect() bool { return a.rat().Cmp(ratOne) == 0 }

// Cmp compares two availabilities: −1 if a < b, 0 if equal, +1 if a > b.
func (a Availability) Cmp(b Availability) int { return a.rat().Cmp(b.rat()) }

// Nines returns −log10(1 − A), the fractional number of nines, to the
// precision of float64. ok is false at 100%, where the number of nines is
// unbounded.
func (a Availability) Nines() (nines float64, ok bool) {
	p, q := a.unavailability()
	if p.Sign() <= 0 {
		return 0, false
	}
	// The whole nines k exactly, then the fraction from (1 − A)·10^k, which
	// lies in (0.1, 1] and so converts to float64 without losing digits:
	// 16.3 nines reads 16.3, not 16.299999999999997.
	k := largestPower(p, q, false)
	scaled := new(big.Float).SetInt(new(big.Int).Mul(p, pow10(k)))
	f, _ := new(big.Float).SetPrec(64).Quo(scaled, new(big.Float).SetInt(q)).Float64()
	return max(float64(k)-math.Log10(f), 0), true
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
// with 1 − A ≤ 10^−k. 99.9% and 99.95% have 3, 99.99999% has 7, 85% has 0.
// ok is false at 100%, where it is unbounded.
func (a Availability) WholeNines() (k int, ok bool) {
	p, q := a.unavailability()
	if p.Sign() <= 0 {
		return 0, false
	}
	return largestPower(p, q, false), true
}

// MaxPercentNines is the most nines a percentage is printed with. A
// composed system can have thousands; past this many its percentage is cut
// (never rounded up to 100) after MaxPercentNines + 3 digits, which still
// parses, while Nines and WholeNines keep the exact count.
const MaxPercentNines = 300

// Percent formats the availability as a percentage without the % sign.
// Short exact decimals print exactly (99.95, 99.9999999999, 99.8001);
// longer ones, as composition makes, are rounded to three digits past the
// leading nines (99.501, 99.939905). Below 1% the digits count from the
// first one that is not zero, so that 0.0000001% does not print as 0,
// down to MaxPercentNines zeros after the point; below that it is cut to 0.
// What Percent prints, ParseAvailability reads.
func (a Availability) Percent() string {
	r := a.rat()
	num := new(big.Int).Mul(r.Num(), big.NewInt(100))
	den := r.Denom()
	if num.Sign() == 0 {
		return "0"
	}
	k, _ := a.WholeNines()
	if k > MaxPercentNines {
		return decimalString(num, den, MaxPercentNines+3, false)
	}
	if num.Cmp(den) < 0 { // below 1%: count the zeros after the point
		zeros := largestPower(num, den, true)
		if zeros > MaxPercentNines {
			// So small that its first digit is past the cut: it is cut
			// to 0 (never rounded up), as a percentage near 100 is
			// cut below 100, and prints as what parses.
			return decimalString(num, den, MaxPercentNines+3, false)
		}
		k = max(k, zeros)
	}
	if new(big.Int).Rem(new(big.Int).Mul(num, pow10(k+4)), den).Sign() == 0 {
		return decimalString(num, den, k+4, false) // exact
	}
	return decimalString(num, den, k+3, true)
}

// exactText prints the availability exactly in the form ParseAvailability
// reads, for an expression that must parse back to the same system: the
// percentage when it is a short decimal, else nines when that is what it
// is ("12.5n"), else the whole decimal. Only an availability that is no
// finite decimal (one made from MTBF and MTTR) falls back to Percent.
func (a Availability) exactText() string {
	const short = 24
	r := a.rat()
	num := new(big.Int).Mul(r.Num(), big.NewInt(100))
	d, decimalOK := asDecimal(r)
	exact := ""
	if decimalOK {
		exact = decimalString(num, r.Denom(), max(d.e-2, 0), false)
		if len(exact) <= short {
			return exact
		}
	}
	if n, ok := a.Nines(); ok && n <= MaxNines {
		for places := 0; places <= 9; places++ {
			text := strconv.FormatFloat(n, 'f', places, 64) + "n"
			if b, err := ParseAvailability(text); err == nil && b.Cmp(a) == 0 {
				return text
			}
		}
	}
	if decimalOK && len(exact) <= maxInputLen {
		return exact
	}
	return a.Percent()
}

// String formats the availability as a percentage with a % sign: "99.95%".
func (a Availability) String() string { return a.Percent() + "%" }

// trimZeros drops trailing zeros after a decimal point, and the point itself.
func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// FromNines returns the availability with n nines, 1 − 10^−n, for
// 0 ≤ n ≤ MaxNines (n is clamped into that range). Whole n is exact; for
// fractional n the whole part is split off and computed exactly, and
// 10^−fraction is taken to 17 significant digits (all float64 holds), so
// that 12.5 nines has 12.5 nines to the precision shown instead of what
// float64 makes of 1 − 10^−12.5.
func FromNines(n float64) Availability {
	if math.IsNaN(n) || n <= 0 {
		return Availability{}
	}
	whole, frac := math.Modf(min(n, MaxNines))
	return fromNines(int(whole), frac)
}

// fromNines is FromNines of whole + frac, 0 ≤ frac < 1, with the parts
// given apart so that a typed "16.3" keeps its fraction 0.3 exactly.
func fromNines(whole int, frac float64) Availability {
	u := new(big.Rat).SetFrac(big.NewInt(1), pow10(whole))
	if frac > 0 {
		digits, _ := new(big.Rat).SetString(strconv.FormatFloat(math.Pow(10, -frac), 'e', 16, 64))
		u.Mul(u, digits)
	}
	return fromRat(u.Sub(ratOne, u))
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

// ExactPercent formats the availability as a percentage without rounding
// ("99.7002999" where Percent gives "99.7003"), when it is a decimal of at
// most maxInputLen digits; otherwise, as for 1/3, it gives Percent.
func (a Availability) ExactPercent() string {
	r := a.rat()
	if d, ok := asDecimal(r); ok {
		num := new(big.Int).Mul(r.Num(), big.NewInt(100))
		if s := decimalString(num, r.Denom(), max(d.e-2, 0), false); len(s) <= maxInputLen {
			return s
		}
	}
	return a.Percent()
}
