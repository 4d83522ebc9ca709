package lecture

import (
	"strings"
	"testing"

	"faultline/assets"
	"faultline/lessons"
)

func TestNewDeckLayout(t *testing.T) {
	d := testDeck()
	type row struct {
		title   string
		lesson  int
		section int
		steps   int
		notes   string
	}
	want := []row{
		{"Alpha", 0, -1, 0, ""},
		{"Plain", 0, 0, 0, "Say hello."},
		{"List", 0, 1, 3, ""},
		{"Beta", 1, -1, 0, ""},
		{"Only", 1, 0, 0, "Ask a question."},
	}
	if len(d.Slides) != len(want) {
		t.Fatalf("got %d slides, want %d", len(d.Slides), len(want))
	}
	for i, w := range want {
		s := d.Slides[i]
		got := row{s.Title, s.LessonIndex, s.Section, s.Steps, s.Notes}
		if got != w {
			t.Errorf("slide %d = %+v, want %+v", i, got, w)
		}
		if s.IsTitle() != (w.section == -1) {
			t.Errorf("slide %d IsTitle = %v", i, s.IsTitle())
		}
		if s.IsTitle() && (s.Body() != "" || s.Blocks() != nil || s.Parts != nil) {
			t.Errorf("title slide %d has body %q blocks %v", i, s.Body(), s.Blocks())
		}
	}
	if got := d.Slides[4].Blocks(); len(got) != 1 || got[0].Kind != lessons.KindNines {
		t.Errorf("Only's blocks = %v", got)
	}
	if d.Slides[3].Lesson.ID != "beta" || len(d.Lessons) != 2 {
		t.Errorf("lessons: slide 3 in %q, deck has %d lessons", d.Slides[3].Lesson.ID, len(d.Lessons))
	}
	if d.Len() != 5 {
		t.Errorf("Len = %d", d.Len())
	}
}

func TestNewDeckChoosesLessons(t *testing.T) {
	tests := []struct {
		ids    []string
		titles string
		err    string
	}{
		{ids: nil, titles: "Alpha Plain List Beta Only"},
		{ids: []string{"beta"}, titles: "Beta Only"},
		{ids: []string{"beta", "alpha"}, titles: "Beta Only Alpha Plain List"},
		{ids: []string{"gamma"}, err: `unknown lesson "gamma"; valid lessons: alpha, beta`},
		{ids: []string{"alpha", "x", "y"}, err: `unknown lessons "x", "y"; valid lessons: alpha, beta`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.ids, ","), func(t *testing.T) {
			d, err := NewDeck(testCourse(), tt.ids)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, s := range d.Slides {
				titles = append(titles, s.Title)
			}
			if got := strings.Join(titles, " "); got != tt.titles {
				t.Errorf("slides %q, want %q", got, tt.titles)
			}
		})
	}
}

func TestNewDeckEmptyCourse(t *testing.T) {
	for _, c := range []*lessons.Course{nil, {}} {
		if _, err := NewDeck(c, nil); err == nil {
			t.Errorf("NewDeck(%v) succeeded", c)
		}
	}
}

func TestDeckID(t *testing.T) {
	all := testDeck()
	again := testDeck()
	beta, _ := NewDeck(testCourse(), []string{"beta"})
	swapped, _ := NewDeck(testCourse(), []string{"beta", "alpha"})
	renamed := testCourse()
	renamed.Lessons[1].Sections[0].ID = "renamed"
	other, _ := NewDeck(renamed, nil)

	if all.ID() != again.ID() {
		t.Errorf("same deck, different ids %q %q", all.ID(), again.ID())
	}
	if len(all.ID()) != 16 {
		t.Errorf("ID %q is not 16 hex digits", all.ID())
	}
	seen := map[string]string{all.ID(): "all"}
	for name, d := range map[string]*Deck{"beta": beta, "swapped": swapped, "renamed": other} {
		if prev, dup := seen[d.ID()]; dup {
			t.Errorf("decks %s and %s share id %q", name, prev, d.ID())
		}
		seen[d.ID()] = name
	}
}

// TestBuiltInCourse builds the deck of the embedded course: every lesson is
// presented, and the fallacies list reveals its eight items one by one.
func TestBuiltInCourse(t *testing.T) {
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDeck(course, nil)
	if err != nil {
		t.Fatal(err)
	}
	sections := 0
	for _, l := range course.Lessons {
		sections += len(l.Sections)
	}
	firsts, reveal := 0, 0
	steps := map[string]int{}
	for _, s := range d.Slides {
		if s.Steps > 0 {
			reveal++
		}
		if s.Section >= 0 && s.Page == 0 {
			firsts++
		}
		if s.Section >= 0 {
			steps[s.Lesson.ID+"#"+s.Lesson.Sections[s.Section].ID] += s.Steps
		}
	}
	if firsts != sections || d.Len() < len(course.Lessons)+sections {
		t.Errorf("%d slides (%d first pages) for %d lessons and %d sections", d.Len(), firsts, len(course.Lessons), sections)
	}
	for _, l := range course.Lessons {
		for _, s := range l.Sections {
			if got := steps[l.ID+"#"+s.ID]; s.Reveal && got != s.RevealSteps() {
				t.Errorf("%s#%s reveals %d steps over its slides, want %d", l.ID, s.ID, got, s.RevealSteps())
			}
		}
	}
	if reveal == 0 {
		t.Error("no slide of the built-in course reveals list items")
	}
	fd, err := NewDeck(course, []string{"fallacies"})
	if err != nil {
		t.Fatal(err)
	}
	if fd.Slides[1].Steps != 8 {
		t.Errorf("the fallacies list has %d steps, want 8", fd.Slides[1].Steps)
	}
}
