// Package diagrams holds what the course's named diagrams say: their names,
// labels, order, groupings and captions, with nothing about how they are
// drawn. The terminal drawing (tui/components/diagram) and the handout
// (internal/export) both read it, so a diagram's words are written once.
//
// Where the drawing and the handout word a thing differently (a box has
// less room than a sentence), both wordings sit side by side here.
package diagrams

// The names a "faultline diagram" block may draw.
const (
	FaultChain        = "fault-chain"
	FaultTaxonomy     = "fault-taxonomy"
	DependabilityTree = "dependability-tree"
	FailureSpectrum   = "failure-spectrum"
	CircuitBreaker    = "circuit-breaker"
)

// Names returns the diagram names in the order the content format lists them.
func Names() []string {
	return []string{FaultChain, FaultTaxonomy, DependabilityTree, FailureSpectrum, CircuitBreaker}
}
