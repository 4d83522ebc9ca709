package classroom

import (
	"reflect"
	"slices"

	"faultline/internal/lecture"
	"faultline/quiz"
)

// Frame is what every student sees now: the presenter's state plus what a
// student needs to draw the slide and answer its question. It encodes to JSON.
//
// Frames received from a Student's channel are shared by every student and
// must be treated as read-only.
type Frame struct {
	// Seq increases with every frame sent; the Hub assigns it.
	Seq uint64 `json:"seq"`
	// State is the presenter's position, titles, timer and blanking.
	State lecture.State `json:"state"`
	// Questions are the quiz questions on this slide students can
	// answer, in slide order; empty if none. Each is answered, closed,
	// revealed and reset on its own, under its ID.
	Questions []*Question `json:"questions,omitempty"`
	// Widgets are the presenter's live widgets as drawn text (ANSI
	// stripped), in slide order; students show them in place of the static
	// drawing.
	Widgets []string `json:"widgets,omitempty"`
	// Live are the presenter's widgets that students draw themselves, at
	// their own size, in slide order beside Widgets: a scenario playing,
	// frozen at the moment published. A nil one is shown from Widgets.
	// They are not encoded.
	Live []Drawing `json:"-"`
	// InUse is one more than the index of the widget the presenter is
	// using, which takes the slide (students see it so too); 0 for none.
	InUse int `json:"in_use,omitempty"`
	// Closing reports that the lecture is ending: students say goodbye.
	Closing bool `json:"closing,omitempty"`
}

// QuestionByID returns the frame's question id, or nil when the slide
// has none of that id.
func (f Frame) QuestionByID(id string) *Question {
	for _, q := range f.Questions {
		if q != nil && q.ID == id {
			return q
		}
	}
	return nil
}

// Drawing is a live widget's look frozen at one moment, which every
// student draws at their own size. Draw must be safe for concurrent use
// and gives the same text for the same arguments. Drawings are compared
// with == (pointers, in practice): a widget hands out a new one when it
// changes.
type Drawing interface {
	// Draw is the widget width×height cells, for a dark or light
	// background.
	Draw(width, height int, isDark bool) string
}

// Question is a live quiz question as students see it. Students answer
// with a quiz.Response on the question as dealt (Hub.Card), which the hub
// grades; on a single-choice or true-or-false question, by the index of
// a choice too (Hub.Answer).
type Question struct {
	// ID identifies the question (the quiz bank's LESSON-N).
	ID string `json:"id"`
	// Type is the question's type, as the bank names it.
	Type quiz.Type `json:"type"`
	// Prompt is the question as shown.
	Prompt string `json:"prompt"`
	// Choices are the options of a single-choice, multiple-choice or
	// true-or-false question, in display order; empty for other types.
	Choices []string `json:"choices"`
	// Revealed reports that the presenter revealed the answer; answers are
	// refused from then on.
	Revealed bool `json:"revealed,omitempty"`
	// Closed reports that answers are no longer taken: the presenter
	// closed the question or revealed its answer. The Hub fills it.
	Closed bool `json:"closed,omitempty"`
	// Correct are the indexes of the correct choices, filled only when
	// Revealed.
	Correct []int `json:"correct,omitempty"`
	// Explanation says why the answer is right, filled only when Revealed.
	Explanation string `json:"explanation,omitempty"`
	// Tally is the count of answers per choice, filled only when Revealed.
	// The Hub fills it from the answers it took.
	Tally []int `json:"tally,omitempty"`
	// Resets is how many times the presenter reset the question's
	// answers: a student's screen that saw fewer forgets the answer it
	// showed as sent. The Hub fills it.
	Resets int `json:"resets,omitempty"`

	// card is the question as dealt, with its answer, for the hub to
	// grade with; never sent to students.
	card *quiz.Card
}

// cardOf is the card the hub grades q's answers on: the one QuestionFrom
// dealt, or for a question built by hand a single-choice card of its
// choices, the correct ones marked.
func (q *Question) cardOf() quiz.Card {
	if q.card != nil {
		return *q.card
	}
	c := quiz.Card{Question: quiz.Question{ID: q.ID, Type: q.Type, Prompt: q.Prompt, Explanation: q.Explanation}}
	if c.Question.Type == "" {
		c.Question.Type = quiz.Single
	}
	for i, text := range q.Choices {
		c.Question.Choices = append(c.Question.Choices, quiz.Choice{Text: text, Correct: q.IsCorrect(i)})
	}
	return c
}

// Tally is how a question has been answered so far.
type Tally struct {
	// Answered is the number of students who answered, present or not.
	Answered int `json:"answered"`
	// Present is the number of students connected now who answered, and
	// Connected the number connected now: the presenter's "Present of
	// Connected answered". Hub.Tally fills them; they are not sent.
	Present   int `json:"-"`
	Connected int `json:"-"`
	// Counts is the number of answers per choice, in display order, on
	// a single-choice, multiple-choice or true-or-false question (true
	// first); nil on other types.
	Counts []int `json:"counts"`
	// Right and Wrong split the answers by quiz's grading (partly right
	// is wrong).
	Right int `json:"right"`
	Wrong int `json:"wrong"`
	// Common are the answers given, in words, most common first; equal
	// counts keep the order they were first given in.
	Common []Common `json:"common,omitempty"`
	// Closed reports that answers are no longer taken.
	Closed bool `json:"closed,omitempty"`
}

// Common is one answer and how many students gave it.
type Common struct {
	// Answer is the answer in words (quiz.Describe's Line).
	Answer string `json:"answer"`
	// Keys is the answer as the card's keys (quiz.Describe's Keys):
	// "1–C, 2–A, 3–B" for a match, the items' letters in the order given
	// for an order; shorter than the words, it reads with the card beside it.
	Keys string `json:"keys,omitempty"`
	// Count is how many students' current answer it is.
	Count int `json:"count"`
	// Correct reports that the answer is right.
	Correct bool `json:"correct"`
}

// IsCorrect reports whether choice is one of q's correct choices. It is
// false before the reveal, when Correct is not filled.
func (q *Question) IsCorrect(choice int) bool {
	if q == nil {
		return false
	}
	for _, c := range q.Correct {
		if c == choice {
			return true
		}
	}
	return false
}

// forStudents returns a copy of q safe to share with students: the answer,
// explanation and tally are dropped until the reveal, and the tally is the
// hub's own after it. Slices are copied so the presenter may reuse its own.
func (q *Question) forStudents(tally []int, closed bool, resets int) *Question {
	c := *q
	c.card = nil
	c.Closed, c.Resets = closed, resets
	c.Choices = append([]string(nil), q.Choices...)
	if !q.Revealed {
		c.Correct, c.Explanation, c.Tally = nil, "", nil
		return &c
	}
	c.Correct = append([]int(nil), q.Correct...)
	c.Tally = tally
	return &c
}

// sameAs reports whether f shows students exactly what g shows: the two
// differ at most in Seq. It compares every field, so a field added to
// Frame (or to what it holds) counts as a change without more code here.
// Live drawings are compared by identity: a widget hands out a new one
// whenever it changes, and looking inside one would read what students
// are drawing from it.
func (f Frame) sameAs(g Frame) bool {
	if !slices.Equal(f.Live, g.Live) {
		return false
	}
	f.Seq, g.Seq = 0, 0
	f.Live, g.Live = nil, nil
	return reflect.DeepEqual(f, g)
}
