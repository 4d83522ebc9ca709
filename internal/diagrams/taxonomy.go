package diagrams

// Dimension is one of the six ways a fault is classified, with its two
// classes and an example of each.
type Dimension struct {
	Name, Question string
	Classes        [2]string
	Examples       [2]string
}

// Taxonomy is the fault taxonomy: its six dimensions in order, the heads
// of the table's columns, the title of the handout's table and the root of
// the tree drawn on narrow terminals.
var Taxonomy = struct {
	Title, Root                 string
	DimensionHead, QuestionHead string
	ClassHeads                  [2]string
	Dimensions                  []Dimension
}{
	Title:         "The six dimensions of a fault",
	Root:          "Faults",
	DimensionHead: "dimension",
	QuestionHead:  "asks",
	ClassHeads:    [2]string{"one class", "the other"},
	Dimensions: []Dimension{
		{"phase", "when was it created?", [2]string{"development", "operational"}, [2]string{"a wrong loop bound", "a worn-out disk"}},
		{"system boundary", "where did it start?", [2]string{"internal", "external"}, [2]string{"a leak in our code", "a grid power cut"}},
		{"phenomenological cause", "nature or people?", [2]string{"natural", "human-made"}, [2]string{"a cosmic-ray bit flip", "a mistyped firewall rule"}},
		{"intent", "was harm meant?", [2]string{"non-malicious", "malicious"}, [2]string{"deleting the wrong folder", "a denial-of-service attack"}},
		{"capability", "a slip or lack of skill?", [2]string{"accidental", "incompetence"}, [2]string{"a typo in a routine command", "SQL built from raw input"}},
		{"persistence", "does it last?", [2]string{"permanent", "transient"}, [2]string{"a burnt-out power supply", "a packet lost in congestion"}},
	},
}
