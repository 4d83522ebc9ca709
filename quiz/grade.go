package quiz

import (
	"faultline/calc"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"faultline/internal/termtext"
)

// bareNumber matches a number typed without a unit.
var bareNumber = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[+-]?(\d+\.?\d*|\.\d+)$`) })

// Grade grades a response to a question. A response of the wrong type for
// the question, or one that cannot be read, gives a Result with Retry set.
func Grade(q Question, r Response) Result {
	if r == nil || !r.fits(q.Type) {
		return retry("This answer does not fit a %s question.", q.Type)
	}
	switch r := r.(type) {
	case ChoiceResponse:
		if q.Type == Single {
			return gradeSingle(q, r)
		}
		return gradeMulti(q, r)
	case BoolResponse:
		return gradeBool(q, bool(r))
	case TextResponse:
		return gradeNumeric(q, string(r))
	case ClassResponse:
		return gradeClasses(q, r)
	case OrderResponse:
		return gradeOrder(q, r)
	case MatchResponse:
		return gradeMatch(q, r)
	}
	return retry("This answer does not fit a %s question.", q.Type)
}

// retry is a Result asking the student to answer again.
func retry(format string, args ...any) Result {
	return Result{Retry: true, Feedback: fmt.Sprintf(format, args...)}
}

// gradeSingle grades a single choice: exactly one pick.
func gradeSingle(q Question, r ChoiceResponse) Result {
	if len(r) != 1 {
		return retry("Pick exactly one choice.")
	}
	i := r[0]
	if i < 0 || i >= len(q.Choices) {
		return retry("There is no choice %d; pick one of 1 to %d.", i+1, len(q.Choices))
	}
	sol := Solve(Card{Question: q})
	if len(sol.Keys) == 0 {
		return Result{Feedback: "This question has no correct choice."}
	}
	if q.Choices[i].Correct {
		return Result{Correct: true, Score: 1, Feedback: "Correct."}
	}
	return Result{Feedback: fmt.Sprintf("Not quite: the answer is %s, %s", sol.Keys[0], sentence(sol.Texts[0]))}
}

// gradeMulti grades select-all-that-apply with partial credit: (right picks
// − wrong picks) / number of correct choices, floored at 0.
func gradeMulti(q Question, r ChoiceResponse) Result {
	if len(r) == 0 {
		return retry("Pick at least one choice.")
	}
	picked := map[int]bool{}
	for _, i := range r {
		if i < 0 || i >= len(q.Choices) {
			return retry("There is no choice %d; pick from 1 to %d.", i+1, len(q.Choices))
		}
		picked[i] = true
	}
	right, wrong, missed := 0, 0, 0
	for i, c := range q.Choices {
		switch {
		case c.Correct && picked[i]:
			right++
		case !c.Correct && picked[i]:
			wrong++
		case c.Correct:
			missed++
		}
	}
	total := right + missed
	if total == 0 {
		return Result{Feedback: "This question has no correct choice."}
	}
	score := max(0, float64(right-wrong)/float64(total))
	if right == total && wrong == 0 {
		return Result{Correct: true, Score: 1, Feedback: fmt.Sprintf("Correct: all %d right choices and nothing else.", total)}
	}
	return Result{Score: score, Feedback: fmt.Sprintf("%d of %d right choices picked, %d wrong; the answer is %s.",
		right, total, wrong, strings.Join(Solve(Card{Question: q}).Keys, ", "))}
}

// gradeBool grades a true/false statement.
func gradeBool(q Question, b bool) Result {
	word := map[bool]string{true: "true", false: "false"}[q.Answer]
	if b == q.Answer {
		return Result{Correct: true, Score: 1, Feedback: "Correct: the statement is " + word + "."}
	}
	return Result{Feedback: "Not quite: the statement is " + word + "."}
}

// gradeNumeric parses the typed answer and compares it with the computed
// one within the question's tolerance.
func gradeNumeric(q Question, s string) Result {
	n := q.Numeric
	if n == nil {
		return retry("This question has no numeric answer.")
	}
	s = strings.TrimSpace(termtext.Clean(s))
	if s == "" {
		return retry("Type an answer: %s.", n.Unit)
	}
	var r reading
	switch n.Kind {
	case Duration:
		r = readDuration(n, s)
	default:
		r = readPercent(n, s)
	}
	if r.retry != "" {
		return retry("%s", r.retry)
	}
	// A rounded figure is never called exact.
	exact := n.Availability.ExactPercent() + "%"
	if n.Kind == Duration {
		exact = calc.FormatDurationExact(n.Duration)
	}
	if n.Tolerance.within(r.got, r.want, r.scale) {
		if r.got.Cmp(r.want) == 0 {
			return Result{Correct: true, Score: 1, Feedback: "Correct: exactly " + exact + r.note + "."}
		}
		return Result{Correct: true, Score: 1, Feedback: fmt.Sprintf("Correct: %s%s is within %s of the exact answer, %s.", r.typed, r.note, n.Tolerance.describe(n.Kind), exact)}
	}
	if hint := r.offByFactor(n); hint != "" {
		return retry("%s", hint)
	}
	return Result{Feedback: fmt.Sprintf("Not quite: you gave %s%s; the answer is %s (within %s is accepted).", r.typed, r.note, exact, n.Tolerance.describe(n.Kind))}
}

// gradeClasses grades a classification: one point per dimension.
func gradeClasses(q Question, r ClassResponse) Result {
	var wrong []string
	for _, d := range Dimensions {
		if r[d.Name] != q.Classes[d.Name] {
			wrong = append(wrong, d.Name+" is "+q.Classes[d.Name])
		}
	}
	right := len(Dimensions) - len(wrong)
	if len(wrong) == 0 {
		return Result{Correct: true, Score: 1, Feedback: "Correct on all six dimensions."}
	}
	return Result{Score: float64(right) / float64(len(Dimensions)),
		Feedback: fmt.Sprintf("%d of 6 dimensions right; %s.", right, strings.Join(wrong, ", "))}
}

// gradeOrder grades an ordering: one point per item in its right place.
func gradeOrder(q Question, r OrderResponse) Result {
	if !isPermutation(r, len(q.Items)) {
		return retry("Place each of the %d items exactly once.", len(q.Items))
	}
	right := 0
	for pos, i := range r {
		if i == pos {
			right++
		}
	}
	if right == len(q.Items) {
		return Result{Correct: true, Score: 1, Feedback: "Correct: every item is in its place."}
	}
	return Result{Score: float64(right) / float64(len(q.Items)),
		Feedback: fmt.Sprintf("%d of %d items in the right place; the order is: %s.", right, len(q.Items), strings.Join(Solve(Card{Question: q}).Texts, " → "))}
}

// gradeMatch grades a matching: one point per left item given its right.
func gradeMatch(q Question, r MatchResponse) Result {
	if len(r) != len(q.Pairs) {
		return retry("Match each of the %d items.", len(q.Pairs))
	}
	var wrong []string
	for i, j := range r {
		if j < 0 || j >= len(q.Pairs) {
			return retry("Match each of the %d items.", len(q.Pairs))
		}
		if j != i {
			wrong = append(wrong, fmt.Sprintf("%q goes with %q", q.Pairs[i].Left, q.Pairs[i].Right))
		}
	}
	right := len(q.Pairs) - len(wrong)
	if len(wrong) == 0 {
		return Result{Correct: true, Score: 1, Feedback: "Correct: every pair matches."}
	}
	return Result{Score: float64(right) / float64(len(q.Pairs)),
		Feedback: fmt.Sprintf("%d of %d matched; %s.", right, len(q.Pairs), strings.Join(wrong, "; "))}
}

// isPermutation reports whether p holds each of 0..n-1 exactly once.
func isPermutation(p []int, n int) bool {
	if len(p) != n {
		return false
	}
	s := append([]int(nil), p...)
	sort.Ints(s)
	for i, v := range s {
		if v != i {
			return false
		}
	}
	return true
}

// sentence quotes a choice's text as the end of a sentence, without a
// second full stop when the choice already ends in one.
func sentence(text string) string {
	text = strings.TrimSpace(text)
	if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") {
		return "“" + text + "”"
	}
	return "“" + text + "”."
}
