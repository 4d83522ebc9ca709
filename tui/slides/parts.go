package slides

import "faultline/lessons"

// part is one piece of a slide's body: a run of the section's parts drawn
// together by sectionview (Markdown and diagrams), or a live block drawn
// by an interactive widget.
type part struct {
	// static is a run of Markdown and diagram parts.
	static []lessons.Part
	// block is the live block of a widget piece; widget is its index
	// among the slide's widgets.
	block  *lessons.Block
	widget int
}

// interactive reports whether a block kind becomes a live widget on a
// slide; the others (diagrams) are drawn in place with the Markdown.
func interactive(kind string) bool {
	switch kind {
	case lessons.KindNines, lessons.KindCompose, lessons.KindMTBF, lessons.KindScenario, lessons.KindQuiz:
		return true
	}
	return false
}

// slideParts groups a section's parts (as lessons cut them, at a reveal
// step) into the runs sectionview draws and the interactive blocks
// between them, in order.
func slideParts(parts []lessons.Part) []part {
	var out []part
	var run []lessons.Part
	shows := false
	flush := func() {
		if shows {
			out = append(out, part{static: run})
		}
		run, shows = nil, false
	}
	widgets := 0
	for _, p := range parts {
		if p.IsBlock() && interactive(p.Block.Kind) {
			flush()
			out = append(out, part{block: p.Block, widget: widgets})
			widgets++
			continue
		}
		run = append(run, p)
		shows = shows || !p.Blank()
	}
	flush()
	return out
}
