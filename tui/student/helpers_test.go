package student

import (
	"sync"
	"testing"

	"faultline/assets"
	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
)

// testCode is the join code of the tests' lectures.
const testCode = "K7MQ3P"

var (
	courseOnce sync.Once
	course     *lessons.Course
	bank       *quiz.Bank
	courseErr  error
)

// loadCourse loads the built-in course once for all tests.
func loadCourse(tb testing.TB) (*lessons.Course, *quiz.Bank) {
	tb.Helper()
	courseOnce.Do(func() {
		course, courseErr = lessons.Load(assets.FS)
		if courseErr == nil {
			bank, courseErr = quiz.Load(assets.FS, course)
		}
	})
	if courseErr != nil {
		tb.Fatal(courseErr)
	}
	return course, bank
}

// testDeck is the deck of the named lessons.
func testDeck(tb testing.TB, ids ...string) *lecture.Deck {
	tb.Helper()
	c, _ := loadCourse(tb)
	d, err := lecture.NewDeck(c, ids)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

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
