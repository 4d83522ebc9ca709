package slides

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
// before: the Markdown goes through Glamour each time.
func BenchmarkSlideChangeCold(b *testing.B) {
	m, _ := newTestPresenter(b, 100, 30, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if m.nav.Slide == m.deck.Len()-1 {
			b.StopTimer()
			press(m, "g")
			clear(m.cache)
			b.StartTimer()
		}
		press(m, "right")
		_ = m.View()
	}
}

// BenchmarkNotesView is one state from the link and the redraw.
func BenchmarkNotesView(b *testing.B) {
	m, clk := newTestPresenter(b, 100, 30, 0)
	n := NewNotes(m.ctx, nil, clk.now)
	n.Update(sizeMsg(100, 30))
	states := make([]updateMsg, 0, m.deck.Len())
	for range m.deck.Len() {
		states = append(states, updateMsg{State: m.State(), Connected: true})
		press(m, "right")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		n.Update(states[i%len(states)])
		_ = n.View()
	}
}
