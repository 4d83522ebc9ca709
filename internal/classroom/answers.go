package classroom

import "sync"

// answers holds every published question's answers.
type answers struct {
	mu        sync.Mutex
	questions map[string]*question
}

// question is what the hub knows of one published question.
type question struct {
	revealed bool
	counts   []int
	chosen   map[string]int // student's name key → choice
}

// publish records a published question: its number of choices and whether
// it is revealed (a reveal is final). On reveal it returns a copy of the
// tally per choice, else nil.
func (a *answers) publish(q *Question) []int {
	a.mu.Lock()
	defer a.mu.Unlock()
	st := a.questions[q.ID]
	if st == nil {
		st = &question{chosen: make(map[string]int)}
		a.questions[q.ID] = st
	}
	if n := len(q.Choices); n > len(st.counts) {
		st.counts = append(st.counts, make([]int, n-len(st.counts))...)
	}
	if q.Revealed {
		st.revealed = true
	}
	if !st.revealed {
		return nil
	}
	return append([]int(nil), st.counts[:len(q.Choices)]...)
}

// Answer records that s picked choice (an index into the question's
// Choices) for the question questionID. Each student answers a question
// once: a second answer is ErrAnswered. Answers belong to the student's
// name (compared as names are), so a student whose connection drops and
// who joins again under the same name keeps their answer and cannot
// answer twice. A choice out of range is ErrChoice,
// an answer after the reveal ErrClosed, a question never published
// ErrNoQuestion, and a student who has left ErrNotJoined.
func (h *Hub) Answer(s *Student, questionID string, choice int) error {
	if s == nil || s.left() {
		return ErrNotJoined
	}
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	switch {
	case q == nil:
		return ErrNoQuestion
	case q.revealed:
		return ErrClosed
	case choice < 0 || choice >= len(q.counts):
		return ErrChoice
	}
	if _, ok := q.chosen[s.key]; ok {
		return ErrAnswered
	}
	q.chosen[s.key] = choice
	q.counts[choice]++
	return nil
}

// AnswerOf returns the choice s made for the question questionID, and
// whether s answered it.
func (h *Hub) AnswerOf(s *Student, questionID string) (int, bool) {
	if s == nil {
		return 0, false
	}
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	if q == nil {
		return 0, false
	}
	c, ok := q.chosen[s.key]
	return c, ok
}

// Tally returns how the question questionID has been answered: the number
// of students who answered, how many of those are connected now out of how
// many connected, and the count per choice. A question never published has
// a zero Tally but for Connected.
func (h *Hub) Tally(questionID string) Tally {
	h.mu.Lock()
	roster := h.roster
	h.mu.Unlock()
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	if q == nil {
		return Tally{Connected: len(roster)}
	}
	t := Tally{Answered: len(q.chosen), Connected: len(roster), Counts: append([]int(nil), q.counts...)}
	for _, s := range roster {
		if _, ok := q.chosen[s.key]; ok {
			t.Present++
		}
	}
	return t
}
