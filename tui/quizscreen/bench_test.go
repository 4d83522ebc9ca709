package quizscreen

import (
	"testing"

	"faultline/quiz"
)

// BenchmarkViewQuestion draws a match question, the longest screen, at 100×30.
func BenchmarkViewQuestion(b *testing.B) {
	_, bank := content(b)
	q, _ := bank.ByID("fallacies-1")
	m := New(newCtx(b, ""), "Bench", []quiz.Question{q}, Options{Seed: 1})
	m.SetSize(100, 30)
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkViewPicker draws the picker, which counts due questions, at 100×30.
func BenchmarkViewPicker(b *testing.B) {
	_, bank := content(b)
	p := NewPicker(newCtx(b, ""), bank, Options{Seed: 1})
	p.SetSize(100, 30)
	for b.Loop() {
		_ = p.View()
	}
}
