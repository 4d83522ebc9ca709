package quizscreen

import (
	"strings"
	"testing"
)

// TestFeedbackScrolls checks that a feedback taller than an 80×24 screen
// says more follows and that ↓ brings the explanation and the section
// into view, and ↑ goes back to the verdict.
func TestFeedbackScrolls(t *testing.T) {
	ctx := newCtx(t, "")
	m := question(t, ctx, "fallacies-1")
	m.SetSize(80, 22) // 24 rows less the title and help lines
	press(t, ctx, m, miss(t, m)...)
	if m.phase != feedback {
		t.Fatalf("phase %d, want feedback", m.phase)
	}
	top := plain(m)
	if strings.Contains(top, "Why:") || !strings.Contains(top, "more below") {
		t.Fatalf("expected the explanation below the fold and a note saying so:\n%s", top)
	}
	for range 30 {
		press(t, ctx, m, "down")
	}
	bottom := plain(m)
	for _, want := range []string{"Why:", "From The eight fallacies", "enter: see your score"} {
		if !strings.Contains(bottom, want) {
			t.Errorf("after scrolling down the screen lacks %q:\n%s", want, bottom)
		}
	}
	if strings.Contains(bottom, "more below") {
		t.Errorf("at the bottom the screen still says more follows:\n%s", bottom)
	}
	for range 30 {
		press(t, ctx, m, "up")
	}
	if got := plain(m); got != top {
		t.Errorf("after scrolling back up:\n%s\nwant:\n%s", got, top)
	}
	press(t, ctx, m, "enter")
	if !m.Finished() {
		t.Errorf("enter after scrolling did not move on")
	}
}

// TestSectionLineWraps checks that the feedback's pointer to the section
// wraps at 80 columns instead of losing the key that opens it.
func TestSectionLineWraps(t *testing.T) {
	ctx := newCtx(t, "")
	m := question(t, ctx, "fallacies-3")
	m.SetSize(80, 40)
	press(t, ctx, m, miss(t, m)...)
	got := plain(m)
	if !strings.Contains(strings.Join(strings.Fields(got), " "), "Latency is zero · o to read it") {
		t.Errorf("the feedback lacks the key to read the section:\n%s", got)
	}
}

// TestHintStaysInView checks that the hint for an incomplete answer is on
// screen at 80×24 even when the question is taller than the screen.
func TestHintStaysInView(t *testing.T) {
	ctx := newCtx(t, "")
	m := question(t, ctx, "fallacies-1")
	m.SetSize(80, 18)
	press(t, ctx, m, "enter")
	if m.hint == "" {
		t.Fatal("an empty match answer gave no hint")
	}
	got := strings.Join(strings.Fields(plain(m)), " ")
	if !strings.Contains(got, m.hint) {
		t.Errorf("hint %q is not on screen:\n%s", m.hint, plain(m))
	}
	press(t, ctx, m, "a")
	if strings.Contains(plain(m), "Give every item") {
		t.Errorf("the hint stayed after the next key")
	}
}

// TestPickerCursorStaysInView checks that moving to the last quiz of the
// picker at 64×21 keeps the highlighted entry on screen, even though some
// lesson titles are too long to share a line with their score.
func TestPickerCursorStaysInView(t *testing.T) {
	ctx := newCtx(t, "")
	_, bank := content(t)
	p := NewPicker(ctx, bank, Options{Seed: 7, Now: newClock().now})
	p.SetSize(64, 21)
	picks := p.picks()
	for range picks {
		press(t, ctx, p, "down")
	}
	last := picks[len(picks)-1].title
	got := plain(p)
	if !strings.Contains(got, "› "+last) {
		t.Errorf("the highlighted %q is not on screen:\n%s", last, got)
	}
	if n := strings.Count(got, "\n") + 1; n > 21 {
		t.Errorf("picker is %d lines tall, want at most 21", n)
	}
}
