package presenter

import "testing"

// BenchmarkSlideChange is one press of next and the redraw it causes,
// over the whole course at 100×30 (every slide is drawn once before the
// timer starts, as a lecture's rehearsal would).
func BenchmarkSlideChange(b *testing.B) {
	m, _ := newTestPresenter(b, 100, 30, 0)
	for range m.deck.Len() * 10 {
		press(m, "right")
		_ = m.View()
	}
	press(m, "g")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if m.nav.Slide == m.deck.Len()-1 {
			press(m, "g")
		}
		press(m, "right")
		_ = m.View()
	}
}

// BenchmarkSlideChangeCold is next and redraw on slides never drawn
// before: the Markdown is rendered afresh each time.
func BenchmarkSlideChangeCold(b *testing.B) {
	m, _ := newTestPresenter(b, 100, 30, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if m.nav.Slide == m.deck.Len()-1 {
			b.StopTimer()
			press(m, "g")
			m.paint.Forget()
			b.StartTimer()
		}
		press(m, "right")
		_ = m.View()
	}
}
