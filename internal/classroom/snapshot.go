package classroom

import (
	"encoding/json"
	"fmt"
	"time"

	"faultline/quiz"
)

// SnapshotVersion is the version of the Snapshot format.
const SnapshotVersion = 1

// Snapshot is every answer a hub holds, as it holds them: what each
// student sent (not only its words), when, and how often they changed it,
// with each question's state. A ResultsKeeper writes it beside the
// results files; a presenter restarted with --resume gives it to the new
// hub (Config.Answers), so that students who come back see their answers
// on their cards and the counts, the chart and the results go on as if
// there had been no restart.
type Snapshot struct {
	// Version is SnapshotVersion.
	Version int `json:"version"`
	// Deck is the deck's ID and Results the stem of the results files it
	// goes with (lecture.ResultsFile): a snapshot is only taken back by
	// the same lecture.
	Deck    string `json:"deck"`
	Results string `json:"results"`
	// Saved is when it was written, with the results files.
	Saved time.Time `json:"saved,omitzero"`
	// Questions are in the order first shown.
	Questions []SavedQuestion `json:"questions"`
}

// SavedQuestion is one question's state and answers in a Snapshot.
type SavedQuestion struct {
	// ID is the quiz bank's id of the question, Type its type.
	ID   string    `json:"id"`
	Type quiz.Type `json:"type"`
	// Opened is when it was first shown or last reset.
	Opened time.Time `json:"opened"`
	// Closed and Revealed are as the presenter left them, Shown whether
	// the answer was on show when last published; Resets counts the
	// presenter's resets.
	Closed   bool `json:"closed,omitempty"`
	Revealed bool `json:"revealed,omitempty"`
	Shown    bool `json:"shown,omitempty"`
	Resets   int  `json:"resets,omitempty"`
	// Answers are in the order first given.
	Answers []SavedAnswer `json:"answers"`
}

// SavedAnswer is one student's answer in a Snapshot.
type SavedAnswer struct {
	// Student is the student's display name when they last answered.
	Student string `json:"student"`
	// Response is what they sent, in the dealt card's terms: the JSON of
	// the quiz.Response of the question's type (choice indices, true or
	// false, the text typed, an order, a matching, classes by dimension).
	Response json.RawMessage `json:"response"`
	// Answer is the answer in words and Correct quiz's grade, as the
	// results keep them: a question that changed since is not taken back.
	Answer  string `json:"answer"`
	Correct bool   `json:"correct"`
	// At is when it was last sent, Changed how many times it was changed.
	At      time.Time `json:"at"`
	Changed int       `json:"changed,omitempty"`
}

// Snapshot returns every question shown and every answer given, as the
// hub holds them; Deck, Results and Saved are left for the keeper.
func (h *Hub) Snapshot() Snapshot {
	s, _ := h.snapshot()
	return s
}

// snapshot is Snapshot with the hub's revision of the answers it shows.
func (h *Hub) snapshot() (Snapshot, uint64) {
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	s := Snapshot{Version: SnapshotVersion, Questions: make([]SavedQuestion, 0, len(a.order))}
	for _, id := range a.order {
		q := a.questions[id]
		sq := SavedQuestion{ID: id, Type: q.card.Question.Type, Opened: q.opened, Closed: q.closed,
			Revealed: q.revealed, Shown: q.shown, Resets: q.resets, Answers: make([]SavedAnswer, 0, len(q.keys))}
		for _, k := range q.keys {
			g := q.given[k]
			raw, err := json.Marshal(g.resp)
			if err != nil {
				continue // every quiz.Response encodes; never happens
			}
			sq.Answers = append(sq.Answers, SavedAnswer{Student: g.name, Response: raw, Answer: g.text,
				Correct: g.correct, At: g.at, Changed: g.changed})
		}
		s.Questions = append(s.Questions, sq)
	}
	return s, a.rev
}

// revision counts the changes to the answers worth keeping so far.
func (h *Hub) revision() uint64 {
	h.answers.mu.Lock()
	defer h.answers.mu.Unlock()
	return h.answers.rev
}

// Restored says what a hub took back of Config.Answers.
type Restored struct {
	// Answers is how many answers it took back.
	Answers int
	// Skipped is how many it did not: of a question no longer in the
	// deck's bank or changed since (its type, choices or grading), or
	// that does not read. They stay in the results files, in words.
	Skipped int
}

// Restored returns what NewHub took back of Config.Answers.
func (h *Hub) Restored() Restored { return h.restored }

// restore takes back the questions and answers of s, for each question
// the bank knows as it was; it runs in NewHub, before anyone joins.
func (h *Hub) restore(s Snapshot, bank func(id string) (quiz.Question, bool)) {
	a := &h.answers
	for _, sq := range s.Questions {
		bq, ok := quiz.Question{}, false
		if bank != nil {
			bq, ok = bank(sq.ID)
		}
		live := QuestionFrom(bq, false)
		if !ok || live == nil || bq.ID != sq.ID || bq.Type != sq.Type || a.questions[sq.ID] != nil || sq.Resets < 0 {
			h.restored.Skipped += len(sq.Answers)
			continue
		}
		card := live.cardOf()
		q := &question{card: card, opened: sq.Opened, closed: sq.Closed, revealed: sq.Revealed, shown: sq.Revealed && sq.Shown, resets: sq.Resets,
			given: make(map[string]*given), counts: make([]int, choiceCount(card.Question))}
		for _, sa := range sq.Answers {
			g, err := q.restoreAnswer(sa)
			if err != nil || q.given[foldName(g.name)] != nil {
				h.restored.Skipped++
				continue
			}
			q.put(foldName(g.name), g)
			h.restored.Answers++
			if n, anonymous := AnonymousNumber(g.name); anonymous {
				h.joins = max(h.joins, n) // never given to a newcomer
			}
		}
		a.questions[sq.ID] = q
		a.order = append(a.order, sq.ID)
	}
}

// restoreAnswer is sa as q keeps it, graded again on q's card: an error
// when it does not read, or reads otherwise than when it was saved.
func (q *question) restoreAnswer(sa SavedAnswer) (*given, error) {
	if sa.Student == "" || CleanName(sa.Student) != sa.Student || sa.Changed < 0 || sa.At.IsZero() {
		return nil, fmt.Errorf("answer of %q is not one a student gives", sa.Student)
	}
	r, err := decodeResponse(q.card.Question.Type, sa.Response)
	if err != nil {
		return nil, err
	}
	g, feedback := q.grade(sa.Student, r, sa.At)
	switch {
	case feedback != "":
		return nil, fmt.Errorf("answer of %q does not read: %s", sa.Student, feedback)
	case g.text != sa.Answer || g.correct != sa.Correct:
		return nil, fmt.Errorf("answer of %q reads otherwise now: the question changed", sa.Student)
	}
	g.changed = sa.Changed
	return g, nil
}

// decodeResponse reads raw as the quiz.Response of a question of type t.
func decodeResponse(t quiz.Type, raw json.RawMessage) (quiz.Response, error) {
	switch t {
	case quiz.Single, quiz.Multi:
		return decodeAs[quiz.ChoiceResponse](t, raw)
	case quiz.TrueFalse:
		return decodeAs[quiz.BoolResponse](t, raw)
	case quiz.NumericType:
		return decodeAs[quiz.TextResponse](t, raw)
	case quiz.Classify:
		return decodeAs[quiz.ClassResponse](t, raw)
	case quiz.Order:
		return decodeAs[quiz.OrderResponse](t, raw)
	case quiz.Match:
		return decodeAs[quiz.MatchResponse](t, raw)
	}
	return nil, fmt.Errorf("no answers of type %q", t)
}

// decodeAs reads raw as a response of type R to a question of type t.
func decodeAs[R quiz.Response](t quiz.Type, raw json.RawMessage) (quiz.Response, error) {
	var r R
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("a %s answer does not read: %v", t, err)
	}
	return r, nil
}
