package calculators

import (
	"fmt"
	"strings"
	"testing"

	"faultline/calc"
	"faultline/tui/components/simchart"
)

// twentyComponents is a system of twenty components in fourteen stages:
// six parallel pairs, seven single components and a 2-of-3 quorum.
func twentyComponents() string {
	var stages []string
	n, pairs := 0, 0
	for i := range 14 {
		switch {
		case i == 7:
			n++
			stages = append(stages, fmt.Sprintf("q:2of3(c%d:99.9)", n))
		case i%2 == 0 && pairs < 6:
			stages = append(stages, fmt.Sprintf("(c%d:99.9 | c%d:99.95)", n+1, n+2))
			n, pairs = n+2, pairs+1
		default:
			n++
			stages = append(stages, fmt.Sprintf("c%d:99.99", n))
		}
	}
	return strings.Join(stages, " * ")
}

// BenchmarkComposeKeystroke is one key on the diagram of a twenty-component
// system (selection moving) and the redraw it causes.
func BenchmarkComposeKeystroke(b *testing.B) {
	m := sized(NewCompose(testCtx(), twentyComponents()), 100, 30)
	if got := len(m.leaves); got != 20 {
		b.Fatalf("%d components, want 20", got)
	}
	benchSelecting(b, m)
}

// benchSelecting moves the selection across m's diagram and back, one key
// and one redraw per operation.
func benchSelecting(b *testing.B, m *Compose) {
	right, left := press("right"), press("left")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i/len(m.leaves)%2 == 0 {
			m.Update(right)
		} else {
			m.Update(left)
		}
		_ = m.View()
	}
}

// BenchmarkComposeTyping is one key typed into the expression of a
// twenty-component system: parse, recompute and redraw.
func BenchmarkComposeTyping(b *testing.B) {
	m := sized(NewCompose(testCtx(), twentyComponents()), 100, 30)
	keys(m, "tab")
	nine, back := press("9"), press("backspace")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			m.Update(nine)
		} else {
			m.Update(back)
		}
		_ = m.View()
	}
}

// BenchmarkNinesKeystroke is one nudge in the nines calculator and its redraw.
func BenchmarkNinesKeystroke(b *testing.B) {
	m := sized(NewNines(testCtx(), "99.95", "28d"), 100, 30)
	up, down := press("+"), press("-")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			m.Update(up)
		} else {
			m.Update(down)
		}
		_ = m.View()
	}
}

// BenchmarkComposeSimulatedKeystroke is one key on the diagram of a
// twenty-component system with its simulation drawn (chart, strip and
// slider) at 200×60, the largest chart.
func BenchmarkComposeSimulatedKeystroke(b *testing.B) {
	m := sized(NewCompose(testCtx(), twentyComponents()), 200, 60)
	m.SetCommonCause(0.1)
	m.Update(m.Update(press("s"))())
	if m.sim.result == nil {
		b.Fatalf("no simulation: %v", m.sim.err)
	}
	benchSelecting(b, m)
}

// BenchmarkComposeSimulation is the command s runs: the simulation of the
// twenty-component system at 10 % common cause with its trace, off the
// screen's update loop.
func BenchmarkComposeSimulation(b *testing.B) {
	sys, err := calc.ParseExpr(twentyComponents())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		msg := simulate(1, sys, 0.1, &calc.SharedDependency{A: calc.MustParseAvailability("99.99")}, simchart.PlotWidth(200), nil)().(simulatedMsg)
		if msg.err != nil {
			b.Fatal(msg.err)
		}
	}
}
