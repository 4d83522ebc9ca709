package calc

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"faultline/internal/termtext"
)

// unitNames maps each accepted duration unit to its length.
var unitNames = map[string]time.Duration{
	"w": 7 * 24 * time.Hour, "d": 24 * time.Hour, "h": time.Hour,
	"m": time.Minute, "min": time.Minute, "s": time.Second, "sec": time.Second,
	"ms": time.Millisecond, "us": time.Microsecond, "µs": time.Microsecond,
	"ns": time.Nanosecond, // FormatDuration prints "86 ns", so it must read back
	// The words a person types: "52 minutes", "1 hour 30 mins".
	"week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
	"day": 24 * time.Hour, "days": 24 * time.Hour,
	"hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"secs": time.Second, "second": time.Second, "seconds": time.Second,
}

// ParseDuration parses a human duration with days: "1d", "52m34s", "4.32m",
// "1d2h", "8h 45m 36s", "259ms", "52 minutes". Every number needs a unit
// (w, d, h, m, s, ms, us, ns, or a word such as min, hours or seconds). Negative durations and durations over 100 years are refused.
func ParseDuration(s string) (time.Duration, error) {
	bad := func(reason string) (time.Duration, error) {
		return 0, &InputError{What: "duration", Value: s, Reason: reason, Accepted: acceptedDuration}
	}
	in := strings.ToLower(strings.TrimSpace(s))
	if in == "" {
		return bad("it is empty")
	}
	if len(in) > maxInputLen {
		return bad("it is too long")
	}
	if abs, neg := strings.CutPrefix(in, "-"); neg {
		if _, err := ParseDuration(abs); err == nil {
			return bad("it is negative")
		}
	}
	total := new(big.Rat)
	rest := in
	for rest != "" {
		rest = strings.TrimLeft(rest, " ")
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
			i++
		}
		num := rest[:i]
		if !isDecimal(num) {
			return bad(fmt.Sprintf("expected a number at %s", termtext.Quote(rest)))
		}
		rest = strings.TrimLeft(rest[i:], " ")
		j := 0
		for j < len(rest) && !(rest[j] >= '0' && rest[j] <= '9' || rest[j] == '.' || rest[j] == ' ') {
			j++
		}
		unitName := rest[:j]
		unit, ok := unitNames[unitName]
		if !ok {
			if unitName == "" {
				if len(num) > 12 {
					num = termtext.QuoteN(num, 12) // the whole value is quoted already
				}
				return bad(fmt.Sprintf("the number %s has no unit", num))
			}
			return bad(fmt.Sprintf("unknown unit %s", termtext.Quote(unitName)))
		}
		rest = rest[j:]
		v, _ := new(big.Rat).SetString(num)
		total.Add(total, v.Mul(v, big.NewRat(int64(unit), 1)))
		if total.Cmp(big.NewRat(int64(maxDuration), 1)) > 0 {
			return bad("it is longer than 100 years")
		}
	}
	return ratToDuration(total), nil
}

// maxDuration is the longest duration calc accepts.
const maxDuration = 100 * 365 * 24 * time.Hour

// ratToDuration rounds a number of nanoseconds to the nearest Duration.
func ratToDuration(ns *big.Rat) time.Duration {
	f, _ := ns.Float64()
	return time.Duration(math.Round(f))
}

// FormatDuration prints a duration in the units a person would use:
// "36d 12h", "8h 45m 36s", "4m 19s", "25.9 s", "259 ms", "864 µs", "0 s".
// At a minute and above it shows at most three units, rounding the last.
func FormatDuration(d time.Duration) string {
	if d < 0 {
		return "-" + FormatDuration(-d)
	}
	switch {
	case d == 0:
		return "0 s"
	case d < time.Microsecond:
		return fmt.Sprintf("%d ns", d.Nanoseconds())
	case d < time.Millisecond:
		return sig3(float64(d)/float64(time.Microsecond)) + " µs"
	case d < time.Second:
		return sig3(float64(d)/float64(time.Millisecond)) + " ms"
	case d < time.Minute:
		return sig3(d.Seconds()) + " s"
	}
	units := []struct {
		name string
		d    time.Duration
	}{{"d", 24 * time.Hour}, {"h", time.Hour}, {"m", time.Minute}, {"s", time.Second}}
	first := 0
	for d < units[first].d {
		first++
	}
	last := min(first+2, len(units)-1)
	step := units[last].d
	d = (d + step/2) / step * step // round at the last unit shown
	for first > 0 && d >= units[first-1].d {
		first-- // rounding carried into a larger unit
		last = min(first+2, len(units)-1)
	}
	parts := make([]string, 0, 3)
	for i := first; i <= last; i++ {
		n := d / units[i].d
		d -= n * units[i].d
		parts = append(parts, fmt.Sprintf("%d%s", n, units[i].name))
	}
	for len(parts) > 1 && parts[len(parts)-1][0] == '0' {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " ")
}

// sig3 formats f with three significant digits, dropping trailing zeros.
func sig3(f float64) string {
	decimals := 0
	switch {
	case f < 10:
		decimals = 2
	case f < 100:
		decimals = 1
	}
	return trimZeros(fmt.Sprintf("%.*f", decimals, f))
}

// FormatDurationExact prints d without rounding, in the units of
// FormatDuration: "52m 33.6s", "1d 0.5s", "864.25 µs", "7 ns". It parses back
// to exactly d, so it is the form to use where a figure is called exact.
func FormatDurationExact(d time.Duration) string {
	if d < 0 {
		return "-" + FormatDurationExact(-d)
	}
	switch {
	case d == 0:
		return "0 s"
	case d < time.Microsecond:
		return fmt.Sprintf("%d ns", d.Nanoseconds())
	case d < time.Millisecond:
		return decimalOf(d, time.Microsecond) + " µs"
	case d < time.Second:
		return decimalOf(d, time.Millisecond) + " ms"
	case d < time.Minute:
		return decimalOf(d, time.Second) + " s"
	}
	var parts []string
	for _, u := range []struct {
		name string
		d    time.Duration
	}{{"d", 24 * time.Hour}, {"h", time.Hour}, {"m", time.Minute}} {
		if n := d / u.d; n > 0 {
			parts = append(parts, fmt.Sprintf("%d%s", n, u.name))
			d -= n * u.d
		}
	}
	if d > 0 {
		parts = append(parts, decimalOf(d, time.Second)+"s")
	}
	return strings.Join(parts, " ")
}

// decimalOf prints d in units of unit as an exact decimal: 1.5, 33.6.
func decimalOf(d, unit time.Duration) string {
	digits := len(fmt.Sprint(int64(unit))) - 1 // unit is a power of ten in ns
	return trimZeros(fmt.Sprintf("%d.%0*d", d/unit, digits, d%unit))
}

// DowntimeText prints the downtime a allows over window for people. Below a
// microsecond it keeps the fraction of a nanosecond that Downtime rounds
// away, so 99.95% of 1 µs reads "0.5 ns", not "1 ns".
func (a Availability) DowntimeText(window time.Duration) string {
	if d := a.Downtime(window); d.Abs() >= time.Microsecond {
		return FormatDuration(d)
	}
	p, q := a.unavailability()
	ns := new(big.Rat).SetFrac(new(big.Int).Mul(p, big.NewInt(int64(window))), q)
	f, _ := ns.Float64()
	if f == 0 {
		return "0 s"
	}
	// Three significant digits however small, in plain decimals that
	// ParseDuration reads back.
	decimals := max(2, 2-int(math.Floor(math.Log10(f))))
	return trimZeros(fmt.Sprintf("%.*f", decimals, f)) + " ns"
}
