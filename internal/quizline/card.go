package quizline

import (
	"fmt"
	"strings"

	"faultline/internal/termtext"
	"faultline/quiz"
)

// Lines are the lines that ask a dealt card: the prompt, the options as
// they are numbered and lettered, and how to answer.
func Lines(c quiz.Card) []string {
	q := c.Question
	lines := []string{termtext.Clean(q.Prompt)}
	switch q.Type {
	case quiz.Single, quiz.Multi:
		for i, ch := range q.Choices {
			lines = append(lines, fmt.Sprintf("%d. %s", i+1, termtext.Clean(ch.Text)))
		}
	case quiz.Classify:
		for i, d := range quiz.Dimensions {
			lines = append(lines, fmt.Sprintf("%d. %s: 1 %s, 2 %s", i+1, d.Name, d.Classes[0], d.Classes[1]))
		}
	case quiz.Order:
		for k, i := range c.ItemOrder {
			lines = append(lines, fmt.Sprintf("%d. %s", k+1, termtext.Clean(q.Items[i])))
		}
	case quiz.Match:
		for i, p := range q.Pairs {
			lines = append(lines, fmt.Sprintf("%d. %s", i+1, termtext.Clean(p.Left)))
		}
		for k, i := range c.RightOrder {
			lines = append(lines, fmt.Sprintf("%s. %s", letter(k), termtext.Clean(q.Pairs[i].Right)))
		}
	}
	return append(lines, howTo(c))
}

// howTo says how to type the answer to c.
func howTo(c quiz.Card) string {
	q := c.Question
	switch q.Type {
	case quiz.Single:
		return fmt.Sprintf("Answer with one number, 1 to %d.", len(q.Choices))
	case quiz.Multi:
		return fmt.Sprintf("Select all that apply: numbers from 1 to %d, separated by spaces.", len(q.Choices))
	case quiz.TrueFalse:
		return "True or false? Answer t or f."
	case quiz.NumericType:
		return "Answer with " + q.Numeric.Unit + "."
	case quiz.Classify:
		return "Answer with six numbers, 1 or 2 for each dimension in turn, such as 1 2 1 1 2 1."
	case quiz.Order:
		return fmt.Sprintf("Answer with the numbers 1 to %d in the order the items happen, such as %s.", len(q.Items), example(len(q.Items)))
	case quiz.Match:
		return fmt.Sprintf("Answer with a letter for each number, such as %s.", matchExample(len(q.Pairs)))
	}
	return ""
}

// letter is the lower-case letter of the k-th right side: a, b, c …
func letter(k int) string { return strings.ToLower(quiz.Letter(k)) }

// example is "3 1 2 …": the numbers 1 to n, not in order.
func example(n int) string {
	parts := make([]string, n)
	for i := range n {
		parts[i] = fmt.Sprint((i+n-1)%n + 1)
	}
	return strings.Join(parts, " ")
}

// matchExample is "1b 2a …" for n pairs.
func matchExample(n int) string {
	parts := make([]string, n)
	for i := range n {
		parts[i] = fmt.Sprintf("%d%s", i+1, letter((i+1)%n))
	}
	return strings.Join(parts, " ")
}

// solution says the right answer in the terms of the lines: the numbers of
// the right choices, each then on a line of its own with its text; the
// order as numbers; the pairs as number and letter.
func solution(c quiz.Card) string {
	q := c.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		var nums, texts []string
		for i, ch := range q.Choices {
			if ch.Correct {
				nums = append(nums, fmt.Sprint(i+1))
				texts = append(texts, fmt.Sprintf("%d. %s", i+1, termtext.Clean(ch.Text)))
			}
		}
		return strings.Join(nums, " ") + ":\n" + strings.Join(texts, "\n")
	case quiz.Order:
		var nums []string
		for i := range q.Items {
			nums = append(nums, fmt.Sprint(indexOf(c.ItemOrder, i)+1))
		}
		return strings.Join(nums, " ")
	case quiz.Match:
		var pairs []string
		for i := range q.Pairs {
			pairs = append(pairs, fmt.Sprintf("%d%s", i+1, letter(indexOf(c.RightOrder, i))))
		}
		return strings.Join(pairs, " ")
	}
	return strings.Join(quiz.Solve(c).Texts, ", ")
}

// indexOf is where v stands in order.
func indexOf(order []int, v int) int {
	for k, x := range order {
		if x == v {
			return k
		}
	}
	return -1
}
