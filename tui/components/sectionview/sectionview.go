// Package sectionview turns a lesson section's Markdown into terminal text
// at a given width: Glamour for the prose, and faultline's own drawings
// (diagrams, the nines table, composed systems, MTBF figures) in place of
// every live block. Results are cached per section and width, so paging
// back and forth in the reader costs a map lookup.
package sectionview

import (
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/theme"
)

// margin is the left margin Glamour's built-in styles give the document;
// live blocks are indented by the same amount so they line up with the prose.
const margin = 2

// minGlamourWidth is the narrowest wrap width handed to Glamour; narrower
// output is cut to width afterwards.
const minGlamourWidth = 12

// cacheKey identifies one rendered section: the lesson, the section's index
// in it and the width.
type cacheKey struct {
	lesson       string
	index, width int
}

// Renderer renders sections and keeps what it rendered. It is not safe for
// concurrent use; a Bubble Tea program calls it from its one update loop.
type Renderer struct {
	st      theme.Styles
	plain   bool
	glamour map[int]*glamour.TermRenderer
	cache   map[cacheKey]string
	bank    *quiz.Bank
}

// New returns a Renderer drawing with st. With plain set, its output holds
// no escape codes at all: Glamour's notty style for the prose and unstyled
// drawings, for pipes, files and screen readers.
func New(st theme.Styles, plain bool) *Renderer {
	return &Renderer{
		st:      st,
		plain:   plain,
		glamour: map[int]*glamour.TermRenderer{},
		cache:   map[cacheKey]string{},
	}
}

// Plain reports whether the renderer produces text without escape codes.
func (r *Renderer) Plain() bool { return r.plain }

// SetStyles switches to new styles (after the terminal reports its
// background colour) and forgets everything rendered with the old ones.
func (r *Renderer) SetStyles(st theme.Styles) {
	r.st = st
	clear(r.glamour)
	clear(r.cache)
}

// Section renders section s, the index-th section of lesson lessonID, at
// most width columns wide. The result is cached under (lessonID, index,
// width): calling again with the same three returns the cached text
// without looking at s, so s must be the same section each time.
func (r *Renderer) Section(lessonID string, index int, s lessons.Section, width int) string {
	k := cacheKey{lessonID, index, width}
	if out, ok := r.cache[k]; ok {
		return out
	}
	out := r.Parts(s.Parts, width)
	r.cache[k] = out
	return out
}

// Cached reports whether the section is already rendered at width.
func (r *Renderer) Cached(lessonID string, index, width int) bool {
	_, ok := r.cache[cacheKey{lessonID, index, width}]
	return ok
}

// Markdown renders Markdown text at most width columns wide, without
// caching: a lesson's introduction, speaker notes, or a Markdown part. A
// fence in it is drawn as code; live blocks are parts of their own (see
// Parts).
func (r *Renderer) Markdown(md string, width int) string {
	if width < 1 {
		return ""
	}
	return r.finish(r.markdown(md, width), width)
}

// Parts renders a section's parts in order at most width columns wide,
// without caching: the Markdown through Glamour, each live block drawn in
// its place and indented by the document margin, a blank line between.
func (r *Renderer) Parts(parts []lessons.Part, width int) string {
	if width < 1 {
		return ""
	}
	var drawn []string
	for _, p := range parts {
		var out string
		switch {
		case p.Blank():
			continue
		case p.IsBlock():
			out = r.indented(*p.Block, width)
		default:
			out = r.finish(r.markdown(p.Source, width), width)
		}
		drawn = append(drawn, out)
	}
	return r.finish(strings.Join(drawn, "\n\n"), width)
}

// markdown is Markdown through Glamour with lists' hanging indents.
func (r *Renderer) markdown(md string, width int) string {
	return hangIndent(r.prose(md, width), max(width, minGlamourWidth))
}

// indented is block b drawn, each line indented by the document margin so
// it lines up with the prose.
func (r *Renderer) indented(b lessons.Block, width int) string {
	lines := strings.Split(r.Block(b, width-margin), "\n")
	for i, l := range lines {
		lines[i] = strings.Repeat(" ", margin) + l
	}
	return strings.Join(lines, "\n")
}

// prose renders Markdown through Glamour, falling back to the text
// wrapped as it is if Glamour refuses it.
func (r *Renderer) prose(md string, width int) string {
	gw := max(width, minGlamourWidth)
	tr, ok := r.glamour[gw]
	if !ok {
		var err error
		tr, err = glamour.NewTermRenderer(glamour.WithStyles(r.glamourStyle()), glamour.WithWordWrap(gw))
		if err != nil {
			return lipgloss.Wrap(md, width, "")
		}
		r.glamour[gw] = tr
	}
	out, err := tr.Render(joinListLines(md))
	if err != nil {
		return lipgloss.Wrap(md, width, "")
	}
	return out
}

// glamourStyle chooses Glamour's style explicitly: plainStyle when plain,
// else light or dark to match the terminal's background.
func (r *Renderer) glamourStyle() ansiStyle {
	switch {
	case r.plain:
		return plainStyle()
	case r.st.IsDark:
		return styles.DarkStyleConfig
	}
	return styles.LightStyleConfig
}

// plainStyle is Glamour's notty style without the asterisks it writes
// around emphasis: wrapped across lines they come out as "**word****
// ****word**", which reads worse than no marker at all.
func plainStyle() ansiStyle {
	s := styles.NoTTYStyleConfig
	s.Emph.BlockPrefix, s.Emph.BlockSuffix = "", ""
	s.Strong.BlockPrefix, s.Strong.BlockSuffix = "", ""
	return s
}

// finish removes the blank lines Glamour puts around the document, cuts
// any line wider than width and, in plain mode, strips every escape code
// and trailing space.
func (r *Renderer) finish(out string, width int) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if r.plain {
			l = strings.TrimRight(ansi.Strip(l), " ")
		}
		if lipgloss.Width(l) > width {
			l = ansi.Truncate(l, width, "…")
		}
		lines[i] = l
	}
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
