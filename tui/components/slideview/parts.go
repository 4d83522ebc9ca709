package slideview

import (
	"strings"

	"faultline/internal/lecture"
	"faultline/lessons"
)

// Part is one piece of a slide's body: Markdown drawn by sectionview, or
// a live block drawn by an interactive widget.
type Part struct {
	// Markdown is the text of a Markdown piece.
	Markdown string
	// Block is the live block of a widget piece; Widget is its index
	// among the slide's widgets.
	Block  *lessons.Block
	Widget int
}

// Parts are the pieces of slide s at reveal step step, in order; a
// negative step gives the whole slide.
func Parts(s lecture.Slide, step int) []Part {
	body := s.Body
	if s.Steps > 0 {
		body = revealed(body, step)
	}
	return splitParts(body, s.Blocks)
}

// interactive reports whether a block kind becomes a live widget on a
// slide; the others (diagrams) stay static inside the Markdown.
func interactive(kind string) bool {
	switch kind {
	case lessons.KindNines, lessons.KindCompose, lessons.KindMTBF, lessons.KindScenario, lessons.KindQuiz:
		return true
	}
	return false
}

// splitParts cuts md into Markdown pieces and the interactive live blocks
// between them. Block fences are matched in order with blocks (the
// slide's parsed live blocks); a fence beyond them is read from its info
// string.
func splitParts(md string, blocks []lessons.Block) []Part {
	var parts []Part
	var cur strings.Builder
	flush := func() {
		if strings.TrimSpace(cur.String()) != "" {
			parts = append(parts, Part{Markdown: cur.String()})
		}
		cur.Reset()
	}
	nblock, nwidget := 0, 0
	fence := ""
	skip := false // inside an interactive block's fence, dropped from the Markdown
	for line := range strings.Lines(md) {
		t := strings.TrimRight(line, "\r\n")
		if fence != "" {
			if closesFence(t, fence) {
				fence = ""
				if skip {
					skip = false
					continue
				}
			}
			if !skip {
				cur.WriteString(line)
			}
			continue
		}
		if f := opensFence(t); f != "" {
			fence = f
			info := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(t), f[:1]))
			if fields := strings.Fields(info); len(fields) > 0 && fields[0] == "faultline" {
				b := blockAt(blocks, nblock, info)
				nblock++
				if interactive(b.Kind) {
					flush()
					parts = append(parts, Part{Block: &b, Widget: nwidget})
					nwidget++
					skip = true
					continue
				}
			}
		}
		cur.WriteString(line)
	}
	flush()
	return parts
}

// blockAt returns blocks[i], or the block read from info when the slide
// has fewer parsed blocks than fences.
func blockAt(blocks []lessons.Block, i int, info string) lessons.Block {
	if i < len(blocks) {
		return blocks[i]
	}
	rest := strings.TrimSpace(strings.TrimPrefix(info, "faultline"))
	kind, args, _ := strings.Cut(rest, " ")
	args = strings.TrimSpace(args)
	switch {
	case args == "":
		return lessons.Block{Kind: kind}
	case kind == lessons.KindCompose:
		return lessons.Block{Kind: kind, Args: []string{args}}
	}
	return lessons.Block{Kind: kind, Args: strings.Fields(args)}
}
