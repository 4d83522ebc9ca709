package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/tree"

	"faultline/tui/theme"
)

// leaf is one leaf of the dependability tree with a short gloss.
type leaf struct{ name, gloss string }

// branch is one of the tree's three branches.
type branch struct {
	name   string
	leaves []leaf
}

// depRoot names the tree: its six attributes are those of dependability and
// security together (Avižienis et al. 2004); confidentiality is security's
// alone, so its gloss says so.
const depRoot = "Dependability and security"

var dependability = []branch{
	{"Attributes", []leaf{
		{"Availability", "ready when needed"},
		{"Reliability", "keeps on working"},
		{"Safety", "no catastrophe"},
		{"Confidentiality", "no disclosure (security only)"},
		{"Integrity", "no improper change"},
		{"Maintainability", "easy to repair"},
	}},
	{"Threats", []leaf{
		{"Faults", "the cause"},
		{"Errors", "wrong state"},
		{"Failures", "visible deviation"},
	}},
	{"Means", []leaf{
		{"Fault prevention", "keep faults out"},
		{"Fault removal", "find and fix them"},
		{"Fault tolerance", "serve despite them"},
		{"Fault forecasting", "estimate them"},
	}},
}

// dependabilityTree draws dependability with its attributes, threats and
// means: the three branches side by side when they fit, one tree otherwise.
func dependabilityTree(width int, st theme.Styles) string {
	return fit(width,
		func() string { return depSideBySide(st, true) },
		func() string { return depSideBySide(st, false) },
		func() string { return depTree(st, true) },
		func() string { return depTree(st, false) },
	)
}

// branchTree draws one branch as a tree of its own.
func branchTree(st theme.Styles, b branch, glosses bool) *tree.Tree {
	t := tree.Root(b.name).
		RootStyle(st.Diagram.Label.Foreground(st.Palette.Accent)).
		EnumeratorStyle(st.Diagram.Arrow.PaddingRight(1)).
		IndenterStyle(st.Diagram.Arrow)
	for _, l := range b.leaves {
		item := l.name
		if glosses {
			item += " " + st.App.Dim.Render("· "+l.gloss)
		}
		t.Child(item)
	}
	return t
}

// depSideBySide puts the root on top and the three branches in columns
// under it, joined by a connecting line.
func depSideBySide(st theme.Styles, glosses bool) string {
	const gap = 3
	cols := make([]string, len(dependability))
	starts := make([]int, len(dependability))
	x := 0
	for i, b := range dependability {
		cols[i] = branchTree(st, b, glosses).String()
		starts[i] = x
		x += lipgloss.Width(cols[i]) + gap
	}
	var line strings.Builder
	for i, s := range starts {
		switch i {
		case 0:
			line.WriteString("├")
		case len(starts) - 1:
			line.WriteString(strings.Repeat("─", s-starts[i-1]-1) + "┐")
		default:
			line.WriteString(strings.Repeat("─", s-starts[i-1]-1) + "┬")
		}
	}
	for i := range cols[:len(cols)-1] {
		cols[i] = lipgloss.NewStyle().PaddingRight(gap).Render(cols[i])
	}
	a := st.Diagram.Arrow
	return st.App.Title.Render(depRoot) + "\n" +
		a.Render("│") + "\n" +
		a.Render(line.String()) + "\n" +
		lipgloss.JoinHorizontal(lipgloss.Top, cols...)
}

// depTree draws the whole tree vertically.
func depTree(st theme.Styles, glosses bool) string {
	t := tree.Root(depRoot).
		RootStyle(st.App.Title).
		EnumeratorStyle(st.Diagram.Arrow.PaddingRight(1)).
		IndenterStyle(st.Diagram.Arrow)
	for _, b := range dependability {
		t.Child(branchTree(st, b, glosses))
	}
	return t.String()
}
