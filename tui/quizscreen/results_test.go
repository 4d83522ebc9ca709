package quizscreen

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"faultline/quiz"
	"faultline/tui/common"
)

// finishedWithMisses returns a lesson quiz over two questions, both
// missed, on its results screen.
func finishedWithMisses(t *testing.T, ctx *common.Context) *Model {
	t.Helper()
	_, bank := content(t)
	m := New(ctx, "Fallacies", bank.ByLesson("fallacies")[:2], Options{Seed: 1, Now: newClock().now, Lesson: "fallacies"})
	m.SetSize(80, 24)
	for range 2 {
		press(t, ctx, m, miss(t, m)...)
		press(t, ctx, m, "enter")
	}
	if !m.Finished() || len(m.mistakes) != 2 {
		t.Fatalf("setup: finished %v with %d mistakes", m.Finished(), len(m.mistakes))
	}
	return m
}

// TestResultsRetake: r on the results screen asks the same questions again
// from the first, with a fresh score.
func TestResultsRetake(t *testing.T) {
	ctx := newCtx(t, t.TempDir())
	m := finishedWithMisses(t, ctx)
	before := ids(m)
	if v := plain(m); !strings.Contains(v, "r: retake") || !strings.Contains(v, "m: practise") {
		t.Errorf("the results do not offer a retake and a practice:\n%s", v)
	}
	if out := press(t, ctx, m, "r"); len(out) != 0 {
		t.Fatalf("r sent %v, want the quiz restarted in place", out)
	}
	if m.phase != asking || m.session.Position() != 0 || m.session.Score().Answered != 0 {
		t.Fatalf("after r: phase %v at %d, score %+v", m.phase, m.session.Position(), m.session.Score())
	}
	if got := ids(m); m.session.Len() != 2 || !sameSet(got, before) {
		t.Errorf("retake asks %v, want the same questions %v", got, before)
	}
}

// TestResultsPracticeMissed: m opens a quiz of just the missed questions
// that records neither a score nor review.
func TestResultsPracticeMissed(t *testing.T) {
	ctx := newCtx(t, t.TempDir())
	m := finishedWithMisses(t, ctx)
	attempt, _ := ctx.Progress.QuizScore("fallacies")
	records := len(ctx.Progress.Quiz)
	out := press(t, ctx, m, "m")
	if len(out) != 1 {
		t.Fatalf("m sent %v, want a screen opened", out)
	}
	p, ok := out[0].(common.OpenMsg).Screen.(*Model)
	if !ok {
		t.Fatalf("m opened %T, want a quiz", out[0].(common.OpenMsg).Screen)
	}
	var missed []string
	for _, mk := range m.mistakes {
		missed = append(missed, mk.Question.ID)
	}
	if got := ids(p); !sameSet(got, missed) {
		t.Errorf("practice asks %v, want the missed %v", got, missed)
	}
	p.SetSize(80, 24)
	recs := clone(ctx)
	press(t, ctx, p, solve(t, p)...)
	if p.unfinished() {
		t.Error("leaving a practice half-way would ask first, though it records nothing")
	}
	press(t, ctx, p, "enter")
	for !p.Finished() {
		press(t, ctx, p, solve(t, p)...)
		press(t, ctx, p, "enter")
	}
	if !reflect.DeepEqual(clone(ctx), recs) || len(ctx.Progress.Quiz) != records {
		t.Error("practice changed the review records")
	}
	if got, _ := ctx.Progress.QuizScore("fallacies"); got != attempt {
		t.Errorf("practice changed the lesson's score: %+v, was %+v", got, attempt)
	}
	if v := plain(p); !strings.Contains(v, "Practice complete") {
		t.Errorf("the practice results do not say so:\n%s", v)
	}
}

// ids lists the ids of the questions a quiz screen was given.
func ids(m *Model) []string {
	var out []string
	for _, q := range m.questions {
		out = append(out, q.ID)
	}
	return out
}

// sameSet reports whether a and b hold the same ids, in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// clone copies the review records.
func clone(ctx *common.Context) map[string]quiz.Record { return maps.Clone(ctx.Progress.Quiz) }
