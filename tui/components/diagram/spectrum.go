package diagram

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/tui/theme"
)

// band is one band of the failure spectrum.
type band struct{ name, gist string }

var spectrum = []band{
	{"optimal", "every function, with the intended balance of qualities"},
	{"partial", "some functions missing, the rest normal"},
	{"degraded", "every function there, but slower or poorer"},
	{"transient", "a brief outage that recovers by itself"},
	{"complete", "no answer, or answers that are wrong"},
}

// failureSpectrum draws the bands from optimal service to complete failure
// on a scale coloured from good to bad.
func failureSpectrum(width int, st theme.Styles) string {
	return fit(width,
		func() string { return spectrumWide(width, st) },
		func() string { return spectrumTall(width, st) },
	)
}

// spectrumColours blends the palette from good through warning to bad,
// one colour per band.
func spectrumColours(st theme.Styles) []lipgloss.Style {
	colours := lipgloss.Blend1D(len(spectrum), st.Palette.Good, st.Palette.Warn, st.Palette.Bad)
	styles := make([]lipgloss.Style, len(colours))
	for i, c := range colours {
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
	const better, worse = "◀ better ", " worse ▶"
	axis := st.Diagram.Good.Render(better) +
		st.Diagram.Arrow.Render(strings.Repeat("─", max(total-lipgloss.Width(better+worse)-1, 1))) +
		st.Diagram.Bad.Render(worse)
	return lipgloss.JoinHorizontal(lipgloss.Top, cols...) + "\n" + axis
}

func spectrumTall(width int, st theme.Styles) string {
	colours := spectrumColours(st)
	lines := []string{st.Diagram.Good.Render("▲ better")}
	for i, b := range spectrum {
		lines = append(lines, colours[i].Render("██ ")+colours[i].Bold(true).Render(b.name))
		lines = append(lines, prefixed("   ", b.gist, min(width, 44), st.Diagram.Arrow, st.App.Dim))
	}
	lines = append(lines, st.Diagram.Bad.Render("▼ worse"))
	return strings.Join(lines, "\n")
}
