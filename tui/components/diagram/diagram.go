// Package diagram draws the course's named diagrams (the fault chain, the
// fault taxonomy, the dependability tree, the failure spectrum and the
// circuit breaker) as terminal text that fits a given width: side by side
// when there is room, stacked when the terminal is narrow.
package diagram

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/diagrams"
	"faultline/tui/components/textwrap"
	"faultline/tui/theme"
)

// MinWidth is the narrowest width at which diagrams are drawn in full;
// below it Render returns only the diagram's name, cut to fit.
const MinWidth = 10

// drawers maps each diagram name to the function that draws it; what each
// diagram says comes from internal/diagrams.
var drawers = map[string]func(width int, st theme.Styles) string{
	diagrams.FaultChain:        faultChain,
	diagrams.FaultTaxonomy:     faultTaxonomy,
	diagrams.DependabilityTree: dependabilityTree,
	diagrams.FailureSpectrum:   failureSpectrum,
	diagrams.CircuitBreaker:    circuitBreaker,
}

// Names returns the names Render can draw, sorted.
func Names() []string {
	names := make([]string, 0, len(drawers))
	for n := range drawers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Render draws the diagram called name at most width columns wide. An
// unknown name gives a boxed error message naming the known diagrams; a
// width below MinWidth gives the name alone. Render never panics and no
// line of its result is wider than width.
func Render(name string, width int, st theme.Styles) string {
	if width < MinWidth {
		if width <= 0 {
			return ""
		}
		return ansi.Truncate(name, width, "…")
	}
	draw, ok := drawers[name]
	if !ok {
		return clip(errorBox(name, width, st), width)
	}
	return clip(draw(width, st), width)
}

// errorBox says that name is not a diagram and lists the ones that are.
func errorBox(name string, width int, st theme.Styles) string {
	msg := fmt.Sprintf("unknown diagram %q; known: %s", name, strings.Join(Names(), ", "))
	return lipgloss.NewStyle().
		Border(lipgloss.RoundedBorder()).
		BorderForeground(st.Palette.Bad).
		Foreground(st.Palette.Bad).
		Padding(0, 1).
		Width(min(width, 60)).
		Render(msg)
}

// fit returns the first candidate drawing whose lines all fit width, or
// the last candidate when none does. Candidates are built only as needed;
// one that returns "" has judged itself too wide without drawing.
func fit(width int, candidates ...func() string) string {
	var out string
	for _, c := range candidates {
		if s := c(); s != "" {
			out = s
			if lipgloss.Width(out) <= width {
				return out
			}
		}
	}
	return out
}

// clip cuts every line of s that is wider than width.
func clip(s string, width int) string {
	if lipgloss.Width(s) <= width {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if lipgloss.Width(l) > width {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// wrap word-wraps text to width columns without padding the lines.
func wrap(text string, width int) string {
	if width < 1 {
		width = 1
	}
	return textwrap.Wrap(text, width, "")
}

// prefixed wraps text to fit width after prefix and puts prefix before
// every resulting line, styling the text with style.
func prefixed(prefix, text string, width int, pre, style lipgloss.Style) string {
	lines := strings.Split(wrap(text, width-lipgloss.Width(prefix)), "\n")
	for i, l := range lines {
		lines[i] = pre.Render(prefix) + style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// box draws a bordered box outer columns wide (and, if height > 0, that
// many rows tall) with a bold title and the body lines under it.
func box(st theme.Styles, outer, height int, title string, body ...string) string {
	style := st.Diagram.Box.Width(outer)
	if height > 0 {
		style = style.Height(height)
	}
	parts := append([]string{st.Diagram.Label.Render(title)}, body...)
	return textwrap.Render(style, strings.Join(parts, "\n"))
}

// column stacks lines into a block w columns wide, each line centred.
func column(w int, lines ...string) string {
	for i, l := range lines {
		lines[i] = lipgloss.PlaceHorizontal(w, lipgloss.Center, l)
	}
	return strings.Join(lines, "\n")
}

// rule draws "── label ──" exactly w columns wide, the label centred.
func rule(label string, w int, st theme.Styles) string {
	label = " " + label + " "
	lw := lipgloss.Width(label)
	if lw+2 > w {
		return st.Diagram.Arrow.Render(ansi.Truncate(strings.TrimSpace(label), w, "…"))
	}
	left := (w - lw) / 2
	right := w - lw - left
	return st.Diagram.Arrow.Render(strings.Repeat("─", left)) + st.Diagram.Label.Render(label) + st.Diagram.Arrow.Render(strings.Repeat("─", right))
}

// arrow is a right-pointing arrow n columns wide.
func arrow(n int) string {
	if n < 2 {
		return "▶"
	}
	return strings.Repeat("─", n-1) + "▶"
}
