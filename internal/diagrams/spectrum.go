package diagrams

// Band is one kind of service on the failure spectrum: Short labels it
// under its bar, Name in prose.
type Band struct{ Short, Name, Gist string }

// Spectrum runs from optimal service to complete failure. The three kinds
// of failure between the ends are categories, not steps: which is worse
// depends on the function a failure hits, so they are grouped under one
// note rather than placed on the better–worse scale.
var Spectrum = struct {
	Title         string
	Better, Worse string
	// Bands are the kinds of service, optimal first, complete failure last.
	Bands []Band
	// Between explains the grouping of the middle kinds: the wide drawing
	// takes the first that fits its bracket, the tall one Tall, the
	// handout Handout.
	Between []string
	Tall    string
	Handout string
}{
	Title:  "From optimal service to complete failure",
	Better: "better",
	Worse:  "worse",
	Bands: []Band{
		{"optimal", "Optimal", "every function, with the intended balance of qualities"},
		{"partial", "Partial failure", "some functions missing, the rest normal"},
		{"degraded", "Degraded service", "every function there, but slower or poorer"},
		{"transient", "Transient failure", "a brief outage that recovers by itself"},
		{"complete", "Complete failure", "no answer, or answers that are wrong"},
	},
	Between: []string{
		"no fixed order: the cost depends on the function hit",
		"no fixed order: it depends on the function",
		"no fixed order",
	},
	Tall:    "no fixed order between the ends: the cost depends on the function hit",
	Handout: "Between the ends, in no fixed order (the cost depends on the function hit):",
}
