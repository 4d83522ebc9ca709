package markdown

import (
	"image/color"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// style is a set of inline styles that apply to a run of text.
type style uint8

const (
	styleEmph style = 1 << iota
	styleStrong
	styleCode
	styleLink
	styleURL
)

// base is the style of a whole block, under its inline styles.
type base uint8

const (
	baseNone base = iota
	baseH1
	baseH2
	baseH3
	baseCode
	baseQuoteBar
	baseMarker
	baseRule
	baseTableHeader
	baseTableBorder
)

// headingBase is the base style of a heading of level (1–6).
func headingBase(level int) base {
	switch level {
	case 1:
		return baseH1
	case 2:
		return baseH2
	}
	return baseH3
}

// styleKey names one combination of a base and inline styles.
type styleKey struct {
	b base
	s style
}

// paint renders text in the base b with the inline styles s; in plain
// mode, or with nothing to apply, it returns text unchanged. Each call
// opens and closes its own style, so a line never leaks a style into the
// next, however the lines are cut or scrolled.
func (r *Renderer) paint(b base, s style, text string) string {
	if r.plain || text == "" || b == baseNone && s == 0 {
		return text
	}
	k := styleKey{b, s}
	seq, ok := r.styles[k]
	if !ok {
		seq = sgr(r.compose(b, s))
		r.styles[k] = seq
	}
	if seq == "" {
		return text
	}
	return seq + text + ansi.ResetStyle
}

// sgr is the escape sequence that sets st's colours and attributes. It
// is written once per style instead of through Style.Render, which
// underlines rune by rune and would make every line many times longer.
func sgr(st lipgloss.Style) string {
	var a ansi.Style
	if st.GetBold() {
		a = a.Bold()
	}
	if st.GetFaint() {
		a = a.Faint()
	}
	if st.GetItalic() {
		a = a.Italic(true)
	}
	if st.GetUnderline() {
		a = a.Underline(true)
	}
	if st.GetStrikethrough() {
		a = a.Strikethrough(true)
	}
	if st.GetReverse() {
		a = a.Reverse(true)
	}
	if c := st.GetForeground(); isColor(c) {
		a = a.ForegroundColor(c)
	}
	if c := st.GetBackground(); isColor(c) {
		a = a.BackgroundColor(c)
	}
	if len(a) == 0 {
		return ""
	}
	return a.String()
}

// isColor reports whether c is a colour, not "no colour".
func isColor(c color.Color) bool {
	if c == nil {
		return false
	}
	_, none := c.(lipgloss.NoColor)
	return !none
}

// compose layers the inline styles over the base: the most specific
// (code, a link's address) wins where two set the same property.
func (r *Renderer) compose(b base, s style) lipgloss.Style {
	m := r.st
	st := lipgloss.NewStyle()
	layers := []struct {
		on bool
		st lipgloss.Style
	}{
		{s&styleCode != 0, m.Code},
		{s&styleURL != 0, m.URL},
		{s&styleLink != 0, m.Link},
		{s&styleStrong != 0, m.Strong},
		{s&styleEmph != 0, m.Emph},
	}
	for _, l := range layers {
		if l.on {
			st = st.Inherit(l.st)
		}
	}
	switch b {
	case baseH1:
		st = st.Inherit(m.H1)
	case baseH2:
		st = st.Inherit(m.H2)
	case baseH3:
		st = st.Inherit(m.H3)
	case baseCode:
		st = st.Inherit(m.CodeBlock)
	case baseQuoteBar:
		st = st.Inherit(m.QuoteBar)
	case baseMarker:
		st = st.Inherit(m.Marker)
	case baseRule:
		st = st.Inherit(m.Rule)
	case baseTableHeader:
		st = st.Inherit(m.TableHeader)
	case baseTableBorder:
		st = st.Inherit(m.TableBorder)
	}
	return st
}
