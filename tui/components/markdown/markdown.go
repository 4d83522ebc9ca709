// Package markdown draws the Markdown of faultline's lessons in a
// terminal: headings, paragraphs, emphasis, strong text, code spans and
// blocks, ordered and bullet lists (nested, with hanging indents), block
// quotes, tables, links shown as their text and address, and thematic
// rules, word-wrapped to a width.
//
// It walks goldmark's syntax tree and styles the text with the theme's
// Markdown styles, so lessons look like the rest of the course. Emphasis
// and strong text are italic and bold, never Markdown's own markers: on a
// terminal without colour (NO_COLOR) they stay italic and bold, and in
// plain mode (pipes, files, the accessible reader) the output holds no
// escape codes at all.
//
// Rendering takes time linear in the size of the text.
package markdown

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"faultline/internal/gfm"
	"faultline/tui/theme"
)

// Renderer turns Markdown into terminal text. It keeps its parser and the
// styles it has built, so one Renderer serves many calls; it is not safe
// for concurrent use.
type Renderer struct {
	st    theme.Markdown
	plain bool
	// rowsAsLines draws every table as its rows, each cell a line headed
	// by its column's name: for a screen reader, which reads a boxed table
	// as its border characters.
	rowsAsLines bool
	parser      parser.Parser
	styles      map[styleKey]string
}

// New returns a Renderer drawing with st. With plain set, the output holds
// no escape codes: the same layout, without colours or weights.
func New(st theme.Markdown, plain bool) *Renderer {
	return &Renderer{
		st:     st,
		plain:  plain,
		parser: goldmark.New(goldmark.WithExtensions(gfm.Table)).Parser(),
		styles: map[styleKey]string{},
	}
}

// SetTablesAsLines makes every table a list of its rows, each cell a line
// "header: value", as a screen reader needs them; by default a table is
// drawn in a box and only becomes such a list when it cannot fit.
func (r *Renderer) SetTablesAsLines(on bool) { r.rowsAsLines = on }

// Plain reports whether the renderer writes text without escape codes.
func (r *Renderer) Plain() bool { return r.plain }

// Render draws md at most width columns wide. The result has no blank
// lines at either end and no newline at the end; an empty document or a
// width below 1 gives "".
func (r *Renderer) Render(md string, width int) string {
	if width < 1 || strings.TrimSpace(md) == "" {
		return ""
	}
	src := []byte(md)
	doc := r.parser.Parse(text.NewReader(src))
	d := drawer{r: r, src: src}
	lines := d.children(doc, width, 0)
	for i, l := range lines {
		// A last guard: every construct keeps to its width, but a wide
		// rune in a one-column space cannot.
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}

// drawer renders one document.
type drawer struct {
	r   *Renderer
	src []byte
}

// children draws the block children of n one after another, a blank line
// between them except after the text of a tight list item.
func (d *drawer) children(n ast.Node, width, depth int) []string {
	var out []string
	var prev ast.Node
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		lines := d.block(c, width, depth)
		if lines == nil {
			continue
		}
		if prev != nil && prev.Kind() != ast.KindTextBlock {
			out = append(out, "")
		}
		out = append(out, lines...)
		prev = c
	}
	return out
}

// block draws one block node; nil means it shows nothing (an HTML comment).
func (d *drawer) block(n ast.Node, width, depth int) []string {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return d.wrap(n, width, baseNone)
	case *ast.Heading:
		return d.wrap(n, width, headingBase(n.Level))
	case *ast.List:
		return d.list(n, width, depth)
	case *ast.Blockquote:
		return d.quote(n, width, depth)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return d.code(n, width)
	case *ast.ThematicBreak:
		return []string{d.r.paint(baseRule, 0, strings.Repeat("─", width))}
	case *ast.HTMLBlock:
		return d.html(n, width)
	case *extTable:
		return d.table(n, width)
	}
	if n.HasChildren() {
		return d.children(n, width, depth)
	}
	return nil
}
