package scenarios

import "testing"

// benchFrame measures drawing one frame of a scenario at 100×30, playing,
// after its failure has begun.
func benchFrame(b *testing.B, name string, tick int) {
	p := newTestPlayer(b, name, 100, 30)
	stepTo(p, tick)
	_ = p.View()
	b.ReportAllocs()
	for b.Loop() {
		_ = p.View()
	}
}

// BenchmarkFrameRetryStorm draws the largest scenario in its storm.
func BenchmarkFrameRetryStorm(b *testing.B) { benchFrame(b, "retry-storm", 200) }

// BenchmarkFrameActiveActive draws the scenario with the most boxes.
func BenchmarkFrameActiveActive(b *testing.B) { benchFrame(b, "active-active", 115) }

// BenchmarkTick measures one playing frame at ×16: eight engine steps and
// a redraw.
func BenchmarkTick(b *testing.B) {
	p := newTestPlayer(b, "retry-storm", 100, 30)
	for range 4 {
		press(p, "+")
	}
	b.ReportAllocs()
	for b.Loop() {
		if p.sim.Done() {
			p.reset()
		}
		p.advance(8)
		_ = p.View()
	}
}
