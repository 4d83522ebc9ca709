package calc

import (
	"math/big"
	"time"
)

// Downtime is the downtime an availability allows over a window:
// (1 − A) × length, rounded to the nearest nanosecond.
func (a Availability) Downtime(window time.Duration) time.Duration {
	if window < 0 {
		return -a.Downtime(-window)
	}
	p, q := a.unavailability()
	// round(p·w / q) = ⌊(2·p·w + q) / 2q⌋, in integers: no division of
	// fractions, whose normalising would cost more than the answer.
	n := new(big.Int).Mul(p, big.NewInt(int64(window)))
	n.Lsh(n, 1).Add(n, q)
	n.Quo(n, new(big.Int).Lsh(q, 1))
	return time.Duration(n.Int64())
}

// DowntimeSeconds is Downtime in seconds, computed exactly and converted to
// float64 once, for JSON output.
func (a Availability) DowntimeSeconds(window time.Duration) float64 {
	p, q := a.unavailability()
	p = new(big.Int).Mul(p, big.NewInt(int64(window)))
	q = new(big.Int).Mul(q, big.NewInt(int64(time.Second)))
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(p), new(big.Float).SetInt(q)).Float64()
	return f
}

// FromBudget returns the availability that allows exactly the given
// downtime over a window: 1 − downtime / window. A negative budget, an empty
// window or a budget longer than its window is an error.
func FromBudget(downtime time.Duration, window Period) (Availability, error) {
	bad := func(reason string) (Availability, error) {
		return Availability{}, &InputError{What: "budget", Value: FormatDuration(downtime) + " per " + window.Name, Reason: reason,
			Accepted: "a downtime from 0 up to the length of its period"}
	}
	switch {
	case downtime < 0:
		return bad("the downtime is negative")
	case window.Length <= 0:
		return bad("the period is empty")
	case downtime > window.Length:
		return bad("the downtime is longer than its period (" + FormatDuration(window.Length) + ")")
	}
	u := big.NewRat(int64(downtime), int64(window.Length))
	return fromRat(u.Sub(ratOne, u)), nil
}

// FromMTBF returns the steady-state availability MTBF / (MTBF + MTTR).
// MTBF must be positive and MTTR not negative.
func FromMTBF(mtbf, mttr time.Duration) (Availability, error) {
	bad := func(reason string) (Availability, error) {
		return Availability{}, &InputError{What: "MTBF/MTTR", Value: FormatDuration(mtbf) + " / " + FormatDuration(mttr), Reason: reason,
			Accepted: "a positive MTBF and an MTTR of zero or more"}
	}
	switch {
	case mtbf <= 0:
		return bad("MTBF must be longer than zero")
	case mttr < 0:
		return bad("MTTR is negative")
	}
	return fromRat(big.NewRat(int64(mtbf), int64(mtbf)+int64(mttr))), nil
}
