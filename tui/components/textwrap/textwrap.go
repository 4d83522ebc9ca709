// Package textwrap is the word wrap every screen, component and command of
// faultline uses: Lip Gloss's, with a number kept on one line with the unit
// after it ("10 s", "99.9 %", "4 nines"), by internal/figures' rule. The
// Markdown renderer wraps with its own wrapper and the same rule
// (figures.Glued). What comes out has plain spaces, as it went in.
package textwrap

import (
	"charm.land/lipgloss/v2"

	"faultline/internal/figures"
)

// Wrap is lipgloss.Wrap(s, width, breakpoints) that never breaks a line
// between a number and its unit.
func Wrap(s string, width int, breakpoints string) string {
	return figures.Unbind(lipgloss.Wrap(figures.Bind(s), width, breakpoints))
}

// Render is st.Render(s) for a style that wraps s to its width, never
// between a number and its unit.
func Render(st lipgloss.Style, s string) string {
	return figures.Unbind(st.Render(figures.Bind(s)))
}
