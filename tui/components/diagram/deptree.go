package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/tree"

	"faultline/internal/diagrams"
	"faultline/tui/theme"
)

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
func branchTree(st theme.Styles, b diagrams.Branch, glosses bool) *tree.Tree {
	t := tree.Root(b.Name).
		RootStyle(st.Diagram.Label.Foreground(st.Palette.Accent)).
		EnumeratorStyle(st.Diagram.Arrow.PaddingRight(1)).
		IndenterStyle(st.Diagram.Arrow)
	for _, l := range b.Leaves {
		item := l.Name
		if glosses {
			item += " " + st.App.Dim.Render("· "+l.Gloss)
		}
		t.Child(item)
	}
	return t
}

// depSideBySide puts the root on top and the three branches in columns
// under it, joined by a connecting line.
func depSideBySide(st theme.Styles, glosses bool) string {
	const gap = 3
	branches := diagrams.Dependability.Branches
	cols := make([]string, len(branches))
	starts := make([]int, len(branches))
	x := 0
	for i, b := range branches {
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
	return st.App.Title.Render(diagrams.Dependability.Root) + "\n" +
		a.Render("│") + "\n" +
		a.Render(line.String()) + "\n" +
		lipgloss.JoinHorizontal(lipgloss.Top, cols...)
}

// depTree draws the whole tree vertically.
func depTree(st theme.Styles, glosses bool) string {
	t := tree.Root(diagrams.Dependability.Root).
		RootStyle(st.App.Title).
		EnumeratorStyle(st.Diagram.Arrow.PaddingRight(1)).
		IndenterStyle(st.Diagram.Arrow)
	for _, b := range diagrams.Dependability.Branches {
		t.Child(branchTree(st, b, glosses))
	}
	return t.String()
}
