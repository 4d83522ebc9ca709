package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/tui/theme"
)

// band is one kind of service on the failure spectrum.
type band struct{ name, gist string }

// spectrum runs from optimal service to complete failure. The three kinds
// of failure between the ends are categories, not steps: which is worse
// depends on the function a failure hits, so they share one colour and are
// drawn under one bracket rather than on the better–worse scale.
var spectrum = []band{
	{"optimal", "every function, with the intended balance of qualities"},
	{"partial", "some functions missing, the rest normal"},
	{"degraded", "every function there, but slower or poorer"},
	{"transient", "a brief outage that recovers by itself"},
	{"complete", "no answer, or answers that are wrong"},
}

// spectrumBetween explains the bracket over the three middle kinds.
const spectrumBetween = "no fixed order: the cost depends on the function hit"

// spectrumBetweenTall is the same note for the tall layout, placed above the
// middle kinds.
const spectrumBetweenTall = "no fixed order between the ends: the cost depends on the function hit"

// failureSpectrum draws optimal service and complete failure at the two ends
// of a good-to-bad scale with the three kinds of failure bracketed between.
func failureSpectrum(width int, st theme.Styles) string {
	return fit(width,
		func() string { return spectrumWide(width, st) },
		func() string { return spectrumTall(width, st) },
	)
}

// spectrumColours gives the good colour to optimal service, the bad one to
// complete failure and the warning colour to every kind in between.
func spectrumColours(st theme.Styles) []lipgloss.Style {
	styles := make([]lipgloss.Style, len(spectrum))
	for i := range spectrum {
		c := st.Palette.Warn
		switch i {
		case 0:
			c = st.Palette.Good
		case len(spectrum) - 1:
			c = st.Palette.Bad
		}
		styles[i] = lipgloss.NewStyle().Foreground(c)
	}
	return styles
}

func spectrumWide(width int, st theme.Styles) string {
	seg := min(width/len(spectrum), 24)
	if seg < 12 {
		return ""
	}
	colours := spectrumColours(st)
	cols := make([]string, len(spectrum))
	for i, b := range spectrum {
		cols[i] = lipgloss.NewStyle().Width(seg).PaddingRight(1).Render(
			colours[i].Render(strings.Repeat("█", seg-1)) + "\n" +
				colours[i].Bold(true).Render(b.name) + "\n" +
				st.App.Dim.Render(wrap(b.gist, seg-1)))
	}
	total := seg * len(spectrum)
	// The bracket spans the middle kinds, from the first one's left edge to
	// the last one's right edge.
	span := seg*(len(spectrum)-2) - 1
	var note string
	for _, n := range []string{spectrumBetween, "no fixed order: it depends on the function", "no fixed order"} {
		if note = " " + n + " "; lipgloss.Width(note)+2 <= span {
			break
		}
	}
	dashes := max(span-2-lipgloss.Width(note), 0)
	bracket := strings.Repeat(" ", seg) + st.Diagram.Arrow.Render("└"+strings.Repeat("─", dashes/2)) +
		st.App.Dim.Render(note) + st.Diagram.Arrow.Render(strings.Repeat("─", dashes-dashes/2)+"┘")
	const better, worse = "◀ better ", " worse ▶"
	axis := st.Diagram.Good.Render(better) +
		st.Diagram.Arrow.Render(strings.Repeat("─", max(total-lipgloss.Width(better+worse)-1, 1))) +
		st.Diagram.Bad.Render(worse)
	return lipgloss.JoinHorizontal(lipgloss.Top, cols...) + "\n" + bracket + "\n" + axis
}

func spectrumTall(width int, st theme.Styles) string {
	colours := spectrumColours(st)
	w := min(width, 44)
	lines := []string{st.Diagram.Good.Render("▲ better")}
	for i, b := range spectrum {
		if i == 1 {
			note := strings.Split(wrap(spectrumBetweenTall, w-2), "\n")
			for j, l := range note {
				mark := "│ "
				if j == 0 {
					mark = "┌ "
				}
				lines = append(lines, st.Diagram.Arrow.Render(mark)+st.App.Dim.Render(l))
			}
		}
		if i == len(spectrum)-1 {
			lines = append(lines, st.Diagram.Arrow.Render("└"))
		}
		lines = append(lines, colours[i].Render("██ ")+colours[i].Bold(true).Render(b.name))
		lines = append(lines, prefixed("   ", b.gist, w, st.Diagram.Arrow, st.App.Dim))
	}
	lines = append(lines, st.Diagram.Bad.Render("▼ worse"))
	return strings.Join(lines, "\n")
}
