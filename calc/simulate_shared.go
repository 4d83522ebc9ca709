package calc

import (
	"errors"
	"strings"
	"time"
)

// SharedDependency is a component that every replica of every redundancy
// group relies on, such as the rack switch or the power feed under a pair
// of servers: when it fails, all of them go down together. Nothing in the
// system survives it, so in the formula it is simply a component in
// series with the system.
type SharedDependency struct {
	// A is the dependency's availability.
	A Availability
	// MTTR is its mean time to repair; zero means the run's.
	MTTR time.Duration
}

// Formula is system with the dependency in series, the block whose exact
// availability a simulation with d is compared with; system itself when d
// is nil.
func (d *SharedDependency) Formula(system Block) Block {
	if d == nil {
		return system
	}
	return NewSerial(NewComponent("shared", d.A), system)
}

// String writes d as ParseSharedDependency reads it: "99.99%" or
// "99.99%,4h".
func (d SharedDependency) String() string {
	if d.MTTR == 0 {
		return d.A.String()
	}
	return d.A.String() + "," + FormatDuration(d.MTTR)
}

// acceptedShared is what ParseSharedDependency accepts.
const acceptedShared = "an availability, with its repair time after a comma if not the run's: 99.99 or 99.99,4h"

// ParseSharedDependency reads "A" or "A,MTTR": an availability such as
// 99.99 and, optionally, the dependency's mean time to repair, such as 4h.
func ParseSharedDependency(text string) (SharedDependency, error) {
	refuse := func(part string, err error) error {
		reason := err.Error()
		var ie *InputError
		if errors.As(err, &ie) {
			reason = ie.Reason
		}
		return &InputError{What: "shared dependency", Value: text, Reason: "its " + part + " is not valid: " + reason, Accepted: acceptedShared}
	}
	avail, mttr, hasMTTR := strings.Cut(text, ",")
	a, err := ParseAvailability(strings.TrimSpace(avail))
	if err != nil {
		return SharedDependency{}, refuse("availability", err)
	}
	d := SharedDependency{A: a}
	if hasMTTR {
		if d.MTTR, err = ParseDuration(strings.TrimSpace(mttr)); err != nil {
			return SharedDependency{}, refuse("repair time", err)
		}
		if d.MTTR <= 0 {
			return SharedDependency{}, &InputError{What: "shared dependency", Value: text, Reason: "its repair time must be above zero", Accepted: acceptedShared}
		}
	}
	return d, nil
}
