package sectionview

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/theme"
)

// TestQuizCardLettersLikeLive: a lesson's quiz card letters the choices as
// quiz.Deal does with ShownSeed, the letters the question opened live shows.
func TestQuizCardLettersLikeLive(t *testing.T) {
	q := quiz.Question{ID: "x-1", Type: quiz.Single, Prompt: "Which?", Choices: []quiz.Choice{
		{Text: "alpha"}, {Text: "beta", Correct: true}, {Text: "gamma"}, {Text: "delta"}, {Text: "epsilon"}}}
	r := New(theme.New(true), true)
	r.SetBank(quiz.NewBank([]quiz.Question{q}))
	out := ansi.Strip(r.Block(lessons.Block{Kind: lessons.KindQuiz, Args: []string{"x-1"}}, 80))
	for i, c := range quiz.Deal(q, quiz.ShownSeed).Question.Choices {
		if w := quiz.Letter(i) + ") " + c.Text; !strings.Contains(out, w) {
			t.Errorf("card lacks %q:\n%s", w, out)
		}
	}
}
