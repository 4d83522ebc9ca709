package quiz

// Response is a student's answer to one question. Each question type has its
// own response type: ChoiceResponse, BoolResponse, TextResponse,
// ClassResponse, OrderResponse and MatchResponse.
type Response interface {
	// fits reports whether the response answers a question of type t.
	fits(t Type) bool
}

// ChoiceResponse answers a Single or Multi question: the indices of the
// picked choices in the question's Choices.
type ChoiceResponse []int

// BoolResponse answers a TrueFalse question.
type BoolResponse bool

// TextResponse answers a NumericType question with the text the student
// typed, such as "21m36s" or "99.95%".
type TextResponse string

// ClassResponse answers a Classify question: each dimension's name mapped to
// the chosen class.
type ClassResponse map[string]string

// OrderResponse answers an Order question: indices into the question's Items
// (which are in the correct order), in the order the student put them.
type OrderResponse []int

// MatchResponse answers a Match question: for each pair i, the index of the
// pair whose Right the student gave to Pairs[i].Left.
type MatchResponse []int

func (ChoiceResponse) fits(t Type) bool { return t == Single || t == Multi }
func (BoolResponse) fits(t Type) bool   { return t == TrueFalse }
func (TextResponse) fits(t Type) bool   { return t == NumericType }
func (ClassResponse) fits(t Type) bool  { return t == Classify }
func (OrderResponse) fits(t Type) bool  { return t == Order }
func (MatchResponse) fits(t Type) bool  { return t == Match }

// Result is the grade of one response.
type Result struct {
	// Correct reports a fully right answer.
	Correct bool
	// Score is the credit earned, from 0 to 1; partial for multi, classify,
	// order and match questions.
	Score float64
	// Feedback says, in a sentence or two, what was right and what the
	// answer is. The question's Explanation says why.
	Feedback string
	// Retry reports a response that could not be graded, such as a duration
	// typed without a unit or no choice picked; Feedback says what to fix.
	// It earns nothing and should not be recorded.
	Retry bool
}
