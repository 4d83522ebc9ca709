// Package theme holds faultline's one palette and the styles built from it.
// Every screen draws with a Styles value; the root rebuilds it when the
// terminal reports its background colour.
package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Palette is the set of colours faultline draws with.
type Palette struct {
	Accent, Subtle, Muted, Text, Good, Warn, Bad, Border, Highlight color.Color
}

// NewPalette returns the palette for a dark or light background. Both read
// well on either, so the default (dark) is safe before the terminal answers.
func NewPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	return Palette{
		Accent:    ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#A08CFF")),
		Subtle:    ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A")),
		Muted:     ld(lipgloss.Color("#A0A0A0"), lipgloss.Color("#5C5C5C")),
		Text:      ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#E6E6E6")),
		Good:      ld(lipgloss.Color("#1E7A3C"), lipgloss.Color("#5FD787")),
		Warn:      ld(lipgloss.Color("#A05A00"), lipgloss.Color("#FFB454")),
		Bad:       ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF6B6B")),
		Border:    ld(lipgloss.Color("#C8C8C8"), lipgloss.Color("#444444")),
		Highlight: ld(lipgloss.Color("#EDE7FF"), lipgloss.Color("#2E2650")),
	}
}

// Styles are the lipgloss styles of every screen, grouped by area.
type Styles struct {
	// Palette is the colours the styles were built from.
	Palette Palette
	// IsDark records which background the styles are for.
	IsDark bool

	App struct {
		Title, Subtitle, Help, Error, Notice, Dim lipgloss.Style
	}
	List struct {
		Item, Selected, Meta, Done lipgloss.Style
	}
	Table struct {
		Header, Cell, Label, Border, Emphasis, Footer lipgloss.Style
	}
	Diagram struct {
		Box, Label, Arrow, Good, Warn, Bad lipgloss.Style
	}
	// Markdown styles lesson text (tui/components/markdown). Emphasis is
	// italic and strong is bold, without colour, so that a terminal without
	// colour (NO_COLOR) still shows both.
	Markdown Markdown
}

// Markdown are the styles of rendered Markdown. The structure (bullets,
// indents, table borders, quote bars) is the renderer's; these only colour
// and weight it, so zero styles give plain text.
type Markdown struct {
	// H1, H2 and H3 are headings; deeper levels use H3.
	H1, H2, H3 lipgloss.Style
	// Emph is *emphasis*, Strong is **strong**.
	Emph, Strong lipgloss.Style
	// Code is a `code span`; CodeBlock the lines of a fenced or indented block.
	Code, CodeBlock lipgloss.Style
	// Link is a link's text, URL the address shown after it.
	Link, URL lipgloss.Style
	// QuoteBar is the bar left of a block quote, Marker a list's bullet or
	// number, Rule a thematic break.
	QuoteBar, Marker, Rule lipgloss.Style
	// TableHeader is a table's header cells, TableBorder its lines.
	TableHeader, TableBorder lipgloss.Style
}

// New builds the styles for a dark or light background.
func New(isDark bool) Styles {
	p := NewPalette(isDark)
	var s Styles
	s.Palette, s.IsDark = p, isDark

	s.App.Title = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	s.App.Subtitle = lipgloss.NewStyle().Foreground(p.Subtle)
	s.App.Help = lipgloss.NewStyle().Foreground(p.Subtle)
	s.App.Error = lipgloss.NewStyle().Foreground(p.Bad)
	s.App.Notice = lipgloss.NewStyle().Foreground(p.Warn)
	s.App.Dim = lipgloss.NewStyle().Foreground(p.Muted)

	s.List.Item = lipgloss.NewStyle().Foreground(p.Text)
	s.List.Selected = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	s.List.Meta = lipgloss.NewStyle().Foreground(p.Subtle)
	s.List.Done = lipgloss.NewStyle().Foreground(p.Good)

	s.Table.Header = lipgloss.NewStyle().Bold(true).Foreground(p.Accent).Padding(0, 1)
	s.Table.Cell = lipgloss.NewStyle().Padding(0, 1)
	s.Table.Label = lipgloss.NewStyle().Bold(true).Padding(0, 1)
	s.Table.Border = lipgloss.NewStyle().Foreground(p.Border)
	s.Table.Emphasis = lipgloss.NewStyle().Bold(true).Foreground(p.Good).Padding(0, 1)
	s.Table.Footer = lipgloss.NewStyle().Foreground(p.Subtle)

	s.Diagram.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Accent).Padding(0, 1)
	s.Diagram.Label = lipgloss.NewStyle().Bold(true)
	s.Diagram.Arrow = lipgloss.NewStyle().Foreground(p.Subtle)
	s.Diagram.Good = lipgloss.NewStyle().Foreground(p.Good)
	s.Diagram.Warn = lipgloss.NewStyle().Foreground(p.Warn)
	s.Diagram.Bad = lipgloss.NewStyle().Foreground(p.Bad)

	s.Markdown = newMarkdown(p)
	return s
}

// newMarkdown builds the Markdown styles from the palette.
func newMarkdown(p Palette) Markdown {
	return Markdown{
		H1:          lipgloss.NewStyle().Bold(true).Underline(true).Foreground(p.Accent),
		H2:          lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		H3:          lipgloss.NewStyle().Bold(true).Foreground(p.Text),
		Emph:        lipgloss.NewStyle().Italic(true),
		Strong:      lipgloss.NewStyle().Bold(true),
		Code:        lipgloss.NewStyle().Foreground(p.Warn),
		CodeBlock:   lipgloss.NewStyle().Foreground(p.Subtle),
		Link:        lipgloss.NewStyle().Underline(true).Foreground(p.Accent),
		URL:         lipgloss.NewStyle().Foreground(p.Subtle),
		QuoteBar:    lipgloss.NewStyle().Foreground(p.Accent),
		Marker:      lipgloss.NewStyle().Foreground(p.Accent),
		Rule:        lipgloss.NewStyle().Foreground(p.Border),
		TableHeader: lipgloss.NewStyle().Bold(true).Foreground(p.Accent),
		TableBorder: lipgloss.NewStyle().Foreground(p.Border),
	}
}
