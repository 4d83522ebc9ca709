package calc

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// maxInputLen bounds every parsed availability and duration. It holds a
// percentage of MaxNines nines with the digits Percent prints after them.
const maxInputLen = 320

// MaxNines is the most nines an availability may be typed with.
const MaxNines = 300

// ParseAvailability parses an availability typed as a percentage
// ("99.95", "99.95%", "99.95 %") or as nines ("4 nines", "4n", "3.5 nines").
// Percentages are exact: "99.9" is exactly three nines.
func ParseAvailability(s string) (Availability, error) {
	in := strings.TrimSpace(s)
	bad := func(reason string) (Availability, error) {
		return Availability{}, &InputError{What: "availability", Value: s, Reason: reason, Accepted: acceptedAvailability}
	}
	if in == "" {
		return bad("it is empty")
	}
	if len(in) > maxInputLen {
		return bad("it is too long")
	}
	lower := strings.ToLower(in)
	for _, suffix := range []string{"nines", "nine", "n"} {
		if num, ok := strings.CutSuffix(lower, suffix); ok {
			num = strings.TrimSpace(num)
			if rest, neg := strings.CutPrefix(num, "-"); neg && isDecimal(rest) {
				return bad("it is negative; the number of nines is from 0 to 300")
			}
			if !strings.ContainsAny(num, "0123456789") {
				break // "NaN", "Inf", "none": not nines at all
			}
			if !isDecimal(num) {
				return bad("the number of nines must be a plain number such as 4 or 3.5")
			}
			// The whole part and the fraction apart: "16.3" is 16 + 0.3
			// exactly, which 16.3 as a float64 is not.
			wholeText, fracText, _ := strings.Cut(num, ".")
			wholeText = strings.TrimLeft(wholeText, "0")
			whole, err := 0, error(nil)
			if wholeText != "" {
				whole, err = strconv.Atoi(wholeText)
			}
			frac, _ := strconv.ParseFloat("0."+fracText+"0", 64)
			if err != nil || whole > MaxNines || whole == MaxNines && frac > 0 {
				return bad(fmt.Sprintf("the number of nines must be between 0 and %d", MaxNines))
			}
			return fromNines(whole, frac), nil
		}
	}
	num := strings.TrimSpace(strings.TrimSuffix(in, "%"))
	if !isDecimal(num) {
		if rest, neg := strings.CutPrefix(num, "-"); neg && isDecimal(rest) {
			return bad("it is negative; an availability is between 0 and 100%")
		}
		return bad("it is not a number")
	}
	r, ok := new(big.Rat).SetString(num)
	if !ok {
		return bad("it is not a number")
	}
	r.Quo(r, big.NewRat(100, 1))
	if r.Cmp(ratOne) > 0 {
		return bad("it is above 100%")
	}
	return fromRat(r), nil
}

// isDecimal reports whether s is a plain unsigned decimal: digits with at
// most one point and at least one digit ("99", "99.95", ".5", "5."). It
// refuses exponents, signs, fractions, NaN and Inf, which big.Rat would take.
func isDecimal(s string) bool {
	digits, points := 0, 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

// MustParseAvailability is ParseAvailability for values known to be valid,
// such as constants in presets and tests. It panics on bad input.
func MustParseAvailability(s string) Availability {
	a, err := ParseAvailability(s)
	if err != nil {
		panic(err)
	}
	return a
}
