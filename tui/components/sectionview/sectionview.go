// Package sectionview turns a lesson section's Markdown into terminal text
// at a given width: the prose through the Markdown renderer
// (tui/components/markdown), and faultline's own drawings
// (diagrams, the nines table, composed systems, MTBF figures) in place of
// every live block. Results are cached per section and width, so paging
// back and forth in the reader costs a map lookup.
package sectionview

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/markdown"
	"faultline/tui/theme"
)

// margin is the left margin of a section: prose and live blocks alike are
// indented by it, so they line up. Prose keeps the same margin on the
// right, so that lines end clear of the screen's edge.
const margin = 2

// marginAt is the margin at width: none on a screen too narrow to spare it.
func marginAt(width int) int {
	if width <= 4*margin {
		return 0
	}
	return margin
}

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
	md      *markdown.Renderer
	cache   map[cacheKey]string
	bank    *quiz.Bank
	printed bool // no keys to press: hints name commands instead
	spoken  bool // for a screen reader: tables as lines
	// sims are the simulate blocks' runs, by the block's arguments.
	sims       map[string]*simRun
	background bool // simulations run off the caller's goroutine
	// incomplete is set while drawing a block whose simulation is still
	// under way: the section drawn is not cached.
	incomplete bool
}

// New returns a Renderer drawing with st. With plain set, its output holds
// no escape codes at all, for pipes, files and screen readers: the same
// layout, without colours or weights.
func New(st theme.Styles, plain bool) *Renderer {
	return &Renderer{
		st:    st,
		plain: plain,
		md:    markdown.New(st.Markdown, plain),
		cache: map[cacheKey]string{},
		sims:  map[string]*simRun{},
	}
}

// Plain reports whether the renderer produces text without escape codes.
func (r *Renderer) Plain() bool { return r.plain }

// SetStyles switches to new styles (after the terminal reports its
// background colour) and forgets everything rendered with the old ones.
func (r *Renderer) SetStyles(st theme.Styles) {
	r.st = st
	r.md = markdown.New(st.Markdown, r.plain)
	r.md.SetTablesAsLines(r.spoken)
	clear(r.cache)
}

// SetSpoken tells the renderer its text is for a screen reader, which
// reads a boxed table as its border characters: tables become their rows,
// each cell a line "header: value".
func (r *Renderer) SetSpoken(spoken bool) {
	r.spoken = spoken
	r.md.SetTablesAsLines(spoken)
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
	r.incomplete = false
	out := r.Parts(s.Parts, width)
	if !r.incomplete {
		r.cache[k] = out
	}
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
// without caching: the Markdown and each live block drawn in order,
// indented by the margin, a blank line between.
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

// markdown is Markdown drawn inside the margins.
func (r *Renderer) markdown(md string, width int) string {
	m := marginAt(width)
	return indent(r.md.Render(md, width-2*m), m)
}

// indented is block b drawn inside the margin, lined up with the prose.
func (r *Renderer) indented(b lessons.Block, width int) string {
	m := marginAt(width)
	return indent(r.Block(b, width-m), m)
}

// indent puts n spaces before every line of s that is not empty.
func indent(s string, n int) string {
	if n == 0 || s == "" {
		return s
	}
	pad := strings.Repeat(" ", n)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n")
}

// finish removes blank lines at either end, cuts any line wider than
// width (a drawing that cannot fit) and, in plain mode, strips every
// escape code and trailing space.
func (r *Renderer) finish(out string, width int) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if r.plain {
			l = strings.TrimRight(ansi.Strip(l), " ")
		}
		if lipgloss.Width(l) > width {
			l = common.Cut(l, width)
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
