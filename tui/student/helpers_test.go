package student

import (
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
)

// testCode is the join code of the tests' lectures.
const testCode = "K7MQ3P"

// loadCourse is the built-in course and its bank, loaded once for all tests.
func loadCourse(tb testing.TB) (*lessons.Course, *quiz.Bank) { return coursetest.Course(tb) }

// testDeck is the deck of the named lessons.
func testDeck(tb testing.TB, ids ...string) *lecture.Deck { return coursetest.Deck(tb, ids...) }

// quizSlide finds a slide with a question students can answer.
func quizSlide(tb testing.TB, deck *lecture.Deck) (int, quiz.Question) {
	tb.Helper()
	_, bank := loadCourse(tb)
	for i, s := range deck.Slides {
		for _, b := range s.Blocks() {
			if b.Kind != lessons.KindQuiz || len(b.Args) == 0 {
				continue
			}
			if q, ok := bank.ByID(b.Args[0]); ok && classroom.Answerable(q) && q.Type == quiz.Single {
				return i, q
			}
		}
	}
	tb.Skip("the course has no single-choice question on a slide")
	return 0, quiz.Question{}
}
