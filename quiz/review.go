package quiz

import (
	"sort"
	"time"
)

// Leitner boxes: a new or missed question is in box 1; each right answer
// moves it up one box, to at most MaxBox.
const (
	MinBox = 1
	MaxBox = 5
)

// Intervals are the review intervals of boxes 1 to 5: a question in box b
// is due Intervals[b-1] after it was last answered.
var Intervals = [MaxBox]time.Duration{24 * time.Hour, 48 * time.Hour, 96 * time.Hour, 192 * time.Hour, 384 * time.Hour}

// Record is one question's review history.
type Record struct {
	// Box is the Leitner box, 1 to 5; 0 means never answered.
	Box int `json:"box"`
	// Due is when the question should next be reviewed.
	Due time.Time `json:"due"`
	// Seen counts the answers given.
	Seen int `json:"seen"`
	// Correct counts the fully right answers.
	Correct int `json:"correct"`
	// Last is when the question was last answered.
	Last time.Time `json:"last"`
	// Hinted counts the answers given after the question's hint.
	Hinted int `json:"hinted,omitempty"`
}

// ScheduleAnswer is Schedule for an answer given after the hint or not:
// the hint is counted in Hinted and changes nothing else, so a right
// answer with a hint moves the question up a box as any right answer does.
func ScheduleAnswer(rec Record, correct, hinted bool, now time.Time) Record {
	rec = Schedule(rec, correct, now)
	if hinted {
		rec.Hinted++
	}
	return rec
}

// Missed reports whether the last answer was wrong: a missed question drops
// to box 1, where a right answer never leaves it.
func (r Record) Missed() bool { return r.Seen > 0 && r.Box <= MinBox }

// Schedule returns the record after an answer at now. A wrong answer puts
// the question in box 1, due a day later; a right one moves it up a box (at
// most MaxBox) and makes it due after that box's interval: 2, 4, 8 or 16 days.
func Schedule(rec Record, correct bool, now time.Time) Record {
	rec.Seen++
	rec.Last = now
	if !correct {
		rec.Box = MinBox
		rec.Due = now.Add(Intervals[0])
		return rec
	}
	rec.Correct++
	rec.Box = min(max(rec.Box, MinBox)+1, MaxBox)
	rec.Due = now.Add(Intervals[rec.Box-1])
	return rec
}

// Due returns the bank's questions due for review at now: those with a
// record whose Due is not after now. Missed questions come first, then the
// longest overdue; ties keep bank order. Questions never answered and records
// of questions no longer in the bank are left out.
func Due(records map[string]Record, bank *Bank, now time.Time) []Question {
	if bank == nil {
		return nil
	}
	type due struct {
		q   Question
		rec Record
	}
	var list []due
	for _, q := range bank.Questions {
		rec, ok := records[q.ID]
		if !ok || rec.Seen == 0 || rec.Due.After(now) {
			continue
		}
		list = append(list, due{q, rec})
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].rec, list[j].rec
		if a.Missed() != b.Missed() {
			return a.Missed()
		}
		return a.Due.Before(b.Due)
	})
	out := make([]Question, len(list))
	for i, d := range list {
		out[i] = d.q
	}
	return out
}
