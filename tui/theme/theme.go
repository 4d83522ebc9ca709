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

// Styles are the lipgloss styles of every screen, grouped by area. A
// Styles is small and cheap to pass by value: the styles themselves (36 of
// them, 23 KB) sit behind a pointer that every copy shares, so they are
// never changed in place; Clone gives a copy that may be. Build one with
// New: the zero value has no styles.
type Styles struct {
	// Palette is the colours the styles were built from.
	Palette Palette
	// IsDark records which background the styles are for.
	IsDark bool

	*groups
}

// groups are the styles of a Styles, by area of the screen.
type groups struct {
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
func New(isDark bool) (s Styles) {
	p := NewPalette(isDark)
	s.Palette, s.IsDark, s.groups = p, isDark, new(groups)

	s.App.Title = style(p.Accent, bold)
	s.App.Subtitle = style(p.Subtle, 0)
	s.App.Help = style(p.Subtle, 0)
	s.App.Error = style(p.Bad, 0)
	s.App.Notice = style(p.Warn, 0)
	s.App.Dim = style(p.Muted, 0)

	s.List.Item = style(p.Text, 0)
	s.List.Selected = style(p.Accent, bold)
	s.List.Meta = style(p.Subtle, 0)
	s.List.Done = style(p.Good, 0)

	s.Table.Header = style(p.Accent, bold|padded)
	s.Table.Cell = style(nil, padded)
	s.Table.Label = style(nil, bold|padded)
	s.Table.Border = style(p.Border, 0)
	s.Table.Emphasis = style(p.Good, bold|padded)
	s.Table.Footer = style(p.Subtle, 0)

	s.Diagram.Box = box(p.Accent)
	s.Diagram.Label = style(nil, bold)
	s.Diagram.Arrow = style(p.Subtle, 0)
	s.Diagram.Good = style(p.Good, 0)
	s.Diagram.Warn = style(p.Warn, 0)
	s.Diagram.Bad = style(p.Bad, 0)

	s.Markdown.H1 = style(p.Accent, bold|underline)
	s.Markdown.H2 = style(p.Accent, bold)
	s.Markdown.H3 = style(p.Text, bold)
	s.Markdown.Emph = style(nil, italic)
	s.Markdown.Strong = style(nil, bold)
	s.Markdown.Code = style(p.Warn, 0)
	s.Markdown.CodeBlock = style(p.Subtle, 0)
	s.Markdown.Link = style(p.Accent, underline)
	s.Markdown.URL = style(p.Subtle, 0)
	s.Markdown.QuoteBar = style(p.Accent, 0)
	s.Markdown.Marker = style(p.Accent, 0)
	s.Markdown.Rule = style(p.Border, 0)
	s.Markdown.TableHeader = style(p.Accent, bold)
	s.Markdown.TableBorder = style(p.Border, 0)
	return s
}

// Clone returns a copy of s whose styles can be changed without changing
// s's.
func (s Styles) Clone() Styles {
	g := *s.groups
	s.groups = &g
	return s
}

// attrs are the text attributes a theme style can have besides its colour.
type attrs uint8

const (
	bold attrs = 1 << iota
	italic
	underline
	padded // one cell of padding left and right
)

// style builds one style. It is a function of its own, kept out of line,
// because a Style is 648 bytes and every step of a method chain is a copy:
// written as chains inline, New needed a 57 KB stack frame, and growing
// the stack to hold it was a tenth of the page faults of a short command
// such as `faultline nines`.
//
//go:noinline
func style(fg color.Color, a attrs) lipgloss.Style {
	s := lipgloss.NewStyle()
	if fg != nil {
		s = s.Foreground(fg)
	}
	if a&bold != 0 {
		s = s.Bold(true)
	}
	if a&italic != 0 {
		s = s.Italic(true)
	}
	if a&underline != 0 {
		s = s.Underline(true)
	}
	if a&padded != 0 {
		s = s.Padding(0, 1)
	}
	return s
}

// box is the style of a diagram's boxes: rounded, in fg, padded.
//
//go:noinline
func box(fg color.Color) lipgloss.Style {
	return lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(fg).Padding(0, 1)
}
