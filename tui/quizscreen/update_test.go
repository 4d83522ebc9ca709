package quizscreen

import (
	"slices"
	"testing"

	"faultline/quiz"
)

// TestSolveAndMissEveryType answers one question of every type right and
// one wrong with keys alone, and checks the grade and the saved record.
func TestSolveAndMissEveryType(t *testing.T) {
	for _, typ := range quiz.Types {
		for _, right := range []bool{true, false} {
			name := string(typ) + map[bool]string{true: "/right", false: "/wrong"}[right]
			t.Run(name, func(t *testing.T) {
				ctx, clk := newCtx(t, ""), newClock()
				m, q := oneQuestion(t, ctx, typ, clk.now)
				ks := miss(t, m)
				if right {
					ks = solve(t, m)
				}
				press(t, ctx, m, ks...)
				if m.phase != feedback {
					t.Fatalf("after %q: phase %d, hint %q; want feedback", ks, m.phase, m.hint)
				}
				if m.result.Correct != right {
					t.Fatalf("after %q: correct = %v (%s), want %v", ks, m.result.Correct, m.result.Feedback, right)
				}
				rec := ctx.Progress.Quiz[q.ID]
				wantBox := map[bool]int{true: 2, false: 1}[right]
				if rec.Seen != 1 || rec.Box != wantBox || !rec.Last.Equal(clk.t) {
					t.Errorf("record %+v, want seen 1, box %d, last %v", rec, wantBox, clk.t)
				}
				press(t, ctx, m, "enter")
				if !m.Finished() {
					t.Errorf("enter after the last feedback did not show the score")
				}
			})
		}
	}
}

func TestSingleKeys(t *testing.T) {
	ctx := newCtx(t, "")
	m, q := oneQuestion(t, ctx, quiz.Single, nil)
	steps := []struct {
		key    string
		picked []int
		cursor int
	}{
		{"b", []int{1}, 1},
		{"3", []int{2}, 2},
		{"up", []int{2}, 1},
		{"space", []int{1}, 1},
		{"a", []int{0}, 0},
		{"z", []int{0}, 0},
		{"9", []int{0}, 0}, // beyond the choices
	}
	for _, s := range steps {
		press(t, ctx, m, s.key)
		if got := pickedOf(m); !slices.Equal(got, s.picked) || m.ans.Cursor() != s.cursor {
			t.Fatalf("after %q: picked %v cursor %d, want %v cursor %d", s.key, got, m.ans.Cursor(), s.picked, s.cursor)
		}
	}
	if len(q.Choices) < 3 {
		t.Fatal("test needs three choices")
	}
}

func pickedOf(m *Model) []int {
	var out []int
	for i, p := range m.ans.Picked() {
		if p {
			out = append(out, i)
		}
	}
	return out
}

func TestMultiKeys(t *testing.T) {
	ctx := newCtx(t, "")
	m, _ := oneQuestion(t, ctx, quiz.Multi, nil)
	press(t, ctx, m, "enter")
	if m.phase != asking || m.hint == "" {
		t.Fatalf("enter with nothing picked: phase %d hint %q; want a hint to pick", m.phase, m.hint)
	}
	steps := []struct {
		key    string
		picked []int
	}{
		{"1", []int{0}},
		{"c", []int{0, 2}},
		{"down", []int{0, 2}},
		{"space", []int{0, 2, 3}},
		{"a", []int{2, 3}},
		{"3", []int{3}},
	}
	for _, s := range steps {
		press(t, ctx, m, s.key)
		if got := pickedOf(m); !slices.Equal(got, s.picked) {
			t.Fatalf("after %q: picked %v, want %v", s.key, got, s.picked)
		}
	}
}

func TestTrueFalseKeys(t *testing.T) {
	ctx := newCtx(t, "")
	m, _ := oneQuestion(t, ctx, quiz.TrueFalse, nil)
	press(t, ctx, m, "enter")
	if m.hint == "" || m.phase != asking {
		t.Fatalf("enter before t or f: hint %q phase %d", m.hint, m.phase)
	}
	for _, s := range []struct {
		key  string
		want []int
	}{{"t", []int{0}}, {"f", []int{1}}, {"left", []int{0}}, {"2", []int{1}}, {"a", []int{0}}} {
		press(t, ctx, m, s.key)
		if got := pickedOf(m); !slices.Equal(got, s.want) {
			t.Fatalf("after %q: picked %v, want %v", s.key, got, s.want)
		}
	}
}

func TestNumericKeys(t *testing.T) {
	ctx := newCtx(t, "")
	m, q := oneQuestion(t, ctx, quiz.NumericType, nil)
	if !m.Capturing() {
		t.Fatal("a numeric question must capture keys so q and ? type")
	}
	typeText(t, ctx, m, "q?")
	if got := m.ans.Typed(); got != "q?" {
		t.Fatalf("typed %q, field holds %q", "q?", got)
	}
	press(t, ctx, m, "backspace", "backspace", "2", "1", "enter")
	if m.phase != asking || m.hint == "" {
		t.Fatalf("a bare number: phase %d hint %q; want a hint asking for a unit", m.phase, m.hint)
	}
	press(t, ctx, m, "backspace", "backspace")
	typeText(t, ctx, m, numericAnswer(q))
	press(t, ctx, m, "enter")
	if m.phase != feedback || !m.result.Correct {
		t.Fatalf("exact answer %q: phase %d correct %v (%s)", numericAnswer(q), m.phase, m.result.Correct, m.result.Feedback)
	}
	if m.Capturing() {
		t.Error("feedback must not capture keys")
	}
}

func TestClassifyKeys(t *testing.T) {
	ctx := newCtx(t, "")
	m, _ := oneQuestion(t, ctx, quiz.Classify, nil)
	steps := []struct {
		key     string
		classes []int
		cursor  int
	}{
		{"right", []int{1, -1, -1, -1, -1, -1}, 0},
		{"left", []int{0, -1, -1, -1, -1, -1}, 0},
		{"down", []int{0, -1, -1, -1, -1, -1}, 1},
		{"2", []int{0, 1, -1, -1, -1, -1}, 1}, // only ↑/↓ move between dimensions
		{"down", []int{0, 1, -1, -1, -1, -1}, 2},
		{"1", []int{0, 1, 0, -1, -1, -1}, 2},
		{"down", []int{0, 1, 0, -1, -1, -1}, 3},
		{"up", []int{0, 1, 0, -1, -1, -1}, 2},
		{"space", []int{0, 1, 1, -1, -1, -1}, 2},
	}
	for _, s := range steps {
		press(t, ctx, m, s.key)
		if !slices.Equal(m.ans.Classes(), s.classes) || m.ans.Cursor() != s.cursor {
			t.Fatalf("after %q: classes %v cursor %d, want %v cursor %d", s.key, m.ans.Classes(), m.ans.Cursor(), s.classes, s.cursor)
		}
	}
	press(t, ctx, m, "enter")
	if m.phase != asking || m.hint == "" {
		t.Fatalf("enter with dimensions left: phase %d hint %q", m.phase, m.hint)
	}
}

func TestOrderKeys(t *testing.T) {
	ctx := newCtx(t, "")
	m, _ := oneQuestion(t, ctx, quiz.Order, nil)
	start := append([]int(nil), m.ans.Order()...)
	swap := func(s []int, i, j int) []int {
		s = append([]int(nil), s...)
		s[i], s[j] = s[j], s[i]
		return s
	}
	steps := []struct {
		key    string
		order  []int
		cursor int
	}{
		{"K", start, 0}, // already at the top
		{"J", swap(start, 0, 1), 1},
		{"shift+down", swap(swap(start, 0, 1), 1, 2), 2},
		{"shift+up", swap(start, 0, 1), 1},
		{"up", swap(start, 0, 1), 0},
		{"shift+down", start, 1},
	}
	for _, s := range steps {
		press(t, ctx, m, s.key)
		if !slices.Equal(m.ans.Order(), s.order) || m.ans.Cursor() != s.cursor {
			t.Fatalf("after %q: order %v cursor %d, want %v cursor %d", s.key, m.ans.Order(), m.ans.Cursor(), s.order, s.cursor)
		}
	}
}

func TestMatchKeys(t *testing.T) {
	ctx := newCtx(t, "")
	m, q := oneQuestion(t, ctx, quiz.Match, nil)
	n := len(q.Pairs)
	steps := []struct {
		key    string
		first  int
		cursor int
	}{
		{"right", 0, 0},
		{"right", 1, 0},
		{"left", 0, 0},
		{"left", n - 1, 0},
		{"space", 0, 0},
		{"c", 2, 1},
	}
	for _, s := range steps {
		press(t, ctx, m, s.key)
		if m.ans.Match()[0] != s.first || m.ans.Cursor() != s.cursor {
			t.Fatalf("after %q: first match %d cursor %d, want %d cursor %d", s.key, m.ans.Match()[0], m.ans.Cursor(), s.first, s.cursor)
		}
	}
	press(t, ctx, m, "enter")
	if m.phase != asking || m.hint == "" {
		t.Fatalf("enter with items unmatched: phase %d hint %q", m.phase, m.hint)
	}
}

func TestEscGoesBack(t *testing.T) {
	ctx := newCtx(t, "")
	for _, typ := range quiz.Types {
		m, _ := oneQuestion(t, ctx, typ, nil)
		if msgs := press(t, ctx, m, "esc"); len(msgs) != 1 {
			t.Errorf("%s: esc gave %v, want one BackMsg", typ, msgs)
		}
	}
}

// TestSingleEnterSelectsHighlighted checks that enter on a single-choice
// question with nothing picked answers with the highlighted choice, and
// that a pick made with a letter wins over the highlight.
func TestSingleEnterSelectsHighlighted(t *testing.T) {
	for _, tt := range []struct {
		keys []string
		want []int
	}{
		{[]string{"down", "enter"}, []int{1}},
		{[]string{"enter"}, []int{0}},
		{[]string{"c", "up", "up", "enter"}, []int{2}},
	} {
		ctx := newCtx(t, "")
		m, _ := oneQuestion(t, ctx, quiz.Single, nil)
		press(t, ctx, m, tt.keys...)
		if m.phase != feedback {
			t.Fatalf("after %q: phase %d, hint %q; want feedback", tt.keys, m.phase, m.hint)
		}
		if got := pickedOf(m); !slices.Equal(got, tt.want) {
			t.Errorf("after %q: answered %v, want %v", tt.keys, got, tt.want)
		}
	}
}
