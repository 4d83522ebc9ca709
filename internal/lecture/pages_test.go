package lecture

import (
	"strings"
	"testing"

	"faultline/assets"
	"faultline/lessons"
)

// kinds lists the live block kinds of a slide, in order.
func kinds(s Slide) string {
	var ks []string
	for _, b := range s.Blocks() {
		ks = append(ks, b.Kind)
	}
	return strings.Join(ks, " ")
}

// TestCheckAfterWidgetGetsOwnSlide: a section holding a calculator and then
// its check question is two slides, the calculator with its text and the
// check alone; a check without a widget before it stays with its section.
func TestCheckAfterWidgetGetsOwnSlide(t *testing.T) {
	course := &lessons.Course{Lessons: []lessons.Lesson{{
		ID: "gamma", Title: "Gamma", Order: 1,
		Sections: []lessons.Section{
			section("Nines", "Intro.\n\n```faultline nines 99.9\n```\n\nRead it.\n\n```faultline quiz q-1\n```\n???\nAsk."),
			section("Plain check", "Prose.\n\n```faultline quiz q-2\n```\n"),
			section("Two", "```faultline compose 99 * 99\n```\n\n```faultline quiz q-3\n```\n\n```faultline mtbf 30d 4h\n```\n\n```faultline quiz q-4\n```\n"),
		},
	}}}
	d, err := NewDeck(course, nil)
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		section, page int
		title, kinds  string
	}
	wants := []want{
		{-1, 0, "Gamma", ""},
		{0, 0, "Nines", "nines"},
		{0, 1, "Nines · check", "quiz"},
		{1, 0, "Plain check", "quiz"},
		{2, 0, "Two", "compose"},
		{2, 1, "Two · check", "quiz mtbf"},
		{2, 2, "Two · check", "quiz"},
	}
	if d.Len() != len(wants) {
		t.Fatalf("%d slides, want %d", d.Len(), len(wants))
	}
	for i, w := range wants {
		s := d.Slides[i]
		if s.Section != w.section || s.Page != w.page || s.Title != w.title || kinds(s) != w.kinds {
			t.Errorf("slide %d: section %d page %d %q [%s], want section %d page %d %q [%s]",
				i, s.Section, s.Page, s.Title, kinds(s), w.section, w.page, w.title, w.kinds)
		}
	}
	widget := d.Slides[1]
	if !strings.Contains(widget.Body(), "Read it.") || strings.Contains(widget.Body(), "quiz") {
		t.Errorf("the widget slide's body is %q; want its text without the check", widget.Body())
	}
	if strings.HasSuffix(widget.Body(), "\n\n") {
		t.Errorf("the widget slide's body ends in blank lines: %q", widget.Body())
	}
	if d.Slides[2].Notes != "Ask." {
		t.Errorf("the check slide's notes are %q, want the section's", d.Slides[2].Notes)
	}
}

// TestBuiltInChecksStandAlone: in the embedded course no slide holds a
// check question after a calculator or scenario.
func TestBuiltInChecksStandAlone(t *testing.T) {
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDeck(course, nil)
	if err != nil {
		t.Fatal(err)
	}
	split := 0
	for i, s := range d.Slides {
		widget := false
		for _, b := range s.Blocks() {
			if widgetKind(b.Kind) {
				widget = true
			} else if b.Kind == lessons.KindQuiz && widget {
				t.Errorf("slide %d %q holds a check after a widget", i+1, s.Title)
			}
		}
		if s.Page > 0 {
			split++
		}
	}
	if split == 0 {
		t.Error("no section of the built-in course was split")
	}
}

// TestSplitChangesDeckID: a deck whose sections are split has a different
// ID from the same sections unsplit, so an old resume record is refused.
func TestSplitChangesDeckID(t *testing.T) {
	mk := func(md string) *Deck {
		d, err := NewDeck(&lessons.Course{Lessons: []lessons.Lesson{{ID: "g", Title: "G", Order: 1,
			Sections: []lessons.Section{section("S", md)}}}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	a := mk("```faultline nines\n```\n\n```faultline quiz q-1\n```\n")
	b := mk("Prose.\n\n```faultline quiz q-1\n```\n")
	if a.Len() == b.Len() || a.ID() == b.ID() {
		t.Errorf("split deck: %d slides id %s; unsplit: %d slides id %s", a.Len(), a.ID(), b.Len(), b.ID())
	}
}
