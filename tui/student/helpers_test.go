package student

import (
	"testing"

	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/quiz"
)

// testCode is the join code of the tests' lectures.
const testCode = "K7MQ3P"

// testDeck is the deck of the named lessons.
func testDeck(tb testing.TB, ids ...string) *lecture.Deck { return coursetest.Deck(tb, ids...) }

// quizSlide finds a slide with a question students can answer.
func quizSlide(tb testing.TB, deck *lecture.Deck) (int, quiz.Question) {
	return coursetest.QuizSlide(tb, deck)
}
