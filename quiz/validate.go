package quiz

import (
	"regexp"
	"strings"
	"sync"

	"faultline/lessons"
)

// Limits on the size of questions.
const (
	MinChoices = 2
	MaxChoices = 6
	MinItems   = 3
	MaxItems   = 6
	MinPairs   = 3
	MaxPairs   = 6
)

// commonKeys are required on every question.
var commonKeys = []string{"id", "type", "section", "prompt", "explanation"}

// optionalKeys may be on a question of any type.
var optionalKeys = []string{"hint"}

// typeKeys are the keys each type needs (first) and may have, beyond the
// common ones.
var typeKeys = map[Type][]string{
	Single:      {"choices"},
	Multi:       {"choices"},
	TrueFalse:   {"answer"},
	NumericType: {"compute", "tolerance"},
	Classify:    {"classes"},
	Order:       {"items"},
	Match:       {"pairs"},
}

// idForm is the shape of a question id: LESSON-N with N from 1.
var idForm = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([a-z0-9-]+)-([1-9][0-9]*)$`) })

// checkQuestion applies the bank's rules to one parsed question, reporting
// every problem, and completes its numeric answer. It reports whether the
// question is sound.
func checkQuestion(e *entry, course *lessons.Course, ps *lessons.Problems) bool {
	before := len(ps.List())
	q := &e.q
	file := q.File
	for _, k := range commonKeys {
		if _, ok := e.keys[k]; !ok {
			ps.Add(file, q.Line, "question %s lacks the required key %q", label(q), k)
		}
	}
	if q.ID != "" {
		if m := idForm().FindStringSubmatch(q.ID); m == nil || m[1] != q.Lesson {
			ps.Add(file, e.line("id"), "question id %q must be %s-N, N a number from 1, as the file is %s.yaml", q.ID, q.Lesson, q.Lesson)
		}
	}
	if q.Section != "" {
		if _, _, ok := course.Resolve(q.Section); !ok {
			ps.Add(file, e.line("section"), "question %s links to section %q, which is not a LESSON#SECTION of this course", label(q), q.Section)
		}
	}
	keys, known := typeKeys[q.Type]
	if !known {
		if q.Type != "" {
			ps.Add(file, e.line("type"), "question %s has unknown type %q; want one of %s", label(q), q.Type, typeNames())
		}
		return false
	}
	for k, line := range e.keys {
		if isCommon(k) || contains(keys, k) {
			continue
		}
		ps.Add(file, line, "a %s question does not take %q", q.Type, k)
	}
	if e.broken {
		// Reading the question already found a problem with its answer
		// keys; checking their rules too would only repeat it.
		return false
	}
	if _, ok := e.keys[keys[0]]; !ok {
		ps.Add(file, q.Line, "a %s question needs %q", q.Type, keys[0])
		return false
	}
	switch q.Type {
	case Single, Multi:
		checkChoices(e, ps)
	case NumericType:
		checkNumeric(e, ps)
	case Classify:
		checkClasses(e, ps)
	case Order:
		checkItems(e, ps)
	case Match:
		checkPairs(e, ps)
	}
	return len(ps.List()) == before
}

// checkChoices applies the rules of single and multi choice lists.
func checkChoices(e *entry, ps *lessons.Problems) {
	q, line := &e.q, e.line("choices")
	if n := len(q.Choices); n < MinChoices || n > MaxChoices {
		ps.Add(q.File, line, "question %s has %d choices; want %d to %d", q.ID, n, MinChoices, MaxChoices)
	}
	correct := 0
	texts := map[string]bool{}
	for _, c := range q.Choices {
		if c.Correct {
			correct++
		}
		if texts[c.Text] {
			ps.Add(q.File, line, "question %s lists the choice %q twice", q.ID, c.Text)
		}
		texts[c.Text] = true
	}
	switch {
	case q.Type == Single && correct != 1:
		ps.Add(q.File, line, "single question %s has %d correct choices; want exactly 1", q.ID, correct)
	case q.Type == Multi && correct < 1:
		// Every choice may be right: "select all" must not hint that one is wrong.
		ps.Add(q.File, line, "multi question %s has no correct choice; want 1 to all of them", q.ID)
	}
}

// checkClasses requires a valid class on each of the six dimensions.
func checkClasses(e *entry, ps *lessons.Problems) {
	q, line := &e.q, e.line("classes")
	for _, d := range Dimensions {
		c, ok := q.Classes[d.Name]
		switch {
		case !ok:
			ps.Add(q.File, line, "classify question %s lacks the dimension %q", q.ID, d.Name)
		case !contains(d.Classes, c):
			ps.Add(q.File, line, "classify question %s puts %s in %q; want %s", q.ID, d.Name, c, strings.Join(d.Classes, " or "))
		}
	}
	for name := range q.Classes {
		if dimension(name) == nil {
			ps.Add(q.File, line, "classify question %s has unknown dimension %q; want %s", q.ID, name, dimensionNames())
		}
	}
}

// checkItems applies the rules of order questions.
func checkItems(e *entry, ps *lessons.Problems) {
	q, line := &e.q, e.line("items")
	if n := len(q.Items); n < MinItems || n > MaxItems {
		ps.Add(q.File, line, "order question %s has %d items; want %d to %d", q.ID, n, MinItems, MaxItems)
	}
	if d := firstDuplicate(q.Items); d != "" {
		ps.Add(q.File, line, "order question %s lists the item %q twice", q.ID, d)
	}
}

// checkPairs applies the rules of match questions.
func checkPairs(e *entry, ps *lessons.Problems) {
	q, line := &e.q, e.line("pairs")
	if n := len(q.Pairs); n < MinPairs || n > MaxPairs {
		ps.Add(q.File, line, "match question %s has %d pairs; want %d to %d", q.ID, n, MinPairs, MaxPairs)
	}
	lefts := make([]string, len(q.Pairs))
	rights := make([]string, len(q.Pairs))
	for i, p := range q.Pairs {
		lefts[i], rights[i] = p.Left, p.Right
	}
	if d := firstDuplicate(lefts); d != "" {
		ps.Add(q.File, line, "match question %s has the left side %q twice", q.ID, d)
	}
	if d := firstDuplicate(rights); d != "" {
		ps.Add(q.File, line, "match question %s has the right side %q twice", q.ID, d)
	}
}

// label names a question in messages: its id, or its line if it has none.
func label(q *Question) string {
	if q.ID != "" {
		return q.ID
	}
	return "without an id"
}

// typeNames lists the known types for messages.
func typeNames() string {
	names := make([]string, len(Types))
	for i, t := range Types {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

// dimensionNames lists the six dimensions for messages.
func dimensionNames() string {
	names := make([]string, len(Dimensions))
	for i, d := range Dimensions {
		names[i] = d.Name
	}
	return strings.Join(names, ", ")
}

// dimension returns the named dimension, or nil.
func dimension(name string) *Dimension {
	for i := range Dimensions {
		if Dimensions[i].Name == name {
			return &Dimensions[i]
		}
	}
	return nil
}

// isCommon reports whether k is a key every question takes.
func isCommon(k string) bool { return contains(commonKeys, k) || contains(optionalKeys, k) }

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// firstDuplicate returns the first text that appears twice, or "".
func firstDuplicate(list []string) string {
	seen := map[string]bool{}
	for _, s := range list {
		if seen[s] {
			return s
		}
		seen[s] = true
	}
	return ""
}
