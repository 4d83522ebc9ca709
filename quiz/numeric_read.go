package quiz

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"faultline/calc"
)

// reading is a typed numeric answer read for grading: the value and the
// exact answer in one unit (seconds, or a fraction of one for
// availabilities), or what to say when it cannot be read.
type reading struct {
	got, want *big.Rat
	// scale converts an absolute tolerance to the unit of got and want.
	scale *big.Rat
	// typed is the value as read, in the answer's own format.
	typed string
	// note says how the text was read when it was not as written, such
	// as " (0.9945 read as 99.45%)".
	note string
	// text is what the student typed, cleaned.
	text string
	// retry says what to fix when the text cannot be read.
	retry string
}

// durationFactors and percentFactors are the slips a targeted hint
// catches: minutes for seconds or hours for minutes, and a fraction for a
// percentage or the other way round.
var (
	durationFactors = []int64{60}
	percentFactors  = []int64{100}
)

// readDuration reads a duration answer: "52m", "52 min", "52 minutes".
func readDuration(n *Numeric, s string) reading {
	if bareNumber().MatchString(s) {
		return reading{retry: fmt.Sprintf("%s what? Give a unit, such as %sm or %sh: %s.", s, s, s, n.Unit)}
	}
	d, err := calc.ParseDuration(s)
	if err != nil {
		return reading{retry: fmt.Sprintf("Cannot read %q as a duration: write %s.", s, n.Unit)}
	}
	return reading{
		got:   big.NewRat(int64(d), int64(time.Second)),
		want:  big.NewRat(int64(n.Duration), int64(time.Second)),
		scale: big.NewRat(1, 1),
		typed: calc.FormatDurationExact(d),
		text:  s,
	}
}

// readPercent reads an availability answer: "99.45", "99.45%", "99.45 %",
// "3 nines", or a fraction of one such as "0.9945", read as 99.45%. A
// bare number of at most 1 is a fraction unless the answer itself is below
// 1%, where it would be a percentage.
func readPercent(n *Numeric, s string) reading {
	want := n.Availability.Rat()
	r := reading{want: want, scale: big.NewRat(1, 100), text: s}
	if bareNumber().MatchString(s) {
		v, ok := new(big.Rat).SetString(s)
		if ok && v.Sign() > 0 && v.Cmp(big.NewRat(1, 1)) <= 0 && want.Cmp(big.NewRat(1, 100)) >= 0 {
			a, err := calc.ParseAvailability(percentText(v))
			if err == nil {
				r.got, r.typed = a.Rat(), a.String()
				r.note = fmt.Sprintf(" (%s read as %s%%)", s, a.Percent())
				return r
			}
		}
		if ok && v.Cmp(big.NewRat(100, 1)) > 0 {
			// Above 100%: not an availability, but perhaps a slip by a factor.
			r.got, r.typed = new(big.Rat).Quo(v, big.NewRat(100, 1)), s
			if hint := r.offByFactor(n); hint != "" {
				return reading{retry: hint}
			}
		}
	}
	a, err := calc.ParseAvailability(s)
	if err != nil {
		return reading{retry: fmt.Sprintf("Cannot read %q as a percentage: write %s.", s, n.Unit)}
	}
	r.got, r.typed = a.Rat(), a.String()
	return r
}

// percentText writes a fraction of one as a percentage in decimal, exactly.
func percentText(v *big.Rat) string {
	p := new(big.Rat).Mul(v, big.NewRat(100, 1))
	return strings.TrimSuffix(strings.TrimRight(p.FloatString(20), "0"), ".")
}

// offByFactor returns a targeted hint when the value read is the answer
// multiplied or divided by a factor a person slips by (60 for durations,
// 100 for percentages), or "" when it is not.
func (r reading) offByFactor(n *Numeric) string {
	factors := durationFactors
	if n.Kind == Percent {
		factors = percentFactors
	}
	for _, f := range factors {
		for _, way := range []struct {
			scale *big.Rat
			what  string
		}{{big.NewRat(f, 1), "too small"}, {big.NewRat(1, f), "too large"}} {
			if !n.Tolerance.within(new(big.Rat).Mul(r.got, way.scale), r.want, r.scale) {
				continue
			}
			if n.Kind == Duration {
				what := map[string]string{"too small": "too short", "too large": "too long"}[way.what]
				return fmt.Sprintf("%s is %d times %s: check the unit (seconds for minutes, or minutes for hours?). Try again with %s.", r.text, f, what, n.Unit)
			}
			return fmt.Sprintf("%s is %d times %s for a percentage: a fraction such as 0.9945 is 99.45%%. Try again with %s.", r.text, f, way.what, n.Unit)
		}
	}
	return ""
}
