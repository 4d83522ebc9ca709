package quizscreen

import (
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/quiz"
)

// TestAnsweringKeysComeBeforeMoving checks that for every question type
// the short help names submitting and leaving before moving the cursor,
// so a narrow help line, which drops the last keys first, keeps them.
func TestAnsweringKeysComeBeforeMoving(t *testing.T) {
	ctx := newCtx(t, "")
	for _, typ := range []quiz.Type{quiz.Single, quiz.Multi, quiz.TrueFalse, quiz.Classify, quiz.Order, quiz.Match} {
		m, _ := oneQuestion(t, ctx, typ, nil)
		pos := func(b key.Binding) int {
			for i, h := range m.ShortHelp() {
				if h.Help() == b.Help() {
					return i
				}
			}
			return -1
		}
		submit, back := pos(m.keys.Submit), pos(m.keys.Back)
		if submit < 0 || back < 0 {
			t.Errorf("%v: short help lacks submit or back", typ)
			continue
		}
		for _, move := range []key.Binding{m.keys.Up, m.keys.Down} {
			if p := pos(move); p >= 0 && (p < submit || p < back) {
				t.Errorf("%v: %q comes before submitting and leaving in the short help", typ, move.Help().Desc)
			}
		}
	}
}

// TestMatchHelpNamesTheLetters checks that the match help names the
// letters the question shows, not a fixed range.
func TestMatchHelpNamesTheLetters(t *testing.T) {
	ctx := newCtx(t, "")
	m := question(t, ctx, "fallacies-1")
	want := "←/→ a-" + string(rune('a'+len(m.ans.Match())-1))
	if got := m.ShortHelp()[0].Help().Key; got != want {
		t.Errorf("match help key %q, want %q (%d pairs)", got, want, len(m.ans.Match()))
	}
}

// TestShortHelpFitsAt80 checks that for every question type the short
// help up to "esc back", with the app's "? more keys • q quit" after it,
// fits an 80-column terminal: the help line drops the last keys first, so
// only moving the cursor may be cut off, never how to answer or leave.
func TestShortHelpFitsAt80(t *testing.T) {
	ctx := newCtx(t, "")
	h := help.New()
	const app = " • ? more keys • q quit"
	for _, typ := range quiz.Types {
		m, _ := oneQuestion(t, ctx, typ, nil)
		bs := m.ShortHelp()
		end := len(bs)
		for i, b := range bs {
			if b.Help() == m.keys.Back.Help() {
				end = i + 1
			}
		}
		line := ansi.Strip(h.ShortHelpView(bs[:end]))
		if w := lipgloss.Width(line + app); w > 78 {
			t.Errorf("%v: help up to esc is %d columns, want at most 78: %s", typ, w, line)
		}
	}
}
