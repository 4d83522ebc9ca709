package slideview

import (
	"faultline/internal/lecture"
	"faultline/lessons"
)

// Part is one piece of a slide's body: a run of the section's parts drawn
// together by sectionview (Markdown and diagrams), or a live block drawn
// by an interactive widget.
type Part struct {
	// Static is a run of Markdown and diagram parts.
	Static []lessons.Part
	// Block is the live block of a widget piece; Widget is its index
	// among the slide's widgets.
	Block  *lessons.Block
	Widget int
}

// Parts are the pieces of slide s at reveal step step, in order; a
// negative step gives the whole slide. They come from the section's
// parts as lessons cut them, so a step shows exactly the items Steps
// counts.
func Parts(s lecture.Slide, step int) []Part {
	return slideParts(s.Shown(step))
}

// interactive reports whether a block kind becomes a live widget on a
// slide; the others (diagrams) are drawn in place with the Markdown.
func interactive(kind string) bool {
	switch kind {
	case lessons.KindNines, lessons.KindCompose, lessons.KindMTBF, lessons.KindSimulate, lessons.KindScenario, lessons.KindQuiz:
		return true
	}
	return false
}

// slideParts groups a section's parts into the runs sectionview draws
// and the interactive blocks between them, in order.
func slideParts(parts []lessons.Part) []Part {
	var out []Part
	var run []lessons.Part
	shows := false
	flush := func() {
		if shows {
			out = append(out, Part{Static: run})
		}
		run, shows = nil, false
	}
	widgets := 0
	for _, p := range parts {
		if p.IsBlock() && interactive(p.Block.Kind) {
			flush()
			out = append(out, Part{Block: p.Block, Widget: widgets})
			widgets++
			continue
		}
		run = append(run, p)
		shows = shows || !p.Blank()
	}
	flush()
	return out
}
