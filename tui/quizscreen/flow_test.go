package quizscreen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/quiz"
	"faultline/tui/common"
)

// TestFallaciesThenReviewNextDay takes the fallacies quiz from the picker
// with keys alone, missing some questions, reads a mistake's section from
// the score, and a day later finds exactly the missed questions under
// review, saved in the progress store.
func TestFallaciesThenReviewNextDay(t *testing.T) {
	ctx, clk := newCtx(t, t.TempDir()), newClock()
	_, bank := content(t)
	p := NewPicker(ctx, bank, Options{Seed: 3, Now: clk.now})
	p.SetSize(100, 30)
	if got := plain(p); !strings.Contains(got, "Review: 0 due") {
		t.Fatalf("a new student has something due:\n%s", got)
	}
	// Review, Mixed, then the lessons in course order: fallacies is the second.
	msgs := press(t, ctx, p, "down", "down", "down", "enter")
	if len(msgs) != 1 {
		t.Fatalf("enter on the fallacies entry gave %v", msgs)
	}
	m := msgs[0].(common.OpenMsg).Screen.(*Model)
	m.SetSize(100, 30)
	if m.Session().Len() != len(bank.ByLesson("fallacies")) {
		t.Fatalf("quiz has %d questions, want the fallacies bank", m.Session().Len())
	}
	var missed []string
	for i := 0; !m.Finished(); i++ {
		card, _ := m.Session().Current()
		ks := solve(t, m)
		if i%3 == 1 {
			ks = miss(t, m)
			missed = append(missed, card.Question.ID)
		}
		press(t, ctx, m, ks...)
		if i%3 == 1 {
			// Self-study gives a wrong answer a second try, without the
			// answer; missing again explains it.
			if got := plain(m); !strings.Contains(got, "try once more") || strings.Contains(got, "Why: ") {
				t.Fatalf("question %s: a wrong first try is not offered a second:\n%s", card.Question.ID, got)
			}
			press(t, ctx, m, ks...)
		}
		if got := plain(m); !strings.Contains(got, "Why: ") {
			t.Fatalf("question %s: feedback shows no explanation:\n%s", card.Question.ID, got)
		}
		press(t, ctx, m, "enter")
	}
	tally := m.Session().Score()
	if tally.Correct != tally.Total-len(missed) {
		t.Fatalf("score %d of %d, want %d right", tally.Correct, tally.Total, tally.Total-len(missed))
	}
	if got := plain(m); !strings.Contains(got, "Mistakes (3)") {
		t.Fatalf("score screen lists no mistakes:\n%s", got)
	}
	// enter on the first mistake opens the section the question tests,
	// to look it up: reading it there does not move Continue.
	msgs = press(t, ctx, m, "enter")
	first, _ := bank.ByID(missed[0])
	lesson, index, _ := ctx.Course.Resolve(first.Section)
	if len(msgs) != 1 || msgs[0] != (common.OpenLessonMsg{Lesson: lesson.ID, Section: index, Peek: true}) {
		t.Fatalf("enter on the first mistake gave %v, want lesson %s section %d", msgs, lesson.ID, index)
	}

	// The same day nothing is due; a day later the missed questions are.
	if due := quiz.Due(ctx.Progress.Quiz, bank, clk.t); len(due) != 0 {
		t.Fatalf("%d questions due straight away", len(due))
	}
	clk.t = clk.t.AddDate(0, 0, 1)
	saved, _, err := ctx.Store.Load()
	if err != nil {
		t.Fatal(err)
	}
	var due []string
	for _, q := range quiz.Due(saved.Quiz, bank, clk.t) {
		due = append(due, q.ID)
	}
	slices.Sort(due)
	slices.Sort(missed)
	if !slices.Equal(due, missed) {
		t.Fatalf("due a day later %v, want the missed %v", due, missed)
	}
	ctx.Progress = saved
	if got := plain(p); !strings.Contains(got, "Review: 3 due") || !strings.Contains(got, "last 7/10") {
		t.Fatalf("picker a day later:\n%s", got)
	}
	msgs = press(t, ctx, p, "up", "up", "up", "enter")
	r := msgs[0].(common.OpenMsg).Screen.(*Model)
	if r.Session().Len() != len(missed) {
		t.Fatalf("review has %d questions, want %d", r.Session().Len(), len(missed))
	}
}

// monkeyKeys are every key a quiz screen binds plus letters, digits and
// symbols that type into the numeric field.
var monkeyKeys = []string{
	"enter", "esc", "up", "down", "left", "right", "tab", "space", "backspace", "shift+up", "shift+down",
	"j", "k", "h", "l", "J", "K", "n", "o", "t", "f", "a", "b", "c", "d", "e", "g", "i", "z", "q", "?",
	"1", "2", "3", "4", "5", "6", "9", "0", ".", "%", "m", "s", "界",
}

// TestMonkey feeds the picker and quiz screens thousands of random keys
// and resizes down to 1×1, opening what they ask to open and going back
// on esc, and fails on any panic.
func TestMonkey(t *testing.T) {
	_, bank := content(t)
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 7))
		ctx, clk := newCtx(t, ""), newClock()
		picker := NewPicker(ctx, bank, Options{Seed: seed, Now: clk.now})
		stack := []common.Screen{picker}
		w, h := 100, 30
		picker.SetSize(w, h)
		for i := range 4000 {
			top := stack[len(stack)-1]
			if rng.IntN(20) == 0 {
				w, h = rng.IntN(120)+1, rng.IntN(40)+1
				if rng.IntN(4) == 0 {
					w, h = 1, 1
				}
				top.SetSize(w, h)
			}
			if rng.IntN(200) == 0 {
				clk.t = clk.t.AddDate(0, 0, 1+rng.IntN(5))
			}
			k := monkeyKeys[rng.IntN(len(monkeyKeys))]
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("seed %d, key %d (%q) on %T: panic: %v", seed, i, k, top, r)
					}
				}()
				for _, msg := range press(t, ctx, top, k) {
					switch msg := msg.(type) {
					case common.OpenMsg:
						msg.Screen.SetSize(w, h)
						stack = append(stack, msg.Screen)
					case common.BackMsg:
						if len(stack) > 1 {
							stack = stack[:len(stack)-1]
							stack[len(stack)-1].SetSize(w, h)
						}
					}
				}
				top = stack[len(stack)-1]
				_ = top.View()
				_ = top.ShortHelp()
				top.Update(tea.WindowSizeMsg{Width: w, Height: h})
			}()
		}
	}
}
