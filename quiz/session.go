package quiz

import "math/rand/v2"

// Card is a question as a session shows it. Its Question is a copy with the
// choices and the pairs shuffled, so ChoiceResponse indices refer to the
// shuffled Choices and MatchResponse indices to the shuffled Pairs. Items
// stay in the correct order; ItemOrder and RightOrder say how to show them.
type Card struct {
	// Question is the question with its choices and pairs in shown order.
	Question Question
	// ItemOrder is the order to show an Order question's items in:
	// ItemOrder[k] is the index in Question.Items of the k-th item shown.
	ItemOrder []int
	// RightOrder is the order to show a Match question's right sides in:
	// RightOrder[k] is the index in Question.Pairs of the k-th right shown.
	RightOrder []int
}

// Mistake is a question answered less than fully right, for the review at
// the end of a quiz.
type Mistake struct {
	// Question is the question as it was shown.
	Question Question
	// Response is what the student answered.
	Response Response
	// Result is the grade it earned.
	Result Result
	// Hinted reports whether the answer was given after the hint.
	Hinted bool
}

// Tally is a session's score so far.
type Tally struct {
	// Points is the sum of the answered questions' scores.
	Points float64
	// Correct counts the fully right answers.
	Correct int
	// Answered counts the questions answered.
	Answered int
	// Total is the number of questions in the session.
	Total int
	// Hinted counts the answers given after the question's hint.
	Hinted int
}

// Session is one run through a list of questions: the current question,
// the answers given and their grades. It is a reducer: Answer and Next move
// it from one state to the next, and the same questions and seed always give
// the same order.
type Session struct {
	cards     []Card
	responses []Response
	results   []Result
	answered  []bool
	second    []bool // a wrong first try waits for the second
	hinted    []bool // the hint was shown before the first answer
	tryTwice  bool
	pos       int
}

// TryOnceMore is the feedback to a wrong first try when a second is
// allowed: it says the answer was not right without saying what is.
const TryOnceMore = "Not quite — try once more."

// AllowSecondTry sets whether a wrong answer may be tried once more before
// the question is explained. Only the first try counts: it is what Score,
// Mistakes and Attempt see, and what a caller should record for review.
func (s *Session) AllowSecondTry(on bool) { s.tryTwice = on }

// SecondTry reports whether the current question's first try was wrong
// and it waits for the second.
func (s *Session) SecondTry() bool { return !s.Done() && s.second[s.pos] }

// NewSession starts a session over questions, shuffling their order with a
// PCG generator seeded with seed and dealing each question's card with Deal,
// so a question's letters depend only on its id and seed. The questions
// given are not modified.
func NewSession(questions []Question, seed uint64) *Session {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	order := rng.Perm(len(questions))
	s := &Session{
		cards:     make([]Card, len(questions)),
		responses: make([]Response, len(questions)),
		results:   make([]Result, len(questions)),
		answered:  make([]bool, len(questions)),
		second:    make([]bool, len(questions)),
		hinted:    make([]bool, len(questions)),
	}
	for k, i := range order {
		s.cards[k] = Deal(questions[i], seed)
	}
	return s
}

// Len returns the number of questions in the session.
func (s *Session) Len() int { return len(s.cards) }

// Position returns the index of the current question, from 0; it equals
// Len once the session is done.
func (s *Session) Position() int { return s.pos }

// Done reports whether every question has been answered and passed.
func (s *Session) Done() bool { return s.pos >= len(s.cards) }

// Current returns the card to show, or false once the session is done.
func (s *Session) Current() (Card, bool) {
	if s.Done() {
		return Card{}, false
	}
	return s.cards[s.pos], true
}

// Answer grades a response to the current question and records it. A
// response that asks for a retry is not recorded, so the student can answer
// again; once recorded, further answers return the recorded result.
//
// With a second try allowed, a wrong first try is recorded and answered
// with a Result whose Retry is set and whose Feedback is TryOnceMore, so
// it gives nothing away; the second try is graded and returned, with its
// feedback, but the first stays the one that counts.
func (s *Session) Answer(r Response) Result {
	if s.Done() {
		return retry("The quiz is over.")
	}
	if s.second[s.pos] {
		res := Grade(s.cards[s.pos].Question, r)
		if !res.Retry {
			s.second[s.pos] = false
		}
		return res
	}
	if s.answered[s.pos] {
		return s.results[s.pos]
	}
	res := Grade(s.cards[s.pos].Question, r)
	if res.Retry {
		return res
	}
	s.responses[s.pos], s.results[s.pos], s.answered[s.pos] = r, res, true
	if s.tryTwice && !res.Correct {
		s.second[s.pos] = true
		return Result{Score: res.Score, Feedback: TryOnceMore, Retry: true}
	}
	return res
}

// UseHint records that the current question's hint was shown before its
// first answer was given; once answered, asking changes nothing. It
// reports whether the hint counts, that is whether the question is still
// unanswered.
func (s *Session) UseHint() bool {
	if s.Done() || s.answered[s.pos] {
		return false
	}
	s.hinted[s.pos] = true
	return true
}

// Hinted reports whether the current question was answered, or is being
// answered, after its hint.
func (s *Session) Hinted() bool { return !s.Done() && s.hinted[s.pos] }

// Result returns the recorded result of the current question, or false if
// it is not answered yet.
func (s *Session) Result() (Result, bool) {
	if s.Done() || !s.answered[s.pos] {
		return Result{}, false
	}
	return s.results[s.pos], true
}

// Next moves to the next question once the current one is answered. It
// reports whether it moved.
func (s *Session) Next() bool {
	if s.Done() || !s.answered[s.pos] || s.second[s.pos] {
		return false
	}
	s.pos++
	return true
}

// Skip moves past the current question without an answer; it counts as
// not answered, and earns nothing. It reports whether it moved.
func (s *Session) Skip() bool {
	if s.Done() {
		return false
	}
	s.second[s.pos] = false
	s.pos++
	return true
}

// Score returns the tally of the answers so far.
func (s *Session) Score() Tally {
	t := Tally{Total: len(s.cards)}
	for i, ok := range s.answered {
		if !ok {
			continue
		}
		t.Answered++
		if s.hinted[i] {
			t.Hinted++
		}
		t.Points += s.results[i].Score
		if s.results[i].Correct {
			t.Correct++
		}
	}
	return t
}

// Mistakes returns the answers that were not fully right, in the order
// they were asked.
func (s *Session) Mistakes() []Mistake {
	var out []Mistake
	for i, ok := range s.answered {
		if ok && !s.results[i].Correct {
			out = append(out, Mistake{Question: s.cards[i].Question, Response: s.responses[i], Result: s.results[i], Hinted: s.hinted[i]})
		}
	}
	return out
}
