package notes

import (
	"testing"

	"faultline/internal/lecture"
)

// BenchmarkNotesView is one state from the link and the redraw.
func BenchmarkNotesView(b *testing.B) {
	d := testDeck(b)
	clk := &clock{t: start}
	n := newTestNotes(100, 30, clk)
	timer := lecture.NewTimer(0, start)
	states := make([]updateMsg, 0, d.Len())
	for nav := (lecture.Nav{}); len(states) < d.Len(); nav = nav.Next(d) {
		states = append(states, updateMsg{State: d.State(nav, timer, false, start), Connected: true})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		n.Update(states[i%len(states)])
		_ = n.View()
	}
}
