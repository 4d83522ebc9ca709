package diagrams

import "strings"

// Link is one link of the fault → error → failure chain: its name, what it
// is in a box (Definition) and in the handout's sentence (Sentence), and
// an example.
type Link struct{ Name, Definition, Sentence, Example string }

// Title is the link's name as a box title: upper case.
func (l Link) Title() string { return strings.ToUpper(l.Name) }

// Step is what carries the chain from one link to the next, or stops it:
// Goes and Stops in full, WideGoes and WideStops broken into the short
// lines of the wide drawing's arrow column, and Handout as a sentence.
type Step struct {
	Goes, Stops         string
	WideGoes, WideStops []string
	Handout             string
}

// Chain is the fault → error → failure chain: three links with a step
// between each pair, where the links sit (inside the system or at the
// service interface), and how the chain stops or starts again.
var Chain = struct {
	Title          string
	Links          []Link
	Steps          []Step
	Inside, AtEdge string
	// Note is the caption under the drawing; Recurs ends the handout's
	// list.
	Note, Recurs string
}{
	Title: "Fault → error → failure",
	Links: []Link{
		{"Fault", "the hypothesised cause of an error", "the hypothesised cause of an error", "an off-by-one bug"},
		{"Error", "part of the system's state that is wrong", "the part of the system's state that is wrong", "a corrupted record"},
		{"Failure", "the service deviates from its specification", "the service deviates from its specification", "a crash or a wrong reply"},
	},
	Steps: []Step{
		{
			Goes: "activated", Stops: "or it stays dormant",
			WideGoes: []string{"activated"}, WideStops: []string{"or stays", "dormant"},
			Handout: "once *activated* it becomes an error; otherwise it stays dormant.",
		},
		{
			Goes: "propagates to the service interface", Stops: "or it is overwritten, corrected or masked",
			WideGoes: []string{"reaches the", "interface"}, WideStops: []string{"or is", "masked"},
			Handout: "once it *reaches the service interface* it becomes a failure; otherwise it is overwritten, corrected or masked.",
		},
	},
	Inside: "inside the system",
	AtEdge: "at the service interface",
	Note: "The chain can stop: a fault may stay dormant and never be activated, " +
		"and an error may be overwritten, corrected or masked before it reaches the service interface. " +
		"A component's failure is a fault for the system that uses it.",
	Recurs: "a component's failure is a fault for the system that uses it, and the chain starts again.",
}
