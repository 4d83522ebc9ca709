package slideview

import (
	"strings"
	"testing"
	"time"

	"faultline/internal/lecture"
	"faultline/lessons"
)

// TestRevealed cuts list items the way lecture.CountItems counts them.
func TestRevealed(t *testing.T) {
	md := "Intro:\n\n1. one\n   more of one\n2. two\n\n```\n- not an item\n```\n\n- three\n  - nested\n\nAfter.\n"
	if n := lecture.CountItems(md); n != 3 {
		t.Fatalf("CountItems = %d, want 3", n)
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
		got := revealed(md, tt.step)
		if !strings.Contains(got, tt.want) || (tt.notWant != "" && strings.Contains(got, tt.notWant)) {
			t.Errorf("revealed(step %d) = %q; want %q shown and %q hidden", tt.step, got, tt.want, tt.notWant)
		}
	}
}

// TestSplitParts keeps diagrams in the Markdown and takes calculators,
// scenarios and questions out as widgets, in order.
func TestSplitParts(t *testing.T) {
	md := "Top\n\n```faultline diagram fault-chain\n```\n\nMiddle\n\n```faultline compose 99.9 * 99.9\n```\n\n```faultline quiz fallacies-3\n```\n\nEnd\n"
	blocks := []lessons.Block{{Kind: "diagram", Args: []string{"fault-chain"}}, {Kind: "compose", Args: []string{"99.9 * 99.9"}}}
	parts := splitParts(md, blocks) // the quiz block is read from its fence
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
	if !strings.Contains(parts[0].Markdown, "faultline diagram") || !strings.Contains(parts[0].Markdown, "Middle") {
		t.Errorf("the diagram should stay in the Markdown: %q", parts[0].Markdown)
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
