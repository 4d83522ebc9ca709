package quizline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"faultline/internal/termtext"
	"faultline/quiz"
)

// Parse reads an answer line to card c as a response. The message says
// what is wrong, naming the value typed and what is accepted, when the
// line cannot be read; the caller asks again.
func Parse(c quiz.Card, line string) (quiz.Response, string) {
	q := c.Question
	line = strings.TrimSpace(line)
	switch q.Type {
	case quiz.Single:
		nums, msg := numbers(line, len(q.Choices))
		if msg == "" && len(nums) != 1 {
			msg = fmt.Sprintf("Give one number from 1 to %d, not %s.", len(q.Choices), termtext.Quote(line))
		}
		return quiz.ChoiceResponse(nums), msg
	case quiz.Multi:
		nums, msg := numbers(line, len(q.Choices))
		return quiz.ChoiceResponse(nums), msg
	case quiz.TrueFalse:
		switch strings.ToLower(line) {
		case "t", "true":
			return quiz.BoolResponse(true), ""
		case "f", "false":
			return quiz.BoolResponse(false), ""
		}
		return nil, fmt.Sprintf("Answer t or f, not %s.", termtext.Quote(line))
	case quiz.NumericType:
		return quiz.TextResponse(line), ""
	case quiz.Classify:
		nums, msg := numbers(line, 2)
		if msg == "" && len(nums) != len(quiz.Dimensions) {
			msg = fmt.Sprintf("Give six numbers, 1 or 2 for each dimension, not %s.", termtext.Quote(line))
		}
		if msg != "" {
			return nil, msg
		}
		r := quiz.ClassResponse{}
		for i, d := range quiz.Dimensions {
			r[d.Name] = d.Classes[nums[i]]
		}
		return r, ""
	case quiz.Order:
		nums, msg := numbers(line, len(q.Items))
		if msg != "" {
			return nil, msg
		}
		r := make(quiz.OrderResponse, len(nums))
		for k, n := range nums {
			r[k] = c.ItemOrder[n]
		}
		return r, ""
	case quiz.Match:
		return parsePairs(c, line)
	}
	return nil, "This question cannot be answered here."
}

// numbers reads whole numbers from 1 to n separated by spaces or commas,
// as 0-based indices.
func numbers(line string, n int) ([]int, string) {
	fields := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	out := make([]int, 0, len(fields))
	for _, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil || v < 1 || v > n {
			return nil, fmt.Sprintf("%s is not a number from 1 to %d.", termtext.Quote(f), n)
		}
		out = append(out, v-1)
	}
	return out, ""
}

// pairPattern is one pair of a match answer: "1a", "1 a", "1-a".
var pairPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d+)\s*-?\s*([a-zA-Z])$`) })

// parsePairs reads a match answer such as "1a 2c 3b".
func parsePairs(c quiz.Card, line string) (quiz.Response, string) {
	n := len(c.Question.Pairs)
	r := make(quiz.MatchResponse, n)
	for i := range r {
		r[i] = -1
	}
	accepted := fmt.Sprintf("write a number and a letter for each item, such as %s", matchExample(n))
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' }) {
		m := pairPattern().FindStringSubmatch(f)
		if m == nil {
			return nil, fmt.Sprintf("Cannot read %s as a pair: %s.", termtext.Quote(f), accepted)
		}
		i, _ := strconv.Atoi(m[1])
		k := int(strings.ToLower(m[2])[0] - 'a')
		if i < 1 || i > n || k >= n {
			return nil, fmt.Sprintf("There is no pair %s: numbers go from 1 to %d, letters from a to %s.", termtext.Quote(f), n, letter(n-1))
		}
		r[i-1] = c.RightOrder[k]
	}
	for i, v := range r {
		if v < 0 {
			return nil, fmt.Sprintf("Item %d has no letter: %s.", i+1, accepted)
		}
	}
	return r, ""
}
