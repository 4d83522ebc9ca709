package quiz

import (
	"math/big"
	"time"

	"faultline/calc"
)

// Type is the kind of a question, as written in a bank's type key.
type Type string

// The question types.
const (
	// Single has exactly one correct choice.
	Single Type = "single"
	// Multi is "select all that apply": one to all of its choices are
	// correct, so the count gives nothing away.
	Multi Type = "multi"
	// TrueFalse is a statement that is either true or false.
	TrueFalse Type = "truefalse"
	// NumericType asks for a duration or a percentage computed by calc.
	NumericType Type = "numeric"
	// Classify places a described fault on the six taxonomy dimensions.
	Classify Type = "classify"
	// Order puts items in the order they happen.
	Order Type = "order"
	// Match pairs each left item with its right item.
	Match Type = "match"
)

// Types lists every question type, in the order the format describes them.
var Types = []Type{Single, Multi, TrueFalse, NumericType, Classify, Order, Match}

// Question is one question of the bank, loaded and checked.
type Question struct {
	// ID is LESSON-N, unique across the bank.
	ID string
	// Lesson is the id of the lesson whose bank file holds the question.
	Lesson string
	// Type says which of the fields below carry the answer.
	Type Type
	// Section is the LESSON#SECTION link to the section the question tests.
	Section string
	// Prompt is the question as shown to the student.
	Prompt string
	// Hint points the way to the answer without giving it away; the
	// student may ask for it before answering. Empty when the bank gives
	// none.
	Hint string
	// Explanation says why the right answer is right and why a tempting
	// wrong one is wrong; it is shown after the answer.
	Explanation string
	// Choices are the options of a Single or Multi question.
	Choices []Choice
	// Answer is the truth of a TrueFalse statement.
	Answer bool
	// Numeric holds a NumericType question's computed answer.
	Numeric *Numeric
	// Classes maps each of the six dimensions to its class, for Classify.
	Classes map[string]string
	// Items are an Order question's items, in the correct order.
	Items []string
	// Pairs are a Match question's pairs, each left with its right.
	Pairs []Pair
	// Line is the 1-based line of the question in its bank file.
	Line int
	// File is the bank file's path inside the loaded file system.
	File string
}

// Choice is one option of a Single or Multi question.
type Choice struct {
	// Text is the option as shown.
	Text string
	// Correct reports whether picking this option is right.
	Correct bool
}

// Pair is one pair of a Match question.
type Pair struct {
	// Left is the item the student matches, such as a fallacy.
	Left string
	// Right is the item it belongs with, such as an incident.
	Right string
}

// NumericKind says what a numeric answer measures.
type NumericKind string

// The kinds of numeric answer.
const (
	// Duration answers are lengths of time, such as allowed downtime.
	Duration NumericKind = "duration"
	// Percent answers are availabilities.
	Percent NumericKind = "percent"
)

// Numeric is the answer of a NumericType question, computed by calc when the
// bank is loaded.
type Numeric struct {
	// Kind says whether the answer is a Duration or a Percent.
	Kind NumericKind
	// Duration is the exact answer when Kind is Duration.
	Duration time.Duration
	// Availability is the exact answer when Kind is Percent.
	Availability calc.Availability
	// Tolerance is how far from the exact answer a response may be.
	Tolerance Tolerance
	// Unit tells the student what to type, such as "a duration with a
	// unit, such as 1h30m or 90m"; its example is never an answer the
	// grader would accept.
	Unit string
	// Compute is the calculation the answer comes from, as written in the bank.
	Compute Compute
}

// Compute is the calculation behind a numeric answer: exactly one of its
// forms is set, as the bank wrote it.
type Compute struct {
	// Downtime is an availability; with Per, the answer is the downtime it
	// allows over that period.
	Downtime string
	// Budget is a duration; with Per, the answer is the availability that
	// allows exactly that downtime.
	Budget string
	// Per is the period of Downtime and Budget: day, week, month, quarter,
	// year or a custom window such as 28d.
	Per string
	// MTBF and MTTR are durations; the answer is MTBF / (MTBF + MTTR).
	// MTBF is the bank's key for the mean up time between failures, MTTF,
	// as faultline's calculators take it.
	MTBF, MTTR string
	// Expr is a composed system in calc's grammar; the answer is its
	// availability.
	Expr string
}

// String describes the calculation in one line, e.g. "downtime of 99.95
// per month" or "availability with mean up time (MTTF) 30d and MTTR 4h".
func (c Compute) String() string {
	switch {
	case c.Downtime != "":
		return "downtime of " + c.Downtime + " per " + c.Per
	case c.Budget != "":
		return "availability allowing " + c.Budget + " per " + c.Per
	case c.MTBF != "":
		return "availability with mean up time (MTTF) " + c.MTBF + " and MTTR " + c.MTTR
	default:
		return "availability of " + c.Expr
	}
}

// Tolerance is how far a numeric response may be from the exact answer.
type Tolerance struct {
	// Text is the tolerance as written in the bank, or the default.
	Text string
	// rel is a fraction of the answer, or nil.
	rel *big.Rat
	// abs is in seconds for durations and percentage points for percents,
	// or nil.
	abs *big.Rat
}

// Dimension is one of the six dimensions on which a fault is classified.
type Dimension struct {
	// Name is the key used in a bank's classes mapping, such as "phase".
	Name string
	// Classes are the two classes of the dimension.
	Classes []string
}

// Dimensions are the six fault dimensions of a Classify question, in the
// order the taxonomy lesson teaches them.
var Dimensions = []Dimension{
	{Name: "phase", Classes: []string{"development", "operational"}},
	{Name: "boundary", Classes: []string{"internal", "external"}},
	{Name: "cause", Classes: []string{"natural", "human-made"}},
	{Name: "intent", Classes: []string{"non-malicious", "malicious"}},
	{Name: "capability", Classes: []string{"accidental", "incompetence"}},
	{Name: "persistence", Classes: []string{"permanent", "transient"}},
}
