// Package coursetest gives tests the built-in course, its question bank and
// lecture decks over it, loaded once per test binary. Only tests import it;
// nothing they are given may be changed.
package coursetest

import (
	"sync"
	"testing"

	"faultline/assets"
	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
)

// load reads the embedded course and bank once.
var load = sync.OnceValues(func() (loaded, error) {
	c, err := lessons.Load(assets.FS)
	if err != nil {
		return loaded{}, err
	}
	b, err := quiz.Load(assets.FS, c)
	return loaded{course: c, bank: b}, err
})

// loaded is what load read.
type loaded struct {
	course *lessons.Course
	bank   *quiz.Bank
}

// Course returns the built-in course and its question bank, failing tb if
// they do not load.
func Course(tb testing.TB) (*lessons.Course, *quiz.Bank) {
	tb.Helper()
	l, err := load()
	if err != nil {
		tb.Fatalf("loading the built-in course: %v", err)
	}
	return l.course, l.bank
}

// Deck returns the lecture deck of the named lessons of the built-in
// course (all of them when no id is given), failing tb if it cannot be made.
func Deck(tb testing.TB, ids ...string) *lecture.Deck {
	tb.Helper()
	c, _ := Course(tb)
	d, err := lecture.NewDeck(c, ids)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// QuizSlide returns the first slide of deck holding a single-choice
// question students can answer in class, with that question; it skips the
// test when the deck has none.
func QuizSlide(tb testing.TB, deck *lecture.Deck) (int, quiz.Question) {
	tb.Helper()
	_, bank := Course(tb)
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
