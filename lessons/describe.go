package lessons

import (
	"fmt"
	"strings"

	"faultline/calc"
	"faultline/internal/scenario"
)

// Describe names a live block as a student reads it, for a list that asks
// which one to open: "the table of nines for 99.9%, 99.95%, 99.99%",
// "the failover scenario “Active-passive, cold standby”". The reader and
// the slides both use it, so a block is named the same everywhere.
func (b Block) Describe() string {
	switch b.Kind {
	case KindNines:
		if len(b.Args) == 0 {
			return "the table of nines, one to seven nines"
		}
		vals := make([]string, len(b.Args))
		for i, a := range b.Args {
			vals[i] = percentWords(a)
		}
		return "the table of nines for " + strings.Join(vals, ", ")
	case KindCompose:
		return "the composed system " + strings.Join(b.Args, " ")
	case KindMTBF:
		if len(b.Args) == 2 {
			return fmt.Sprintf("the availability from an MTBF of %s and an MTTR of %s", b.Args[0], b.Args[1])
		}
	case KindDiagram:
		if len(b.Args) == 1 {
			return "the diagram of the " + strings.ReplaceAll(b.Args[0], "-", " ")
		}
	case KindScenario:
		if len(b.Args) == 1 {
			if s, ok := scenario.Lookup(b.Args[0]); ok && s.Title != "" {
				return "the failover scenario “" + s.Title + "”"
			}
			return "the failover scenario " + b.Args[0]
		}
	case KindSimulate:
		if s, ok := b.Simulation(); ok {
			with := "independent failures"
			if s.CommonCause > 0 {
				with = calc.ShareText(s.CommonCause) + " common cause"
			}
			if s.Shared != nil {
				with += " and a shared dependency of " + s.Shared.String()
			}
			return "the simulation of " + s.Expr + " with " + with
		}
	case KindQuiz:
		if len(b.Args) == 1 {
			return "the quiz question " + b.Args[0]
		}
	}
	return strings.TrimSpace(b.Kind + " " + strings.Join(b.Args, " "))
}

// percentWords writes a bare percentage as "99.9%"; anything else, such
// as "4n" or "99.9%", stays as written.
func percentWords(s string) string {
	if s == "" || strings.Trim(s, "0123456789.") != "" {
		return s
	}
	return s + "%"
}
