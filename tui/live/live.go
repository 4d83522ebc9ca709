// Package live opens a lesson's live blocks as screens: the calculators,
// the scenario player and quiz questions, each with the block's own values.
// The reader and lecture slides both open blocks through it.
package live

import (
	"fmt"
	"strings"

	"faultline/internal/scenario"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/calculators"
	"faultline/tui/common"
	"faultline/tui/scenarios"
)

// ScenarioSeed fixes the randomness of scenarios opened from a lesson, so a
// rehearsal and the lecture run alike.
const ScenarioSeed = 1

// Open returns the screen that plays block b. question makes the screen for
// a quiz block's question: the reader asks it as a one-question quiz, a
// slide shows it as a card to reveal. The error names what is wrong when b
// names a scenario or question that does not exist, or only draws (a
// diagram).
func Open(ctx *common.Context, bank *quiz.Bank, b lessons.Block, question func(quiz.Question) common.Screen) (common.Screen, error) {
	arg := func(i int) string {
		if i < len(b.Args) {
			return b.Args[i]
		}
		return ""
	}
	switch b.Kind {
	case lessons.KindNines:
		n := calculators.NewNines(ctx, arg(0), "")
		if len(b.Args) > 1 {
			n.Compare(b.Args)
		}
		return n, nil
	case lessons.KindCompose:
		return calculators.NewCompose(ctx, strings.Join(b.Args, " ")), nil
	case lessons.KindSimulate:
		s, ok := b.Simulation()
		if !ok {
			return nil, fmt.Errorf("a simulate block needs a system, e.g. faultline simulate 99.9 | 99.9")
		}
		c := calculators.NewCompose(ctx, s.Expr)
		c.SetCommonCause(s.CommonCause)
		if s.Shared != nil {
			c.SetSharedDependency(*s.Shared)
		}
		return c, nil
	case lessons.KindMTBF:
		return calculators.NewMTBF(ctx, arg(0), arg(1)), nil
	case lessons.KindScenario:
		spec, ok := scenario.Lookup(arg(0))
		if !ok {
			return nil, fmt.Errorf("no scenario named %q (known: %s)", arg(0), strings.Join(scenario.Names(), ", "))
		}
		return scenarios.NewPlayer(ctx, spec, spec.Defaults(), ScenarioSeed), nil
	case lessons.KindQuiz:
		if bank == nil {
			return nil, fmt.Errorf("question %s: no question bank is loaded", arg(0))
		}
		q, ok := bank.ByID(arg(0))
		if !ok {
			return nil, fmt.Errorf("no question %q in the bank", arg(0))
		}
		return question(q), nil
	}
	return nil, fmt.Errorf("a %q block only draws; there is nothing to open", b.Kind)
}
