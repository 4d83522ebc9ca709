package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/internal/diagrams"
	"faultline/tui/theme"
)

// faultChain draws the fault → error → failure chain.
func faultChain(width int, st theme.Styles) string {
	return fit(width,
		func() string { return faultChainWide(width, st) },
		func() string { return faultChainTall(width, st) },
	)
}

// chainArrowWidth is the width of the arrow columns between the boxes.
const chainArrowWidth = 13

func faultChainWide(width int, st theme.Styles) string {
	bw := min((width-2*chainArrowWidth)/3, 30)
	if bw < 18 {
		return ""
	}
	c := diagrams.Chain
	boxes := make([]string, len(c.Links))
	height := 0
	for pass := 0; pass < 2; pass++ {
		for i, l := range c.Links {
			boxes[i] = linkBox(st, bw, height, l)
			height = max(height, lipgloss.Height(boxes[i]))
		}
	}
	cols := []string{boxes[0]}
	for i, s := range c.Steps {
		cols = append(cols, stepColumn(st, s), boxes[i+1])
	}
	row := lipgloss.JoinHorizontal(lipgloss.Top, cols...)
	header := rule(c.Inside, 2*bw+chainArrowWidth, st) +
		rule(c.AtEdge, bw+chainArrowWidth, st)
	return header + "\n" + row + "\n" + st.Diagram.Arrow.Render(wrap(c.Note, lipgloss.Width(row)))
}

// linkBox draws one link of the chain as a box: its name, definition and
// example.
func linkBox(st theme.Styles, bw, height int, l diagrams.Link) string {
	return box(st, bw, height, l.Title(), l.Definition, st.App.Dim.Render("e.g. "+l.Example))
}

// stepColumn draws a step between two boxes of the wide layout: how the
// chain goes on above the arrow (bottom-aligned on two lines), how it
// stops below it.
func stepColumn(st theme.Styles, s diagrams.Step) string {
	a, w := st.Diagram.Arrow, st.Diagram.Warn
	var lines []string
	for range 2 - len(s.WideGoes) {
		lines = append(lines, "")
	}
	for _, l := range s.WideGoes {
		lines = append(lines, a.Render(l))
	}
	lines = append(lines, a.Render(arrow(chainArrowWidth-2)))
	for _, l := range s.WideStops {
		lines = append(lines, w.Render(l))
	}
	return column(chainArrowWidth, lines...)
}

func faultChainTall(width int, st theme.Styles) string {
	bw := min(width, 44)
	a, w := st.Diagram.Arrow, st.Diagram.Warn
	c := diagrams.Chain
	var parts []string
	for i, l := range c.Links {
		parts = append(parts, linkBox(st, bw, 0, l))
		if i < len(c.Steps) {
			parts = append(parts,
				prefixed("  │ ", c.Steps[i].Goes, width, a, a),
				prefixed("  │ ", c.Steps[i].Stops, width, a, w),
				a.Render("  ▼"))
		}
	}
	parts = append(parts, st.Diagram.Arrow.Render(wrap(c.Note, bw)))
	return strings.Join(parts, "\n")
}
