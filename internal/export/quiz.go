package export

import (
	"fmt"
	"strings"

	"faultline/quiz"
)

// asked is a question shown in the handout, numbered, for the answer key,
// with its choices, items and pairs in the order shown.
type asked struct {
	n int
	c quiz.Card
}

// question shows a quiz question without its answer and remembers it for
// the answer key.
func (h *handout) question(args []string) string {
	if len(args) != 1 {
		return note("a quiz block names one question")
	}
	q, ok := h.bank.ByID(args[0])
	if !ok {
		return note(fmt.Sprintf("no question %q in the quiz bank", args[0]))
	}
	n := len(h.asked) + 1
	// Dealt as the lesson, the lecture and the classroom deal it, so a
	// handout's letters match what the class saw.
	c := quiz.Deal(q, quiz.ShownSeed)
	q = c.Question
	h.asked = append(h.asked, asked{n: n, c: c})
	var b strings.Builder
	fmt.Fprintf(&b, "**Question %d.** %s\n\n", n, q.Prompt)
	shown := quiz.Show(c)
	switch q.Type {
	case quiz.TrueFalse:
		b.WriteString("- **True**\n- **False**\n")
	case quiz.NumericType:
		if shown.Hint != "" {
			fmt.Fprintf(&b, "*%s*\n", shown.Hint)
		}
	case quiz.Classify:
		fmt.Fprintf(&b, "*%s*\n\n", shown.Hint)
		for _, d := range quiz.Dimensions {
			fmt.Fprintf(&b, "- %s: %s\n", d.Name, strings.Join(d.Classes, " or "))
		}
	default:
		if shown.Hint != "" {
			fmt.Fprintf(&b, "*%s*\n\n", shown.Hint)
		}
		for i, l := range shown.Numbered {
			fmt.Fprintf(&b, "%d. %s\n", i+1, l)
		}
		if len(shown.Numbered) > 0 {
			b.WriteString("\n")
		}
		for i, l := range shown.Lettered {
			fmt.Fprintf(&b, "- **%s.** %s\n", quiz.Letter(i), l)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// answerKey lists the answer and explanation of every question shown.
func (h *handout) answerKey() string {
	var b strings.Builder
	b.WriteString("# Answer key\n")
	for _, a := range h.asked {
		fmt.Fprintf(&b, "\n**Question %d** (`%s`): %s\n\n%s\n", a.n, a.c.Question.ID, answer(a.c), a.c.Question.Explanation)
	}
	return b.String()
}

// answer is the right answer to a dealt question, in the letters the
// handout showed, from quiz.Solve.
func answer(c quiz.Card) string {
	q := c.Question
	sol := quiz.Solve(c)
	switch q.Type {
	case quiz.Single, quiz.Multi:
		right := make([]string, len(sol.Keys))
		for i := range sol.Keys {
			right[i] = sol.Keys[i] + ". " + sol.Texts[i]
		}
		return strings.Join(right, "; ")
	case quiz.TrueFalse:
		if q.Answer {
			return "True."
		}
		return "False."
	case quiz.NumericType:
		if q.Numeric == nil {
			return ""
		}
		return fmt.Sprintf("%s (%s; within %s).", sol.Keys[0], q.Numeric.Compute, q.Numeric.Tolerance.Text)
	}
	if len(sol.Keys) == 0 {
		return ""
	}
	return strings.Join(sol.Keys, ", ") + "."
}
