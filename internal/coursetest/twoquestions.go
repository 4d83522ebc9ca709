package coursetest

import (
	"testing"
	"testing/fstest"

	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
)

// twoQuestionLesson is a lesson whose second slide asks two questions,
// a single choice (budget-1) and a numeric one (budget-2), and its bank.
var twoQuestionLesson = fstest.MapFS{
	"lessons/01-budget.md": {Data: []byte(`---
id: budget
title: Error budgets in class
order: 1
minutes: 5
summary: Two questions on one slide, answered live.
---

A short deck with two questions on one slide.

## Two quick questions

Answer both before we move on.

` + "```faultline quiz budget-1\n```\n\n```faultline quiz budget-2\n```" + `

## After the questions

That was all.
`)},
	"quizzes/budget.yaml": {Data: []byte(`- id: budget-1
  type: single
  section: budget#two-quick-questions
  prompt: Which number is an objective the team sets itself?
  choices:
    - text: 99.9 % of requests good over 30 days
      correct: true
    - text: The share of requests answered within 300 ms
    - text: A refund of 10 % below 99.5 %
  hint: A target, not a measurement and not a contract.
  explanation: The objective is the target over a window.
- id: budget-2
  type: numeric
  section: budget#two-quick-questions
  prompt: A service promises 99.9 % availability. How much downtime does that allow in a 30-day month?
  compute:
    downtime: "99.9"
    per: month
  tolerance: 2%
  hint: Take the share of time that may be down, times the month.
  explanation: One thousandth of 30 days is 43.2 minutes.
`)},
}

// TwoQuestionDeck returns a one-lesson deck whose slide TwoQuestionSlide
// asks two questions students can answer, budget-1 (single choice) and
// budget-2 (numeric), and the bank holding them.
func TwoQuestionDeck(tb testing.TB) (*lecture.Deck, *quiz.Bank) {
	tb.Helper()
	c, err := lessons.Load(twoQuestionLesson)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := quiz.Load(twoQuestionLesson, c)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := lecture.NewDeck(c, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return d, b
}

// TwoQuestionSlide is the slide of TwoQuestionDeck with both questions.
const TwoQuestionSlide = 1
