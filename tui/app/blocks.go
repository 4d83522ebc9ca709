package app

import (
	"time"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/live"
	"faultline/tui/quizscreen"
)

// Block returns the screen that opens a lesson's live block with the
// block's own values (a calculator, a scenario player, or the question as
// a one-question quiz, self-study like the lesson it sits in), or an error
// saying why it cannot.
func (o Openers) Block(b lessons.Block) (common.Screen, error) {
	return live.Open(o.ctx, o.ctx.Bank, b, func(q quiz.Question) common.Screen {
		return quizscreen.New(o.ctx, "Question "+q.ID, []quiz.Question{q}, quizscreen.Options{Seed: quiz.ShownSeed, Now: time.Now, SecondTry: quiz.SelfStudy.SecondTry()})
	})
}
