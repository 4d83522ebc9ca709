package slideview

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/internal/lecture"
)

// testDeck is the deck of the named lessons of the built-in course.
func testDeck(tb testing.TB, ids ...string) *lecture.Deck {
	tb.Helper()
	c, _ := coursetest.Course(tb)
	d, err := lecture.NewDeck(c, ids)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// slideWith returns the first slide of deck holding a live block of kind.
func slideWith(tb testing.TB, deck *lecture.Deck, kind string) int {
	tb.Helper()
	for i, s := range deck.Slides {
		for _, b := range s.Blocks() {
			if b.Kind == kind {
				return i
			}
		}
	}
	tb.Fatalf("no slide with a %s block", kind)
	return -1
}

// TestSlideRenderer draws slides for students at their sizes: exactly the
// size asked for, the slide's title, the student's own question card in
// place of the quiz widget, and nothing for nonsense.
func TestSlideRenderer(t *testing.T) {
	deck := testDeck(t, "fallacies")
	r := NewSlideRenderer(deck)
	quizAt := slideWith(t, deck, "quiz")
	quizNav := lecture.Nav{Slide: quizAt, Step: deck.Slides[quizAt].Steps}
	card := func(string, int) string { return "MY CARD" }
	tests := []struct {
		name string
		s    StudentSlide
		want string
	}{
		{"title slide narrow", StudentSlide{Width: 40, Height: 12}, ""},
		{"section wide", StudentSlide{Nav: lecture.Nav{Slide: 1}, Width: 160, Height: 30}, deck.Slides[1].Title},
		{"quiz with card", StudentSlide{Nav: quizNav, Question: card, Width: 120, Height: 80}, "MY CARD"},
		{"quiz scrolled", StudentSlide{Nav: quizNav, Question: card, Scroll: 3, Width: 120, Height: 80}, "MY CARD"},
		{"tiny", StudentSlide{Nav: quizNav, Width: 1, Height: 1}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, dark := range []bool{true, false} {
				out := ansi.Strip(r.Render(dark, tt.s))
				lines := strings.Split(out, "\n")
				if len(lines) != tt.s.Height {
					t.Fatalf("%d lines, want %d", len(lines), tt.s.Height)
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > tt.s.Width {
						t.Fatalf("line %d is %d wide, more than %d", i, w, tt.s.Width)
					}
				}
				if !strings.Contains(out, tt.want) {
					t.Errorf("missing %q:\n%s", tt.want, out)
				}
			}
		})
	}
	if out := r.Render(true, StudentSlide{Nav: lecture.Nav{Slide: deck.Len() + 3}, Width: 80, Height: 24}); out != "" {
		t.Errorf("a slide past the deck drew %q", out)
	}
}

// TestStudentWidgetTakesTheMargin checks that a widget wider than an
// 80-column student's slide column (a nines table keeps its columns)
// moves the slide into the margin rather than being cut.
func TestStudentWidgetTakesTheMargin(t *testing.T) {
	deck := testDeck(t, "availability")
	nav := lecture.Nav{Slide: slideWith(t, deck, "nines")}
	wide := "│" + strings.Repeat("n", 72) + "│"
	r := NewSlideRenderer(deck)
	out := ansi.Strip(r.Render(true, StudentSlide{Nav: nav, Widgets: []string{wide}, Width: 80, Height: 80}))
	if !strings.Contains(out, wide) {
		t.Errorf("a 74-column widget is cut on an 80-column student:\n%s", out)
	}
}
