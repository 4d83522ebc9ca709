package lecture

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"
)

// ResultsVersion is the version of the results file format Results writes
// and reads.
const ResultsVersion = 1

// Results are what students answered during a lecture served over SSH:
// one Answer per student and question, as the instructor keeps them in
// the state directory (JSON and CSV) and `faultline lecture results`
// prints them.
type Results struct {
	// Version is ResultsVersion.
	Version int `json:"version"`
	// Deck is the deck's ID, "" when read from a CSV file.
	Deck string `json:"deck,omitempty"`
	// Lessons are the IDs of the deck's lessons, in its order.
	Lessons []string `json:"lessons,omitempty"`
	// Started is when the lecture began, Saved when the results were last
	// written; zero when read from a CSV file.
	Started time.Time `json:"started,omitzero"`
	Saved   time.Time `json:"saved,omitzero"`
	// Answers are sorted by Sort: by question in the order asked, then by
	// student name.
	Answers []Answer `json:"answers"`
}

// Answer is one student's last answer to one question.
type Answer struct {
	// Question is the question's ID, Prompt its text.
	Question string `json:"question"`
	Prompt   string `json:"prompt"`
	// Student is the student's display name, as the roster shows it.
	Student string `json:"student"`
	// Answer is the answer as the student gave it: a choice's letter and
	// text, a number with its unit, an order or a matching.
	Answer string `json:"answer"`
	// Correct reports whether the answer was right.
	Correct bool `json:"correct"`
	// Seconds is the time from the question being opened to the answer,
	// in seconds to the millisecond.
	Seconds float64 `json:"seconds"`
	// Changed is how many times the student changed the answer after
	// first sending it.
	Changed int `json:"changed"`
}

// SecondsOf is d in seconds to the millisecond, as Answer.Seconds keeps
// it; a negative duration is 0.
func SecondsOf(d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return math.Round(float64(d)/float64(time.Millisecond)) / 1000
}

// Merge returns r with the answers of newer added: an answer to the same
// question by the same student replaces the older one (a student who
// changed their answer after a presenter restart). The result is sorted.
func (r Results) Merge(newer []Answer) Results {
	type key struct{ q, s string }
	at := make(map[key]int, len(r.Answers)+len(newer))
	out := make([]Answer, 0, len(r.Answers)+len(newer))
	for _, list := range [][]Answer{r.Answers, newer} {
		for _, a := range list {
			k := key{a.Question, a.Student}
			if i, ok := at[k]; ok {
				out[i] = a
				continue
			}
			at[k] = len(out)
			out = append(out, a)
		}
	}
	r.Answers = out
	r.Sort()
	return r
}

// Sort orders the answers by question, in the order the questions were
// first answered (the lecture's order, as far as answers tell), then by
// student name; it is stable for equal keys.
func (r Results) Sort() {
	first := map[string]int{}
	for i, a := range r.Answers {
		if _, ok := first[a.Question]; !ok {
			first[a.Question] = i
		}
	}
	slices.SortStableFunc(r.Answers, func(a, b Answer) int {
		return cmp.Or(cmp.Compare(first[a.Question], first[b.Question]), cmp.Compare(a.Student, b.Student))
	})
}

// EncodeJSON is r as indented JSON with a final newline; Version is set.
func (r Results) EncodeJSON() ([]byte, error) {
	r.Version = ResultsVersion
	if r.Answers == nil {
		r.Answers = []Answer{}
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// ErrNotResults is wrapped by the error for data that is neither a
// results JSON file nor a results CSV file.
var ErrNotResults = errors.New("not a lecture results file")

// DecodeJSON reads results written by EncodeJSON. Data of a newer
// version, or that is not results at all, is an error wrapping
// ErrNotResults.
func DecodeJSON(data []byte) (Results, error) {
	var r Results
	if err := json.Unmarshal(data, &r); err != nil {
		return Results{}, fmt.Errorf("%w: %v", ErrNotResults, err)
	}
	switch {
	case r.Version == 0 || r.Answers == nil:
		return Results{}, fmt.Errorf("%w: no \"version\" and \"answers\"", ErrNotResults)
	case r.Version > ResultsVersion:
		return Results{}, fmt.Errorf("%w: version %d is newer than this faultline reads (%d); update faultline", ErrNotResults, r.Version, ResultsVersion)
	}
	for i, a := range r.Answers {
		if a.Question == "" || a.Student == "" {
			return Results{}, fmt.Errorf("%w: answer %d has no question or no student", ErrNotResults, i+1)
		}
		if a.Seconds < 0 || math.IsNaN(a.Seconds) || math.IsInf(a.Seconds, 0) {
			return Results{}, fmt.Errorf("%w: answer %d has a time of %v seconds", ErrNotResults, i+1, a.Seconds)
		}
		if a.Changed < 0 {
			return Results{}, fmt.Errorf("%w: answer %d was changed %d times", ErrNotResults, i+1, a.Changed)
		}
	}
	return r, nil
}

// Decode reads results from either format: JSON when the data starts
// with "{" (after white space), CSV otherwise.
func Decode(data []byte) (Results, error) {
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return DecodeJSON(data)
	}
	return DecodeCSV(data)
}
