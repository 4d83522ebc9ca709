package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/internal/diagrams"
	"faultline/tui/theme"
)

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
	n := len(diagrams.Spectrum.Bands)
	styles := make([]lipgloss.Style, n)
	for i := range n {
		c := st.Palette.Warn
		switch i {
		case 0:
			c = st.Palette.Good
		case n - 1:
			c = st.Palette.Bad
		}
		styles[i] = lipgloss.NewStyle().Foreground(c)
	}
	return styles
}

func spectrumWide(width int, st theme.Styles) string {
	spectrum := diagrams.Spectrum.Bands
	seg := min(width/len(spectrum), 24)
	if seg < 12 {
		return ""
	}
	colours := spectrumColours(st)
	cols := make([]string, len(spectrum))
	for i, b := range spectrum {
		cols[i] = lipgloss.NewStyle().Width(seg).PaddingRight(1).Render(
			colours[i].Render(strings.Repeat("█", seg-1)) + "\n" +
				colours[i].Bold(true).Render(b.Short) + "\n" +
				st.App.Dim.Render(wrap(b.Gist, seg-1)))
	}
	total := seg * len(spectrum)
	// The bracket spans the middle kinds, from the first one's left edge to
	// the last one's right edge.
	span := seg*(len(spectrum)-2) - 1
	var note string
	for _, n := range diagrams.Spectrum.Between {
		if note = " " + n + " "; lipgloss.Width(note)+2 <= span {
			break
		}
	}
	dashes := max(span-2-lipgloss.Width(note), 0)
	bracket := strings.Repeat(" ", seg) + st.Diagram.Arrow.Render("└"+strings.Repeat("─", dashes/2)) +
		st.App.Dim.Render(note) + st.Diagram.Arrow.Render(strings.Repeat("─", dashes-dashes/2)+"┘")
	better, worse := "◀ "+diagrams.Spectrum.Better+" ", " "+diagrams.Spectrum.Worse+" ▶"
	axis := st.Diagram.Good.Render(better) +
		st.Diagram.Arrow.Render(strings.Repeat("─", max(total-lipgloss.Width(better+worse)-1, 1))) +
		st.Diagram.Bad.Render(worse)
	return lipgloss.JoinHorizontal(lipgloss.Top, cols...) + "\n" + bracket + "\n" + axis
}

func spectrumTall(width int, st theme.Styles) string {
	spectrum := diagrams.Spectrum.Bands
	colours := spectrumColours(st)
	w := min(width, 44)
	lines := []string{st.Diagram.Good.Render("▲ " + diagrams.Spectrum.Better)}
	for i, b := range spectrum {
		if i == 1 {
			note := strings.Split(wrap(diagrams.Spectrum.Tall, w-2), "\n")
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
		lines = append(lines, colours[i].Render("██ ")+colours[i].Bold(true).Render(b.Short))
		lines = append(lines, prefixed("   ", b.Gist, w, st.Diagram.Arrow, st.App.Dim))
	}
	lines = append(lines, st.Diagram.Bad.Render("▼ "+diagrams.Spectrum.Worse))
	return strings.Join(lines, "\n")
}
