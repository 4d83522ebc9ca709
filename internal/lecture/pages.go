package lecture

import (
	"strings"

	"faultline/lessons"
)

// checkSuffix ends the title of a slide that holds a section's check
// question on its own, so the index and the notes view tell it apart
// from the widget's slide before it.
const checkSuffix = " · check"

// widgetKind reports whether a block kind is a calculator or scenario:
// a widget that needs the slide's room to be drawn in place.
func widgetKind(kind string) bool {
	switch kind {
	case lessons.KindNines, lessons.KindCompose, lessons.KindMTBF, lessons.KindScenario:
		return true
	}
	return false
}

// pages cuts a section's parts into the slides lecture mode shows them
// on. A check question (a quiz block) that follows a calculator or
// scenario on the same slide starts a new slide, so that on a projector
// the widget and the question are each drawn whole rather than squeezed
// together. Everything else stays on one slide. The text between the
// widget and the check stays with the widget, which it usually explains;
// blank parts at the cut are dropped. A section with no parts is one
// empty page.
func pages(parts []lessons.Part) [][]lessons.Part {
	var out [][]lessons.Part
	start, widget := 0, false
	for i, p := range parts {
		if !p.IsBlock() {
			continue
		}
		switch {
		case widgetKind(p.Block.Kind):
			widget = true
		case p.Block.Kind == lessons.KindQuiz && widget:
			if page := trimBlankEnd(parts[start:i]); len(page) > 0 {
				out = append(out, page)
				start = i
			}
			widget = false
		}
	}
	return append(out, parts[start:])
}

// trimBlankEnd drops the blank Markdown parts at the end of parts and
// the newlines ending the last one, in a fresh slice.
func trimBlankEnd(parts []lessons.Part) []lessons.Part {
	for len(parts) > 0 && parts[len(parts)-1].Blank() {
		parts = parts[:len(parts)-1]
	}
	parts = append([]lessons.Part(nil), parts...)
	if n := len(parts); n > 0 && !parts[n-1].IsBlock() {
		parts[n-1].Source = strings.TrimRight(parts[n-1].Source, "\r\n")
	}
	return parts
}

// Body is the Markdown of the slide's parts (the section's whole Body
// unless the section is split over pages); "" on title slides, which show
// the lesson's Summary and Intro instead.
func (s Slide) Body() string {
	var b strings.Builder
	for _, p := range s.Parts {
		b.WriteString(p.Source)
	}
	return b.String()
}
