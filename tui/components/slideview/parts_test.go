package slideview

import (
	"strings"
	"testing"
	"time"

	"faultline/internal/lecture"
	"faultline/lessons"
)

// revealSlide is a slide of one section read from md, with reveal.
func revealSlide(t *testing.T, md string) lecture.Slide {
	t.Helper()
	sec, err := lessons.ParseSection("S", "<!-- reveal -->\n"+md)
	if err != nil {
		t.Fatal(err)
	}
	d, err := lecture.NewDeck(&lessons.Course{Lessons: []lessons.Lesson{{ID: "a", Title: "A", Order: 1, Sections: []lessons.Section{sec}}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d.Slides[1]
}

// staticText is the Markdown of the static runs in parts, widgets as |KIND|.
func staticText(parts []Part) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Block != nil {
			b.WriteString("|" + p.Block.Kind + "|")
			continue
		}
		for _, sp := range p.Static {
			b.WriteString(sp.Source)
		}
	}
	return b.String()
}

// TestRevealedSteps: each step shows one more top-level item, as the
// section's parts count them.
func TestRevealedSteps(t *testing.T) {
	s := revealSlide(t, "Intro:\n\n1. one\n   more of one\n2. two\n\n```\n- not an item\n```\n\n- three\n  - nested\n\nAfter.\n")
	if s.Steps != 3 {
		t.Fatalf("Steps = %d, want 3", s.Steps)
	}
	tests := []struct {
		step    int
		want    string
		notWant string
	}{
		{0, "Intro:", "one"},
		{1, "more of one", "two"},
		{2, "not an item", "three"},
		{3, "After.", ""},
		{-1, "After.", ""},
	}
	for _, tt := range tests {
		got := staticText(Parts(s, tt.step))
		if !strings.Contains(got, tt.want) || (tt.notWant != "" && strings.Contains(got, tt.notWant)) {
			t.Errorf("step %d shows %q; want %q shown and %q hidden", tt.step, got, tt.want, tt.notWant)
		}
	}
}

// TestBacktickInfoRevealsStepByStep: "```x`y" opens no fence (a backtick
// info string cannot hold a backtick), so the three items after it are
// three steps, and the presenter shows one more at each step, not all at
// the first.
func TestBacktickInfoRevealsStepByStep(t *testing.T) {
	s := revealSlide(t, "```x`y\n- one\n- two\n- three\n")
	if s.Steps != 3 {
		t.Fatalf("Steps = %d, want 3", s.Steps)
	}
	for step, want := range []string{"```x`y", "```x`y\n- one", "```x`y\n- one\n- two", "```x`y\n- one\n- two\n- three"} {
		if got := staticText(Parts(s, step)); got != want {
			t.Errorf("step %d shows %q, want %q", step, got, want)
		}
	}
}

// TestSlideParts keeps diagrams with the Markdown and takes calculators,
// scenarios and questions out as widgets, in order.
func TestSlideParts(t *testing.T) {
	md := "Top\n\n```faultline diagram fault-chain\n```\n\nMiddle\n\n```faultline compose 99.9 * 99.9\n```\n\n```faultline quiz fallacies-3\n```\n\nEnd\n"
	sec, err := lessons.ParseSection("S", md)
	if err != nil {
		t.Fatal(err)
	}
	parts := slideParts(sec.Parts)
	var kinds []string
	for _, p := range parts {
		if p.Block != nil {
			kinds = append(kinds, p.Block.Kind+":"+strings.Join(p.Block.Args, ","))
		} else {
			kinds = append(kinds, "md")
		}
	}
	if got := strings.Join(kinds, " "); got != "md compose:99.9 * 99.9 quiz:fallacies-3 md" {
		t.Errorf("parts = %s", got)
	}
	if got := staticText(parts[:1]); !strings.Contains(got, "faultline diagram") || !strings.Contains(got, "Middle") {
		t.Errorf("the diagram should stay with the Markdown: %q", got)
	}
	if parts[1].Widget != 0 || parts[2].Widget != 1 {
		t.Errorf("widget indexes %d, %d", parts[1].Widget, parts[2].Widget)
	}
}

// TestBigText draws block letters, wraps words and refuses what it
// cannot draw.
func TestBigText(t *testing.T) {
	rows := drawBig("Hi 1")
	if got := rows[0]; got != "█  █ ███   █" {
		t.Errorf("first row = %q", got)
	}
	if got := rows[4]; got != "█  █ ███  ███" {
		t.Errorf("last row = %q", got)
	}
	lines, ok := bigLines("the network is reliable", 60) // 53 and 48 columns
	if !ok || len(lines) != 2 || lines[0] != "the network" || lines[1] != "is reliable" {
		t.Errorf("bigLines = %q, %v", lines, ok)
	}
	for _, in := range []string{"über", "", "distributed"} {
		if _, ok := bigLines(in, 30); ok {
			t.Errorf("bigLines(%q, 30) should refuse", in)
		}
	}
	if bigHeight(2) != 11 || bigHeight(0) != 0 {
		t.Error("bigHeight")
	}
}

// TestClockText formats the timer.
func TestClockText(t *testing.T) {
	for d, want := range map[int]string{0: "0:00", 65: "1:05", 3600 + 62: "1:01:02"} {
		if got := clockText(time.Duration(d) * time.Second); got != want {
			t.Errorf("clockText(%ds) = %q, want %q", d, got, want)
		}
	}
}
