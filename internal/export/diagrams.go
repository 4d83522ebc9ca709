package export

import (
	"fmt"
	"strings"
)

// diagrams draws each named diagram of a "faultline diagram" block as
// Markdown lists and tables, for paper.
var diagrams = map[string]func() string{
	"fault-chain":        faultChain,
	"fault-taxonomy":     faultTaxonomy,
	"dependability-tree": dependabilityTree,
	"failure-spectrum":   failureSpectrum,
	"circuit-breaker":    circuitBreaker,
}

// faultChain is the fault → error → failure chain as a nested list: each
// link with its definition and an example, and what lets the chain go on
// or stop between links.
func faultChain() string {
	return strings.Join([]string{
		"**Fault → error → failure**",
		"",
		"- **Fault**: the hypothesised cause of an error, e.g. an off-by-one bug.",
		"  - once *activated* it becomes an error; otherwise it stays dormant.",
		"- **Error**: the part of the system's state that is wrong, e.g. a corrupted record.",
		"  - once it *reaches the service interface* it becomes a failure; otherwise it is overwritten, corrected or masked.",
		"- **Failure**: the service deviates from its specification, e.g. a crash or a wrong reply.",
		"  - a component's failure is a fault for the system that uses it, and the chain starts again.",
	}, "\n")
}

// taxonomy is one of the six dimensions a fault is classified on.
type taxonomy struct {
	name, question     string
	first, second      string
	example1, example2 string
}

var taxonomies = []taxonomy{
	{"phase", "when was it created?", "development", "operational", "a wrong loop bound", "a worn-out disk"},
	{"system boundary", "where did it start?", "internal", "external", "a leak in our code", "a grid power cut"},
	{"phenomenological cause", "nature or people?", "natural", "human-made", "a cosmic-ray bit flip", "a mistyped firewall rule"},
	{"intent", "was harm meant?", "non-malicious", "malicious", "deleting the wrong folder", "a denial-of-service attack"},
	{"capability", "a slip or lack of skill?", "accidental", "incompetence", "a typo in a routine command", "SQL built from raw input"},
	{"persistence", "does it last?", "permanent", "transient", "a burnt-out power supply", "a packet lost in congestion"},
}

// faultTaxonomy is the six dimensions of fault classification as a table.
func faultTaxonomy() string {
	var b strings.Builder
	b.WriteString("**The six dimensions of a fault**\n\n")
	b.WriteString("| dimension | asks | one class | the other |\n| --- | --- | --- | --- |\n")
	for _, d := range taxonomies {
		fmt.Fprintf(&b, "| %s | %s | %s (e.g. %s) | %s (e.g. %s) |\n", d.name, d.question, d.first, d.example1, d.second, d.example2)
	}
	return strings.TrimRight(b.String(), "\n")
}

// dependabilityTree is the dependability tree as a nested list.
func dependabilityTree() string {
	branches := []struct {
		name   string
		leaves [][2]string
	}{
		{"Attributes", [][2]string{{"Availability", "ready when needed"}, {"Reliability", "keeps on working"}, {"Safety", "no catastrophe"},
			{"Confidentiality", "no disclosure (security only)"}, {"Integrity", "no improper change"}, {"Maintainability", "easy to repair"}}},
		{"Threats", [][2]string{{"Faults", "the cause"}, {"Errors", "wrong state"}, {"Failures", "visible deviation"}}},
		{"Means", [][2]string{{"Fault prevention", "keep faults out"}, {"Fault removal", "find and fix them"},
			{"Fault tolerance", "serve despite them"}, {"Fault forecasting", "estimate them"}}},
	}
	lines := []string{"- **Dependability and security**"}
	for _, br := range branches {
		lines = append(lines, "  - **"+br.name+"**")
		for _, l := range br.leaves {
			lines = append(lines, "    - "+l[0]+": "+l[1])
		}
	}
	return strings.Join(lines, "\n")
}

// failureSpectrum is optimal service and complete failure at the two ends,
// with the three kinds of failure between them as an unordered list: which
// is worse depends on the function a failure hits.
func failureSpectrum() string {
	return strings.Join([]string{
		"**From optimal service to complete failure**",
		"",
		"- **Optimal**: every function, with the intended balance of qualities.",
		"- Between the ends, in no fixed order (the cost depends on the function hit):",
		"  - **Partial failure**: some functions missing, the rest normal.",
		"  - **Degraded service**: every function there, but slower or poorer.",
		"  - **Transient failure**: a brief outage that recovers by itself.",
		"- **Complete failure**: no answer, or answers that are wrong.",
	}, "\n")
}

// circuitBreaker is the breaker's three states and the transitions
// between them, as lists.
func circuitBreaker() string {
	return strings.Join([]string{
		"**Circuit breaker states**",
		"",
		"- **Closed**: calls pass through; failures are counted.",
		"- **Open**: calls fail fast; the dependency rests.",
		"- **Half-open**: a few trial calls go through.",
		"",
		"**Transitions**",
		"",
		"- Closed → Open: too many failures.",
		"- Open → Half-open: the cool-down ends.",
		"- Half-open → Closed: the trial calls succeed.",
		"- Half-open → Open: a trial call fails.",
	}, "\n")
}
