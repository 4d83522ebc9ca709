package export

import (
	"bytes"
	_ "embed"
	"html"
	"html/template"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"faultline/internal/gfm"
	"faultline/lessons"
	"faultline/quiz"
)

// style is the handout's stylesheet: readable on screen, plain on paper.
//
//go:embed style.css
var style string

// page is the HTML document around the handout's body.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("handout").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="faultline">
<title>{{.Title}}</title>
<style>
{{.Style}}</style>
</head>
<body>
<main>
{{.Body}}</main>
</body>
</html>
`))
})

// markdown converts the handout's Markdown of ls: GitHub tables, heading
// ids for links, raw HTML shown as text rather than run or dropped, and
// images inlined or shown as text, so the page stays self-contained.
func markdown(ls []lessons.Lesson) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(gfm.Table, gfm.Strikethrough),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(
			util.Prioritized(rawHTMLAsText{}, 100), util.Prioritized(newSelfContainedImages(ls), 100))),
	)
}

// HTMLText returns the handout of ls as one self-contained HTML page: the
// Markdown of MarkdownText converted with goldmark inside a document with a
// print-friendly stylesheet. Every piece of text from the lessons is
// escaped; HTML written in a lesson shows as text and never runs. A local
// image (a path relative to its lesson's folder) is inlined; a remote one
// is shown as its address in words, so opening the page fetches nothing.
func HTMLText(ls []lessons.Lesson, bank *quiz.Bank) (string, error) {
	body, err := markdownHTML(markdown(ls), MarkdownText(ls, bank))
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	err = page().Execute(&out, struct {
		Title string
		Style template.CSS
		Body  template.HTML
	}{Title(ls), template.CSS(style), template.HTML(body)})
	return out.String(), err
}

// markdownHTML converts a handout's Markdown to HTML, giving headings
// unique ids in one pass.
func markdownHTML(conv goldmark.Markdown, md string) (string, error) {
	var body bytes.Buffer
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	if err := conv.Convert([]byte(md), &body, parser.WithContext(ctx)); err != nil {
		return "", err
	}
	return body.String(), nil
}

// Title is the handout's title: the lesson's title for one lesson, the
// titles joined for a few, a count for many.
func Title(ls []lessons.Lesson) string {
	switch {
	case len(ls) == 0:
		return "faultline handout"
	case len(ls) == 1:
		return oneLine(ls[0].Title)
	case len(ls) <= 3:
		t := oneLine(ls[0].Title)
		for _, l := range ls[1:] {
			t += " · " + oneLine(l.Title)
		}
		return t
	}
	return "faultline handout: " + itoa(len(ls)) + " lessons"
}

// rawHTMLAsText renders HTML found in the Markdown as escaped text.
type rawHTMLAsText struct{}

// RegisterFuncs replaces goldmark's renderers of raw HTML.
func (rawHTMLAsText) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
	reg.Register(ast.KindRawHTML, renderRawHTML)
}

// renderHTMLBlock writes a block of HTML as an escaped paragraph.
func renderHTMLBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.HTMLBlock)
	if !entering {
		return ast.WalkContinue, nil
	}
	var text bytes.Buffer
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		text.Write(seg.Value(source))
	}
	if n.HasClosure() {
		text.Write(n.ClosureLine.Value(source))
	}
	_, _ = w.WriteString("<p class=\"raw\">" + html.EscapeString(string(bytes.TrimSpace(text.Bytes()))) + "</p>\n")
	return ast.WalkContinue, nil
}

// renderRawHTML writes an inline HTML tag as escaped text.
func renderRawHTML(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*ast.RawHTML)
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		_, _ = w.WriteString(html.EscapeString(string(seg.Value(source))))
	}
	return ast.WalkSkipChildren, nil
}
