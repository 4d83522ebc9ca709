package app

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/assets"
	"faultline/lessons"
	"faultline/quiz"
)

// benchView measures drawing a screen at 120×40 after its first render.
func benchView(b *testing.B, path ...string) {
	m := newTestModel(b, 120, 40, "")
	keys(b, m, path...)
	_ = m.View()
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkViewHome(b *testing.B)       { benchView(b) }
func BenchmarkViewLessonList(b *testing.B) { benchView(b, "enter") }
func BenchmarkViewReader(b *testing.B)     { benchView(b, "enter", "j", "enter") }
func BenchmarkViewGlossary(b *testing.B) {
	benchView(b, entryKey(b, newTestModel(b, 120, 40, ""), "Glossary"), "/", "f", "a")
}

// BenchmarkPageTurn measures turning to the next section and drawing it,
// once every section has been rendered at this width.
func BenchmarkPageTurn(b *testing.B) {
	m := newTestModel(b, 120, 40, "")
	keys(b, m, "enter", "j", "enter")
	for range 12 {
		keys(b, m, "right")
	}
	keys(b, m, "g")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			m.Top().Update(keyMsg("right"))
		} else {
			m.Top().Update(keyMsg("left"))
		}
		_ = m.View()
	}
}

// BenchmarkStartup measures loading the course and drawing the first frame.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		c, err := lessons.Load(assets.FS)
		if err != nil {
			b.Fatal(err)
		}
		bank, err := quiz.Load(assets.FS, c)
		if err != nil {
			b.Fatal(err)
		}
		opt := Options{Course: c, Bank: bank, NoColor: true}
		ctx, _ := NewContext(opt)
		m := New(ctx, opt.Config)
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}
