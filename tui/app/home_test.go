package app

import (
	"strings"
	"testing"
	"time"

	"faultline/lessons"
)

func TestLessonsEntrySaysWhatTheCourseSpans(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	ls := m.ctx.Course.Lessons
	for _, e := range m.homeEntries() {
		if e.Title != "Lessons" {
			continue
		}
		for _, want := range []string{"13 lessons", ls[0].Title, ls[len(ls)-1].Title} {
			if !strings.Contains(e.Description, want) {
				t.Errorf("Lessons entry %q lacks %q", e.Description, want)
			}
		}
		return
	}
	t.Fatal("home has no Lessons entry")
}

func TestLessonsBlurb(t *testing.T) {
	tests := []struct {
		titles []string
		want   string
	}{
		{nil, "No lessons in this course."},
		{[]string{"Only"}, "1 lesson: Only"},
		{[]string{"A", "B", "C"}, `3 lessons, from "A" to "C".`},
	}
	for _, tt := range tests {
		var ls []lessons.Lesson
		for _, title := range tt.titles {
			ls = append(ls, lessons.Lesson{Title: title})
		}
		if got := lessonsBlurb(ls); got != tt.want {
			t.Errorf("lessonsBlurb(%v) = %q, want %q", tt.titles, got, tt.want)
		}
	}
}

// TestScenariosEntryCountsChallenges: the Scenarios entry says how many
// challenges the student has met, from the saved progress.
func TestScenariosEntryCountsChallenges(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	m.ctx.Progress.SolveChallenge("cold-standby", "cold-downtime", time.Now())
	for _, e := range m.homeEntries() {
		if e.Title == "Scenarios" {
			if !strings.Contains(e.Description, "Challenges met: 1 of ") {
				t.Errorf("Scenarios entry %q does not count the met challenge", e.Description)
			}
			return
		}
	}
	t.Fatal("home has no Scenarios entry")
}

// TestHomeKeepsTheSelectedEntryInSight: in the smallest window faultline
// works in, moving down the menu never hides the selected entry, and
// enter opens the entry the student sees selected.
func TestHomeKeepsTheSelectedEntryInSight(t *testing.T) {
	for _, size := range [][2]int{{MinWidth, 12}, {MinWidth, MinHeight}, {80, 24}} {
		m := newTestModel(t, size[0], size[1], "")
		entries := m.homeEntries()
		for i, e := range entries {
			if i > 0 {
				keys(t, m, "down")
			}
			var selected string
			for _, l := range strings.Split(screen(m), "\n") {
				if strings.Contains(l, "›") && !strings.HasPrefix(l, " faultline") {
					selected = l
				}
			}
			if title := e.Title[:min(len(e.Title), 10)]; !strings.Contains(selected, title) {
				t.Errorf("%d×%d, entry %d %q: selected line is %q:\n%s", size[0], size[1], i+1, e.Title, selected, screen(m))
			}
		}
	}
}
