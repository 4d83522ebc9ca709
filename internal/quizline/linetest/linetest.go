// Package linetest is for tests only: the answer lines a student types to
// a dealt question in the line-by-line quiz, right and wrong, in the terms
// the lines show (numbers, letters, t or f, a value with its unit).
package linetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"faultline/calc"
	"faultline/quiz"
)

// Right is the answer line a student who knows the answer types to c,
// in the terms the lines show.
func Right(c quiz.Card) string {
	q := c.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		var nums []string
		for i, ch := range q.Choices {
			if ch.Correct {
				nums = append(nums, fmt.Sprint(i+1))
			}
		}
		return strings.Join(nums, " ")
	case quiz.TrueFalse:
		return map[bool]string{true: "t", false: "f"}[q.Answer]
	case quiz.NumericType:
		if q.Numeric.Kind == quiz.Duration {
			return calc.FormatDuration(q.Numeric.Duration)
		}
		return q.Numeric.Availability.String()
	case quiz.Classify:
		var nums []string
		for _, d := range quiz.Dimensions {
			nums = append(nums, fmt.Sprint(slices.Index(d.Classes, q.Classes[d.Name])+1))
		}
		return strings.Join(nums, " ")
	case quiz.Order:
		var nums []string
		for i := range q.Items {
			nums = append(nums, fmt.Sprint(slices.Index(c.ItemOrder, i)+1))
		}
		return strings.Join(nums, " ")
	case quiz.Match:
		var pairs []string
		for i := range q.Pairs {
			pairs = append(pairs, fmt.Sprintf("%d%c", i+1, 'a'+slices.Index(c.RightOrder, i)))
		}
		return strings.Join(pairs, " ")
	}
	return ""
}

// Wrong is an answer line to c that is readable and wrong.
func Wrong(t testing.TB, c quiz.Card) string {
	q := c.Question
	switch q.Type {
	case quiz.Single, quiz.Multi:
		for i, ch := range q.Choices {
			if !ch.Correct {
				return fmt.Sprint(i + 1)
			}
		}
	case quiz.TrueFalse:
		return map[bool]string{true: "f", false: "t"}[q.Answer]
	case quiz.NumericType:
		if q.Numeric.Kind == quiz.Duration {
			return calc.FormatDuration(q.Numeric.Duration*3 + time.Hour)
		}
		return "12.5%"
	case quiz.Classify:
		right := strings.Fields(Right(c))
		right[0] = map[string]string{"1": "2", "2": "1"}[right[0]]
		return strings.Join(right, " ")
	case quiz.Order:
		right := strings.Fields(Right(c))
		right[0], right[1] = right[1], right[0]
		return strings.Join(right, " ")
	case quiz.Match:
		n := len(q.Pairs)
		var pairs []string
		for i := range q.Pairs {
			pairs = append(pairs, fmt.Sprintf("%d%c", i+1, 'a'+(slices.Index(c.RightOrder, i)+1)%n))
		}
		return strings.Join(pairs, " ")
	}
	t.Helper()
	t.Fatalf("no wrong answer for a %s question", q.Type)
	return ""
}
