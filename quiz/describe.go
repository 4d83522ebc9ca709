package quiz

import (
	"fmt"
	"slices"
	"strings"
)

// Describe is response r to the dealt card c in the terms Solve gives the
// right answer: the letters, values and texts as the card shows them. It
// is how a given answer is recorded and counted wherever it is not graded
// on the spot (the classroom's tally and results). Indices a response
// names that the card does not have are left out; a response of the wrong
// type for the card describes as nothing.
func Describe(c Card, r Response) Solution {
	q := c.Question
	var s Solution
	if r == nil || !r.fits(q.Type) {
		return s
	}
	switch r := r.(type) {
	case ChoiceResponse:
		picked := slices.Clone(r)
		slices.Sort(picked)
		for _, i := range slices.Compact(picked) {
			if i >= 0 && i < len(q.Choices) {
				s.Keys = append(s.Keys, Letter(i))
				s.Texts = append(s.Texts, q.Choices[i].Text)
			}
		}
	case BoolResponse:
		s.Keys = []string{fmt.Sprint(bool(r))}
		s.Texts = s.Keys
	case TextResponse:
		if typed := strings.Join(strings.Fields(string(r)), " "); typed != "" {
			s.Keys = []string{typed}
			s.Texts = s.Keys
		}
	case ClassResponse:
		for _, d := range Dimensions {
			if class, ok := r[d.Name]; ok {
				s.Keys = append(s.Keys, d.Name+" "+class)
				s.Texts = append(s.Texts, class)
			}
		}
	case OrderResponse:
		for _, k := range r {
			if k >= 0 && k < len(q.Items) {
				s.Keys = append(s.Keys, Letter(shownAt(c.ItemOrder, k)))
				s.Texts = append(s.Texts, q.Items[k])
			}
		}
	case MatchResponse:
		for i, k := range r {
			if i < len(q.Pairs) && k >= 0 && k < len(q.Pairs) {
				s.Keys = append(s.Keys, fmt.Sprintf("%d–%s", i+1, Letter(shownAt(c.RightOrder, k))))
				s.Texts = append(s.Texts, q.Pairs[i].Left+" → "+q.Pairs[k].Right)
			}
		}
	}
	return s
}

// Line is s in one line of readable text for a question of type t, as
// results record it and the classroom's tally counts it: "B. text" per
// choice, "true", the value, "phase operational · boundary external …",
// the items in order joined by arrows, "left → right" per pair.
func (s Solution) Line(t Type) string {
	switch t {
	case Single, Multi:
		parts := make([]string, 0, len(s.Keys))
		for i, k := range s.Keys {
			if i < len(s.Texts) {
				k += ". " + s.Texts[i]
			}
			parts = append(parts, k)
		}
		return strings.Join(parts, "; ")
	case Classify:
		return strings.Join(s.Keys, " · ")
	case Order:
		return strings.Join(s.Texts, " → ")
	case Match:
		return strings.Join(s.Texts, "; ")
	}
	return strings.Join(s.Keys, ", ")
}
