package app

import (
	"time"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/scenario"
	"faultline/tui/calculators"
	"faultline/tui/common"
	tuiquiz "faultline/tui/quiz"
	"faultline/tui/scenarios"
)

// Block returns the screen that opens a lesson's live block with the
// block's own values: a calculator, a scenario player or one quiz
// question. It returns nil for blocks that only draw (diagrams) and for
// names that no longer exist.
func (o Openers) Block(b lessons.Block) common.Screen {
	arg := func(i int) string {
		if i < len(b.Args) {
			return b.Args[i]
		}
		return ""
	}
	switch b.Kind {
	case lessons.KindNines:
		return calculators.NewNines(o.ctx, arg(0), "")
	case lessons.KindCompose:
		return calculators.NewCompose(o.ctx, arg(0))
	case lessons.KindMTBF:
		return calculators.NewMTBF(o.ctx, arg(0), arg(1))
	case lessons.KindScenario:
		spec, ok := scenario.Lookup(arg(0))
		if !ok {
			return nil
		}
		return scenarios.NewPlayer(o.ctx, spec, spec.Defaults(), 1)
	case lessons.KindQuiz:
		if o.ctx.Bank == nil {
			return nil
		}
		q, ok := o.ctx.Bank.ByID(arg(0))
		if !ok {
			return nil
		}
		return tuiquiz.New(o.ctx, "Question "+q.ID, []quiz.Question{q}, tuiquiz.Options{Seed: 1, Now: time.Now})
	}
	return nil
}
