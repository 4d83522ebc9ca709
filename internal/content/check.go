package content

import (
	"fmt"
	"slices"
	"strings"

	"faultline/calc"
	"faultline/internal/scenario"
	"faultline/lessons"
	"faultline/quiz"
)

// Check reports every live block of ls that cannot be drawn: a nines,
// compose or mtbf block whose arguments calc refuses, a scenario block
// naming no scenario, a quiz block naming no question of bank (a nil bank
// has none). Problems name the lesson's File and the block's line.
func Check(ls []lessons.Lesson, bank *quiz.Bank) []lessons.Problem {
	var out []lessons.Problem
	for _, l := range ls {
		for _, s := range l.Sections {
			for _, b := range s.Blocks() {
				if err := CheckBlock(b, bank); err != nil {
					out = append(out, lessons.Problem{File: l.File, Line: b.Line, Message: err.Error()})
				}
			}
		}
	}
	return out
}

// CheckBlock reports why a live block cannot be drawn, or nil if it can.
func CheckBlock(b lessons.Block, bank *quiz.Bank) error {
	switch b.Kind {
	case lessons.KindDiagram:
		if len(b.Args) != 1 || !slices.Contains(lessons.Diagrams, b.Args[0]) {
			return fmt.Errorf("faultline diagram takes one of %s", strings.Join(lessons.Diagrams, ", "))
		}
	case lessons.KindNines:
		for _, v := range b.Args {
			if _, err := calc.ParseAvailability(v); err != nil {
				return fmt.Errorf("faultline nines: %w", err)
			}
		}
	case lessons.KindCompose:
		if _, err := calc.ParseExpr(strings.Join(b.Args, " ")); err != nil {
			return fmt.Errorf("faultline compose: %w", err)
		}
	case lessons.KindSimulate:
		s, ok := b.Simulation()
		if !ok {
			return fmt.Errorf("want %s", lessons.SimulationUsage)
		}
		if _, err := s.Run(); err != nil {
			return fmt.Errorf("faultline simulate: %w", err)
		}
	case lessons.KindMTBF:
		if _, _, err := calc.ParseMTBFArgs(b.Args); err != nil {
			return fmt.Errorf("faultline mtbf: %w", err)
		}
	case lessons.KindScenario:
		if len(b.Args) != 1 {
			return fmt.Errorf("faultline scenario takes one scenario name; want one of %s", strings.Join(scenario.Names(), ", "))
		}
		if _, ok := scenario.Lookup(b.Args[0]); !ok {
			return fmt.Errorf("faultline scenario: unknown scenario %q; want one of %s", b.Args[0], strings.Join(scenario.Names(), ", "))
		}
	case lessons.KindQuiz:
		if len(b.Args) != 1 {
			return fmt.Errorf("faultline quiz takes one question id, e.g. fallacies-3")
		}
		if _, ok := bank.ByID(b.Args[0]); !ok {
			return fmt.Errorf("faultline quiz: no question %q in the quiz bank (ids are LESSON-N as in quizzes/LESSON.yaml)", b.Args[0])
		}
	default:
		return fmt.Errorf("unknown live block %q", b.Kind)
	}
	return nil
}
