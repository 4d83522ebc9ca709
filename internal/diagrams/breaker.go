package diagrams

import "strings"

// BreakerState is one state of the circuit breaker.
type BreakerState struct{ Name, Gist string }

// Title is the state's name as a box title: upper case.
func (s BreakerState) Title() string { return strings.ToUpper(s.Name) }

// Transition is one move between the breaker's states (indexes into
// Breaker.States): Label is written on the drawing's arrow, Phrase in
// the handout's sentence.
type Transition struct {
	From, To      int
	Label, Phrase string
}

// The breaker's states, as indexes into Breaker.States.
const (
	Closed = iota
	Open
	HalfOpen
)

// Breaker is the circuit breaker: its three states and the four
// transitions between them, in the order the handout lists them.
var Breaker = struct {
	Title, TransitionsTitle string
	States                  []BreakerState
	// Trip, CoolDown, Recover and Retrip are the four transitions.
	Trip, CoolDown, Recover, Retrip Transition
}{
	Title:            "Circuit breaker states",
	TransitionsTitle: "Transitions",
	States: []BreakerState{
		{"Closed", "calls pass through; failures are counted"},
		{"Open", "calls fail fast; the dependency rests"},
		{"Half-open", "a few trial calls go through"},
	},
	Trip:     Transition{Closed, Open, "too many failures", "too many failures"},
	CoolDown: Transition{Open, HalfOpen, "cool-down ends", "the cool-down ends"},
	Recover:  Transition{HalfOpen, Closed, "trial calls succeed", "the trial calls succeed"},
	Retrip:   Transition{HalfOpen, Open, "a trial call fails", "a trial call fails"},
}

// Transitions returns the breaker's transitions in the handout's order.
func Transitions() []Transition {
	b := Breaker
	return []Transition{b.Trip, b.CoolDown, b.Recover, b.Retrip}
}
