package diagrams

// Leaf is one leaf of the dependability tree with a short gloss.
type Leaf struct{ Name, Gloss string }

// Branch is one of the dependability tree's three branches.
type Branch struct {
	Name   string
	Leaves []Leaf
}

// Dependability is the dependability-and-security tree. Its root names
// both: the six attributes are those of dependability and security
// together (Avižienis et al. 2004); confidentiality is security's alone,
// so its gloss says so.
var Dependability = struct {
	Root     string
	Branches []Branch
}{
	Root: "Dependability and security",
	Branches: []Branch{
		{"Attributes", []Leaf{
			{"Availability", "ready when needed"},
			{"Reliability", "keeps on working"},
			{"Safety", "no catastrophe"},
			{"Confidentiality", "no disclosure (security only)"},
			{"Integrity", "no improper change"},
			{"Maintainability", "easy to repair"},
		}},
		{"Threats", []Leaf{
			{"Faults", "the cause"},
			{"Errors", "wrong state"},
			{"Failures", "visible deviation"},
		}},
		{"Means", []Leaf{
			{"Fault prevention", "keep faults out"},
			{"Fault removal", "find and fix them"},
			{"Fault tolerance", "serve despite them"},
			{"Fault forecasting", "estimate them"},
		}},
	},
}
