package lessons

import (
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// structure is what the lesson parser needs of a lesson body's CommonMark
// block structure, by 0-based line of the body: which lines are code
// (inside a fenced or indented code block, fences included), the fenced
// code blocks, and the lines that start a top-level list item. It comes
// from goldmark's block parser, the reading of Markdown the renderer draws
// from, so a fence or a list item counts here exactly when it shows as one.
type structure struct {
	code   []bool
	fences []fenceSpan  // every fenced code block, in order of opening
	items  map[int]bool // lines starting a top-level list item
	byOpen map[int]int  // index in fences of the top-level fence opening on a line
	// tooDeep is the first line where lists and quotes nest deeper than
	// maxNesting allows, or -1.
	tooDeep int
}

// maxNesting bounds how deep lists and block quotes nest. No lesson needs
// more, and the bound keeps reading a hostile file fast: goldmark's time
// grows with the square of the nesting on each line.
const maxNesting = 16

// fenceSpan is one fenced code block: its opening and last lines, whether
// a closing fence ends it, its info string, and whether it stands at the
// top level of the document (not in a list item or block quote).
type fenceSpan struct {
	open, last int
	closed     bool
	info       string
	top        bool
}

// topFence returns the top-level fence opening on line i.
func (s *structure) topFence(i int) (fenceSpan, bool) {
	k, ok := s.byOpen[i]
	if !ok {
		return fenceSpan{}, false
	}
	return s.fences[k], true
}

// isCode reports whether line i is inside a code block.
func (s *structure) isCode(i int) bool { return i >= 0 && i < len(s.code) && s.code[i] }

// scanStructure parses src, a lesson body, with goldmark's block parser.
func scanStructure(src string) *structure {
	rec := &recorder{fences: map[ast.Node]int{}, code: map[ast.Node][2]int{}, items: map[int]bool{}, tooDeep: -1}
	pc := parser.NewContext()
	pc.Set(recorderKey, rec)
	source := []byte(src)
	blockParser().Parse(text.NewReader(source), parser.WithContext(pc))

	lines := strings.Count(src, "\n") + 1
	s := &structure{code: make([]bool, lines), fences: rec.spans, items: rec.items, byOpen: map[int]int{}, tooDeep: rec.tooDeep}
	mark := func(from, to int) {
		for i := max(from, 0); i <= to && i < lines; i++ {
			s.code[i] = true
		}
	}
	for k, f := range s.fences {
		mark(f.open, f.last)
		if f.top {
			s.byOpen[f.open] = k
		}
	}
	for _, c := range rec.code {
		mark(c[0], c[1])
	}
	return s
}

// recorderKey is the parser context key under which a parse's recorder sits.
var recorderKey = parser.NewContextKey()

// recorder collects, during one parse, what the wrapped parsers see.
type recorder struct {
	spans  []fenceSpan
	fences map[ast.Node]int    // fenced code block -> index in spans
	code   map[ast.Node][2]int // indented code block -> first and last line
	items  map[int]bool
	// tooDeep is the first line a container was refused on, or -1.
	tooDeep int
}

// recorderOf returns the parse's recorder.
func recorderOf(pc parser.Context) *recorder { return pc.Get(recorderKey).(*recorder) }

// blockParser is goldmark's block parser without inline parsing, its
// fenced code, indented code and list item parsers wrapped to record where
// their blocks open and close. It is safe for concurrent use: a parse's
// state sits in its context.
var blockParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(
			util.Prioritized(parser.NewSetextHeadingParser(), 100),
			util.Prioritized(parser.NewThematicBreakParser(), 200),
			util.Prioritized(depthLimit{parser.NewListParser()}, 300),
			util.Prioritized(itemRecorder{parser.NewListItemParser()}, 400),
			util.Prioritized(codeRecorder{parser.NewCodeBlockParser()}, 500),
			util.Prioritized(parser.NewATXHeadingParser(), 600),
			util.Prioritized(fenceRecorder{parser.NewFencedCodeBlockParser()}, 700),
			util.Prioritized(depthLimit{parser.NewBlockquoteParser()}, 800),
			util.Prioritized(parser.NewHTMLBlockParser(), 900),
			util.Prioritized(paragraphDropper{parser.NewParagraphParser()}, 1000),
		),
		parser.WithInlineParsers(),
		parser.WithParagraphTransformers(),
	)
})

// lineOf is the 0-based line the reader is on.
func lineOf(r text.Reader) int {
	l, _ := r.Position()
	return l
}

// fenceRecorder records each fenced code block's lines and info string.
type fenceRecorder struct{ parser.BlockParser }

// Open implements parser.BlockParser.
func (p fenceRecorder) Open(parent ast.Node, r text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line := lineOf(r)
	n, st := p.BlockParser.Open(parent, r, pc)
	if f, ok := n.(*ast.FencedCodeBlock); ok {
		rec := recorderOf(pc)
		span := fenceSpan{open: line, last: line, top: parent.Kind() == ast.KindDocument}
		if f.Info != nil {
			span.info = strings.TrimSpace(string(f.Info.Segment.Value(r.Source())))
		}
		rec.fences[n] = len(rec.spans)
		rec.spans = append(rec.spans, span)
	}
	return n, st
}

// Continue implements parser.BlockParser.
func (p fenceRecorder) Continue(n ast.Node, r text.Reader, pc parser.Context) parser.State {
	line := lineOf(r)
	st := p.BlockParser.Continue(n, r, pc)
	rec := recorderOf(pc)
	if k, ok := rec.fences[n]; ok {
		rec.spans[k].last = line
		if st == parser.Close {
			rec.spans[k].closed = true
		}
	}
	return st
}

// codeRecorder records each indented code block's lines.
type codeRecorder struct{ parser.BlockParser }

// Open implements parser.BlockParser.
func (p codeRecorder) Open(parent ast.Node, r text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line := lineOf(r)
	n, st := p.BlockParser.Open(parent, r, pc)
	if n != nil {
		recorderOf(pc).code[n] = [2]int{line, line}
	}
	return n, st
}

// Continue implements parser.BlockParser.
func (p codeRecorder) Continue(n ast.Node, r text.Reader, pc parser.Context) parser.State {
	line := lineOf(r)
	st := p.BlockParser.Continue(n, r, pc)
	if st&parser.Continue != 0 {
		rec := recorderOf(pc)
		span := rec.code[n]
		rec.code[n] = [2]int{span[0], line}
	}
	return st
}

// itemRecorder records the line of each top-level list item's marker.
type itemRecorder struct{ parser.BlockParser }

// Open implements parser.BlockParser.
func (p itemRecorder) Open(parent ast.Node, r text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line := lineOf(r)
	n, st := p.BlockParser.Open(parent, r, pc)
	if n != nil && parent.Parent() != nil && parent.Parent().Kind() == ast.KindDocument {
		recorderOf(pc).items[line] = true
	}
	return n, st
}

// paragraphDropper forgets a paragraph's lines once it is closed: nothing
// here reads inline content, so goldmark's inline pass then has nothing to
// do for it.
type paragraphDropper struct{ parser.BlockParser }

// Close implements parser.BlockParser.
func (p paragraphDropper) Close(n ast.Node, r text.Reader, pc parser.Context) {
	p.BlockParser.Close(n, r, pc)
	n.Lines().Clear()
}

// depthLimit refuses to open a list or block quote that would nest
// deeper than maxNesting levels, recording the line; the line is then read
// as text.
type depthLimit struct{ parser.BlockParser }

// Open implements parser.BlockParser.
func (p depthLimit) Open(parent ast.Node, r text.Reader, pc parser.Context) (ast.Node, parser.State) {
	depth := 0
	for n := parent; n != nil; n = n.Parent() {
		if k := n.Kind(); k == ast.KindList || k == ast.KindBlockquote {
			depth++
		}
	}
	if depth > maxNesting {
		if rec := recorderOf(pc); rec.tooDeep < 0 {
			rec.tooDeep = lineOf(r)
		}
		return nil, parser.NoChildren
	}
	return p.BlockParser.Open(parent, r, pc)
}
