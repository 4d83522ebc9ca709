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
	pos       int
}

// NewSession starts a session over questions, shuffling their order, the
// choices of each, the shown order of items and of match sides, all from a
// PCG generator seeded with seed. The questions given are not modified.
func NewSession(questions []Question, seed uint64) *Session {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	order := rng.Perm(len(questions))
	s := &Session{
		cards:     make([]Card, len(questions)),
		responses: make([]Response, len(questions)),
		results:   make([]Result, len(questions)),
		answered:  make([]bool, len(questions)),
	}
	for k, i := range order {
		s.cards[k] = deal(questions[i], rng)
	}
	return s
}

// deal makes the shuffled card of one question.
func deal(q Question, rng *rand.Rand) Card {
	c := Card{Question: q}
	if len(q.Choices) > 0 {
		cs := append([]Choice(nil), q.Choices...)
		rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		c.Question.Choices = cs
	}
	if len(q.Items) > 0 {
		c.ItemOrder = derange(len(q.Items), rng)
	}
	if len(q.Pairs) > 0 {
		ps := append([]Pair(nil), q.Pairs...)
		rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
		c.Question.Pairs = ps
		c.RightOrder = derange(len(ps), rng)
	}
	return c
}

// derange returns a shuffled order of 0..n-1 that is not the identity when
// n > 1, so an order or match question never starts out solved.
func derange(n int, rng *rand.Rand) []int {
	p := rng.Perm(n)
	if n > 1 && isIdentity(p) {
		p[0], p[1] = p[1], p[0]
	}
	return p
}

// isIdentity reports whether p is 0, 1, 2 …
func isIdentity(p []int) bool {
	for i, v := range p {
		if v != i {
			return false
		}
	}
	return true
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
func (s *Session) Answer(r Response) Result {
	if s.Done() {
		return retry("The quiz is over.")
	}
	if s.answered[s.pos] {
		return s.results[s.pos]
	}
	res := Grade(s.cards[s.pos].Question, r)
	if res.Retry {
		return res
	}
	s.responses[s.pos], s.results[s.pos], s.answered[s.pos] = r, res, true
	return res
}

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
	if s.Done() || !s.answered[s.pos] {
		return false
	}
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
			out = append(out, Mistake{Question: s.cards[i].Question, Response: s.responses[i], Result: s.results[i]})
		}
	}
	return out
}
