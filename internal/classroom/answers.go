package classroom

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"sync"
	"time"

	"faultline/quiz"
)

// answers holds every published question's answers.
type answers struct {
	mu        sync.Mutex
	questions map[string]*question
	order     []string // question ids in the order first published
	rev       uint64   // counts changes worth keeping (answers, openings, closings)
}

// question is what the hub knows of one published question.
type question struct {
	card     quiz.Card // as shown to students, with its answer
	opened   time.Time // first published, or reset
	closed   bool      // the presenter closed answers
	revealed bool      // the answer was revealed; answers are closed
	shown    bool      // the answer was on show when last published
	resets   int       // how many times the presenter reset it
	counts   []int     // answers per choice, for choice questions
	given    map[string]*given
	keys     []string // students' name keys, in the order they first answered
}

// given is one student's current answer to a question.
type given struct {
	name    string
	resp    quiz.Response
	choices []int // the choices the answer counts for, on choice questions
	text    string
	keys    string // the answer as the card's keys, for the projector
	correct bool
	at      time.Time
	changed int
}

// takesAnswers reports whether answers are taken: not closed or revealed.
func (q *question) takesAnswers() bool { return !q.closed && !q.revealed }

// publish records a published question: the first time, its card and
// when it opened; on reveal, that answers are closed. It returns what
// students are told of it: when revealed, a copy of the tally per choice;
// whether answers are closed; how many times it was reset.
func (a *answers) publish(q *Question, now time.Time) (tally []int, closed bool, resets int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	st := a.questions[q.ID]
	if st == nil {
		card := q.cardOf()
		st = &question{card: card, opened: now, given: make(map[string]*given), counts: make([]int, choiceCount(card.Question))}
		a.questions[q.ID] = st
		a.order = append(a.order, q.ID)
		a.rev++
	}
	if q.Revealed && !st.revealed {
		st.revealed = true
		a.rev++
	}
	if st.shown != q.Revealed {
		st.shown = q.Revealed
		a.rev++
	}
	if st.revealed {
		tally = append([]int(nil), st.counts...)
	}
	return tally, !st.takesAnswers(), st.resets
}

// choiceCount is the number of choices counted one by one: a choice
// question's choices, true and false; 0 for other types.
func choiceCount(q quiz.Question) int {
	switch q.Type {
	case quiz.Single, quiz.Multi:
		return len(q.Choices)
	case quiz.TrueFalse:
		return 2
	}
	return 0
}

// Unreadable is the error of an answer quiz cannot grade, such as a
// duration typed without a unit or a single choice with two picks:
// nothing is recorded, and Feedback says what to fix.
type Unreadable struct{ Feedback string }

// Error implements error.
func (e *Unreadable) Error() string { return "classroom: answer not readable: " + e.Feedback }

// Submit records r as s's answer to the question questionID, graded by
// quiz against the question as dealt to students. One answer per student
// per question: a later answer replaces the earlier one (and counts as a
// change) until the presenter closes the question. Answers belong to the
// student's name (compared as names are), so a student whose connection
// drops and who joins again under the same name keeps their answer.
//
// An answer quiz cannot grade is an *Unreadable error and records
// nothing; an answer to a closed or revealed question is ErrClosed, to a
// question never published ErrNoQuestion, and from a student who has left
// ErrNotJoined.
func (h *Hub) Submit(s *Student, questionID string, r quiz.Response) error {
	if s == nil || s.left() {
		return ErrNotJoined
	}
	now := h.now()
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	switch {
	case q == nil:
		return ErrNoQuestion
	case !q.takesAnswers():
		return ErrClosed
	}
	ng, feedback := q.grade(s.name, r, now)
	if feedback != "" {
		return &Unreadable{Feedback: feedback}
	}
	if g := q.given[s.key]; g != nil {
		ng.changed = g.changed
		if g.text != ng.text {
			ng.changed++
		}
	}
	q.put(s.key, ng)
	a.rev++
	return nil
}

// grade is r, sent by the student named name at at, as the question keeps
// it (changed 0); or, when quiz cannot grade it, quiz's feedback.
func (q *question) grade(name string, r quiz.Response, at time.Time) (*given, string) {
	res := quiz.Grade(q.card.Question, r)
	if res.Retry {
		return nil, res.Feedback
	}
	d := quiz.Describe(q.card, r)
	return &given{name: name, resp: r, choices: counted(q.card.Question, r), text: d.Line(q.card.Question.Type),
		keys: strings.Join(d.Keys, ", "), correct: res.Correct, at: at}, ""
}

// put makes g the answer of the student whose name key is key, replacing
// their earlier one in the counts per choice.
func (q *question) put(key string, g *given) {
	if old := q.given[key]; old != nil {
		for _, c := range old.choices {
			q.counts[c]--
		}
	} else {
		q.keys = append(q.keys, key)
	}
	q.given[key] = g
	for _, c := range g.choices {
		q.counts[c]++
	}
}

// counted is the choices r counts for on a choice question, else nil.
func counted(q quiz.Question, r quiz.Response) []int {
	switch r := r.(type) {
	case quiz.ChoiceResponse:
		out := slices.Clone(r)
		slices.Sort(out)
		return slices.Compact(out)
	case quiz.BoolResponse:
		if r {
			return []int{0}
		}
		return []int{1}
	}
	return nil
}

// Answer records that s picked choice (an index into the question's
// Choices) on a single-choice or true-or-false question (0 is true), as
// Submit does. A choice out of range, or a question of another type, is
// ErrChoice.
func (h *Hub) Answer(s *Student, questionID string, choice int) error {
	a := &h.answers
	a.mu.Lock()
	q := a.questions[questionID]
	var r quiz.Response
	if q != nil && choice >= 0 && choice < len(q.counts) {
		switch q.card.Question.Type {
		case quiz.Single:
			r = quiz.ChoiceResponse{choice}
		case quiz.TrueFalse:
			r = quiz.BoolResponse(choice == 0)
		}
	}
	a.mu.Unlock()
	err := h.Submit(s, questionID, r)
	if r == nil && !errors.Is(err, ErrNotJoined) && !errors.Is(err, ErrNoQuestion) && !errors.Is(err, ErrClosed) {
		return ErrChoice
	}
	return err
}

// Sent is a student's answer to a question, as the hub took it.
type Sent struct {
	// Response is the answer as sent, in the dealt card's terms.
	Response quiz.Response
	// Text is the answer in words (quiz.Describe's Line).
	Text string
	// Changed is how many times the student changed it.
	Changed int
	// Correct reports that quiz graded it right; a student's screen
	// says so only after the reveal.
	Correct bool
}

// SentBy returns s's answer to the question questionID, and whether s
// (or a student of the same name before them) answered it.
func (h *Hub) SentBy(s *Student, questionID string) (Sent, bool) {
	if s == nil {
		return Sent{}, false
	}
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	if q == nil {
		return Sent{}, false
	}
	g, ok := q.given[s.key]
	if !ok {
		return Sent{}, false
	}
	return Sent{Response: g.resp, Text: g.text, Changed: g.changed, Correct: g.correct}, true
}

// AnswerOf returns the choice s made for the question questionID (on a
// true-or-false question 0 is true), and whether s answered it with one
// choice.
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
	g, ok := q.given[s.key]
	if !ok || len(g.choices) != 1 {
		return 0, false
	}
	return g.choices[0], true
}

// Card returns the question questionID as dealt to students, with its
// answer: the student's screen draws its answering rows from it, in the
// same process as the hub, and sends nothing of it over the wire.
func (h *Hub) Card(questionID string) (quiz.Card, bool) {
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	if q == nil {
		return quiz.Card{}, false
	}
	return q.card, true
}

// Shown reports whether the answer to the question questionID was on
// show when it was last published (before a restart too): a presenter
// restarted with --resume shows it again, as students last saw it.
func (h *Hub) Shown(questionID string) bool {
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	return q != nil && q.shown
}

// CloseQuestion stops taking answers to the question questionID; the
// answers given stay. The presenter publishes again for students to see
// it. A question never published is ErrNoQuestion.
func (h *Hub) CloseQuestion(questionID string) error {
	return h.withQuestion(questionID, func(q *question) { q.closed = true })
}

// ReopenQuestion takes answers to the question questionID again, after it
// was closed or revealed; the answers given stay and may be changed.
func (h *Hub) ReopenQuestion(questionID string) error {
	return h.withQuestion(questionID, func(q *question) { q.closed, q.revealed, q.shown = false, false, false })
}

// ResetQuestion forgets every answer to the question questionID and opens
// it afresh: the tally is empty, answers are taken, and the time to answer
// counts from now. The next frame published tells students (Resets), so
// their screens forget the answer they had sent.
func (h *Hub) ResetQuestion(questionID string) error {
	now := h.now()
	return h.withQuestion(questionID, func(q *question) {
		q.closed, q.revealed, q.shown, q.opened = false, false, false, now
		q.resets++
		q.given, q.keys = make(map[string]*given), nil
		clear(q.counts)
	})
}

// withQuestion runs f on the question questionID under the lock, as a
// change worth keeping.
func (h *Hub) withQuestion(questionID string, f func(*question)) error {
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	if q == nil {
		return ErrNoQuestion
	}
	f(q)
	a.rev++
	return nil
}

// Tally returns how the question questionID has been answered: the number
// of students who answered, how many of those are connected now out of how
// many connected, the count per choice, right and wrong, and the answers
// given, most common first. A question never published has a zero Tally
// but for Connected.
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
	t := Tally{Answered: len(q.given), Connected: len(roster), Closed: !q.takesAnswers(), Counts: append([]int(nil), q.counts...)}
	for _, s := range roster {
		if _, ok := q.given[s.key]; ok {
			t.Present++
		}
	}
	seen := make(map[string]int)
	for _, k := range q.keys {
		g := q.given[k]
		if g.correct {
			t.Right++
		} else {
			t.Wrong++
		}
		if i, ok := seen[g.text]; ok {
			t.Common[i].Count++
			continue
		}
		seen[g.text] = len(t.Common)
		t.Common = append(t.Common, Common{Answer: g.text, Keys: g.keys, Count: 1, Correct: g.correct})
	}
	slices.SortStableFunc(t.Common, func(x, y Common) int { return cmp.Compare(y.Count, x.Count) })
	return t
}
