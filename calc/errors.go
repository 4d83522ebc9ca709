package calc

import (
	"fmt"

	"faultline/internal/termtext"
)

// InputError reports input that calc cannot accept. It names the value,
// says why it was refused and lists the forms that are accepted, so that a
// command can print it as it is.
type InputError struct {
	// What is the kind of value: "availability", "duration", "period",
	// "expression", "budget" or "MTBF/MTTR".
	What string
	// Value is the offending input as the user typed it.
	Value string
	// Reason says what is wrong with it.
	Reason string
	// Accepted describes the forms that would have been accepted.
	Accepted string
}

// Error implements error.
func (e *InputError) Error() string { return e.Message(termtext.MaxEcho) }

// Message is Error showing at most echo bytes of the value, for a screen
// with less room than a terminal line of its own.
func (e *InputError) Message(echo int) string {
	msg := fmt.Sprintf("invalid %s %s: %s", e.What, termtext.QuoteN(e.Value, echo), e.Reason)
	if e.Accepted != "" {
		msg += " (accepted: " + e.Accepted + ")"
	}
	return msg
}

const (
	acceptedAvailability = `a percentage from 0 to 100 such as 99.95 or 99.95%, or nines such as "4 nines" or 4n`
	acceptedDuration     = `a duration with units d, h, m, s, ms, us, ns such as 1d, 52m34s, 4.32m, "8h 45m 36s" or "52 minutes"`
	acceptedPeriod       = `day, week, month (30 d), quarter (90 d), year (365 d) or a duration such as 28d`
	acceptedExpression   = `availabilities joined by * (serial) and | (parallel), grouped with ( ), k-of-n as 2of3(99), names as lb:99.99`
)
