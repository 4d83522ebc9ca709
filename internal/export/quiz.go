package export

import (
	"fmt"
	"slices"
	"strings"

	"faultline/calc"
	"faultline/quiz"
)

// asked is a question shown in the handout, numbered, for the answer key.
type asked struct {
	n int
	q quiz.Question
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
	h.asked = append(h.asked, asked{n: n, q: q})
	var b strings.Builder
	fmt.Fprintf(&b, "**Question %d.** %s\n\n", n, q.Prompt)
	switch q.Type {
	case quiz.Single, quiz.Multi:
		if q.Type == quiz.Multi {
			b.WriteString("*Pick every answer that applies.*\n\n")
		}
		for i, c := range q.Choices {
			fmt.Fprintf(&b, "- **%s.** %s\n", letter(i), c.Text)
		}
	case quiz.TrueFalse:
		b.WriteString("- **True**\n- **False**\n")
	case quiz.NumericType:
		if q.Numeric != nil && q.Numeric.Unit != "" {
			fmt.Fprintf(&b, "*Answer with %s.*\n", q.Numeric.Unit)
		}
	case quiz.Classify:
		b.WriteString("*Pick one class on each dimension:*\n\n")
		for _, d := range quiz.Dimensions {
			fmt.Fprintf(&b, "- %s: %s\n", d.Name, strings.Join(d.Classes, " or "))
		}
	case quiz.Order:
		b.WriteString("*Put these in the order they happen:*\n\n")
		for i, it := range shuffled(q.Items) {
			fmt.Fprintf(&b, "- **%s.** %s\n", letter(i), it)
		}
	case quiz.Match:
		b.WriteString("*Match each numbered item with a lettered one:*\n\n")
		for i, p := range q.Pairs {
			fmt.Fprintf(&b, "%d. %s\n", i+1, p.Left)
		}
		b.WriteString("\n")
		for i, r := range shuffled(rights(q.Pairs)) {
			fmt.Fprintf(&b, "- **%s.** %s\n", letter(i), r)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// answerKey lists the answer and explanation of every question shown.
func (h *handout) answerKey() string {
	var b strings.Builder
	b.WriteString("# Answer key\n")
	for _, a := range h.asked {
		fmt.Fprintf(&b, "\n**Question %d** (`%s`): %s\n\n%s\n", a.n, a.q.ID, answer(a.q), a.q.Explanation)
	}
	return b.String()
}

// answer is the right answer to q, in the letters the handout showed.
func answer(q quiz.Question) string {
	switch q.Type {
	case quiz.Single, quiz.Multi:
		var right []string
		for i, c := range q.Choices {
			if c.Correct {
				right = append(right, letter(i)+". "+c.Text)
			}
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
		v := q.Numeric.Availability.String()
		if q.Numeric.Kind == quiz.Duration {
			v = calc.FormatDuration(q.Numeric.Duration)
		}
		return fmt.Sprintf("%s (%s; within %s).", v, q.Numeric.Compute, q.Numeric.Tolerance.Text)
	case quiz.Classify:
		var parts []string
		for _, d := range quiz.Dimensions {
			if c, ok := q.Classes[d.Name]; ok {
				parts = append(parts, d.Name+" "+c)
			}
		}
		return strings.Join(parts, ", ") + "."
	case quiz.Order:
		shown := shuffled(q.Items)
		var seq []string
		for _, it := range q.Items {
			seq = append(seq, letter(slices.Index(shown, it)))
		}
		return strings.Join(seq, ", ") + "."
	case quiz.Match:
		shown := shuffled(rights(q.Pairs))
		var parts []string
		for i, p := range q.Pairs {
			parts = append(parts, fmt.Sprintf("%d–%s", i+1, letter(slices.Index(shown, p.Right))))
		}
		return strings.Join(parts, ", ") + "."
	}
	return ""
}

// letter names the i-th option: A, B, C …
func letter(i int) string {
	if i < 0 || i >= 26 {
		return "?"
	}
	return string(rune('A' + i))
}

// rights are the right-hand items of pairs, in order.
func rights(pairs []quiz.Pair) []string {
	out := make([]string, len(pairs))
	for i, p := range pairs {
		out[i] = p.Right
	}
	return out
}

// shuffled returns items in an order that does not give the answer away
// and is the same on every run: sorted, and turned by one when sorting
// leaves them in their original order.
func shuffled(items []string) []string {
	out := slices.Clone(items)
	slices.Sort(out)
	if len(out) > 1 && slices.Equal(out, items) {
		out = append(out[1:], out[0])
	}
	return out
}
