package export

import (
	"fmt"
	"strings"

	"faultline/internal/diagrams"
)

// diagramDrawers draws each named diagram of a "faultline diagram" block
// as Markdown lists and tables, for paper, from the words in
// internal/diagrams.
var diagramDrawers = map[string]func() string{
	diagrams.FaultChain:        faultChain,
	diagrams.FaultTaxonomy:     faultTaxonomy,
	diagrams.DependabilityTree: dependabilityTree,
	diagrams.FailureSpectrum:   failureSpectrum,
	diagrams.CircuitBreaker:    circuitBreaker,
}

// DiagramMarkdown is the named diagram as Markdown lists and tables, as
// the handout prints it: the words of the drawing without the drawing, for
// paper and for screen readers. It is false for an unknown name.
func DiagramMarkdown(name string) (string, bool) {
	d, ok := diagramDrawers[name]
	if !ok {
		return "", false
	}
	return d(), true
}

// faultChain is the fault → error → failure chain as a nested list: each
// link with its definition and an example, and what lets the chain go on
// or stop between links.
func faultChain() string {
	c := diagrams.Chain
	lines := []string{"**" + c.Title + "**", ""}
	for i, l := range c.Links {
		lines = append(lines, fmt.Sprintf("- **%s**: %s, e.g. %s.", l.Name, l.Sentence, l.Example))
		if i < len(c.Steps) {
			lines = append(lines, "  - "+c.Steps[i].Handout)
		}
	}
	return strings.Join(append(lines, "  - "+c.Recurs), "\n")
}

// faultTaxonomy is the six dimensions of fault classification as a table.
func faultTaxonomy() string {
	t := diagrams.Taxonomy
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n", t.Title)
	fmt.Fprintf(&b, "| %s | %s | %s | %s |\n| --- | --- | --- | --- |\n", t.DimensionHead, t.QuestionHead, t.ClassHeads[0], t.ClassHeads[1])
	for _, d := range t.Dimensions {
		fmt.Fprintf(&b, "| %s | %s | %s (e.g. %s) | %s (e.g. %s) |\n", d.Name, d.Question, d.Classes[0], d.Examples[0], d.Classes[1], d.Examples[1])
	}
	return strings.TrimRight(b.String(), "\n")
}

// dependabilityTree is the dependability tree as a nested list.
func dependabilityTree() string {
	d := diagrams.Dependability
	lines := []string{"- **" + d.Root + "**"}
	for _, br := range d.Branches {
		lines = append(lines, "  - **"+br.Name+"**")
		for _, l := range br.Leaves {
			lines = append(lines, "    - "+l.Name+": "+l.Gloss)
		}
	}
	return strings.Join(lines, "\n")
}

// failureSpectrum is optimal service and complete failure at the two ends,
// with the three kinds of failure between them as an unordered list: which
// is worse depends on the function a failure hits.
func failureSpectrum() string {
	s := diagrams.Spectrum
	band := func(indent string, b diagrams.Band) string {
		return indent + "- **" + b.Name + "**: " + b.Gist + "."
	}
	last := len(s.Bands) - 1
	lines := []string{"**" + s.Title + "**", "", band("", s.Bands[0]), "- " + s.Handout}
	for _, b := range s.Bands[1:last] {
		lines = append(lines, band("  ", b))
	}
	return strings.Join(append(lines, band("", s.Bands[last])), "\n")
}

// circuitBreaker is the breaker's three states and the transitions
// between them, as lists.
func circuitBreaker() string {
	b := diagrams.Breaker
	lines := []string{"**" + b.Title + "**", ""}
	for _, s := range b.States {
		lines = append(lines, "- **"+s.Name+"**: "+s.Gist+".")
	}
	lines = append(lines, "", "**"+b.TransitionsTitle+"**", "")
	for _, t := range diagrams.Transitions() {
		lines = append(lines, fmt.Sprintf("- %s → %s: %s.", b.States[t.From].Name, b.States[t.To].Name, t.Phrase))
	}
	return strings.Join(lines, "\n")
}
