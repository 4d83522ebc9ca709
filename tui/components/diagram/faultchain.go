package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/tui/theme"
)

// link is one box of the fault → error → failure chain.
type link struct{ title, definition, example string }

var chain = []link{
	{"FAULT", "the hypothesised cause of an error", "e.g. an off-by-one bug"},
	{"ERROR", "part of the system's state that is wrong", "e.g. a corrupted record"},
	{"FAILURE", "the service deviates from its specification", "e.g. a crash or a wrong reply"},
}

const chainNote = "The chain can stop: a fault may stay dormant and never be activated, " +
	"and an error may be overwritten, corrected or masked before it reaches the service interface. " +
	"A component's failure is a fault for the system that uses it."

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
	boxes := make([]string, len(chain))
	height := 0
	for pass := 0; pass < 2; pass++ {
		for i, l := range chain {
			boxes[i] = box(st, bw, height, l.title, l.definition, st.App.Dim.Render(l.example))
			height = max(height, lipgloss.Height(boxes[i]))
		}
	}
	a, w := st.Diagram.Arrow, st.Diagram.Warn
	first := column(chainArrowWidth, "", a.Render("activated"), a.Render(arrow(11)), w.Render("or stays"), w.Render("dormant"))
	second := column(chainArrowWidth, a.Render("reaches the"), a.Render("interface"), a.Render(arrow(11)), w.Render("or is"), w.Render("masked"))
	row := lipgloss.JoinHorizontal(lipgloss.Top, boxes[0], first, boxes[1], second, boxes[2])
	header := rule("inside the system", 2*bw+chainArrowWidth, st) +
		rule("at the service interface", bw+chainArrowWidth, st)
	return header + "\n" + row + "\n" + st.Diagram.Arrow.Render(wrap(chainNote, lipgloss.Width(row)))
}

func faultChainTall(width int, st theme.Styles) string {
	bw := min(width, 44)
	a, w := st.Diagram.Arrow, st.Diagram.Warn
	steps := []struct{ label, stop string }{
		{"activated", "or it stays dormant"},
		{"propagates to the service interface", "or it is overwritten, corrected or masked"},
	}
	var parts []string
	for i, l := range chain {
		parts = append(parts, box(st, bw, 0, l.title, l.definition, st.App.Dim.Render(l.example)))
		if i < len(steps) {
			parts = append(parts,
				prefixed("  │ ", steps[i].label, width, a, a),
				prefixed("  │ ", steps[i].stop, width, a, w),
				a.Render("  ▼"))
		}
	}
	parts = append(parts, st.Diagram.Arrow.Render(wrap(chainNote, bw)))
	return strings.Join(parts, "\n")
}
