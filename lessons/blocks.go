package lessons

import (
	"fmt"
	"strings"

	"faultline/internal/diagrams"
)

// Diagrams are the names a "faultline diagram" block may draw.
var Diagrams = diagrams.Names()

// blockKinds lists the live block kinds for error messages.
const blockKinds = "diagram, nines, compose, mtbf, simulate, scenario or quiz"

// liveInfo reports whether a fence's info string opens a live block.
func liveInfo(info string) bool {
	f := strings.Fields(info)
	return len(f) > 0 && f[0] == "faultline"
}

// parseBlock reads a live block's info string ("faultline KIND ARGS…") and
// checks the kind and the number of arguments.
func parseBlock(info string, line int) (Block, error) {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(info), "faultline"))
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return Block{}, fmt.Errorf("live block names nothing to draw; want %s", blockKinds)
	}
	b := Block{Kind: fields[0], Args: fields[1:], Line: line}
	switch b.Kind {
	case KindDiagram:
		if len(b.Args) != 1 {
			return Block{}, fmt.Errorf("faultline diagram takes one diagram name, got %d words; want one of %s", len(b.Args), strings.Join(Diagrams, ", "))
		}
		if !knownDiagram(b.Args[0]) {
			return Block{}, fmt.Errorf("unknown diagram %q; want one of %s", b.Args[0], strings.Join(Diagrams, ", "))
		}
	case KindNines:
		// Any number of values, including none.
	case KindCompose:
		if len(b.Args) == 0 {
			return Block{}, fmt.Errorf("faultline compose needs an expression, e.g. faultline compose 99.9 * (99.9 | 99.9)")
		}
		// The expression may hold spaces: keep it whole, as written.
		b.Args = []string{strings.TrimSpace(rest[len(KindCompose):])}
	case KindSimulate:
		sim, err := parseSimulation(strings.TrimSpace(rest[len(KindSimulate):]))
		if err != nil {
			return Block{}, err
		}
		b.Args = sim.args()
	case KindMTBF:
		if len(b.Args) != 2 {
			return Block{}, fmt.Errorf("faultline mtbf takes two durations, MTBF and MTTR, got %d", len(b.Args))
		}
	case KindScenario:
		if len(b.Args) != 1 {
			return Block{}, fmt.Errorf("faultline scenario takes one scenario name, e.g. faultline scenario hot-standby, got %d words", len(b.Args))
		}
	case KindQuiz:
		if len(b.Args) != 1 {
			return Block{}, fmt.Errorf("faultline quiz takes one question id, e.g. faultline quiz fallacies-3, got %d words", len(b.Args))
		}
	default:
		return Block{}, fmt.Errorf("unknown live block %q; want %s", b.Kind, blockKinds)
	}
	if len(b.Args) == 0 {
		b.Args = nil
	}
	return b, nil
}

// knownDiagram reports whether name is one of Diagrams.
func knownDiagram(name string) bool {
	for _, d := range Diagrams {
		if d == name {
			return true
		}
	}
	return false
}
