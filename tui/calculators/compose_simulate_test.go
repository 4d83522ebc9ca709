package calculators

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"faultline/calc"
	"faultline/tui/components/simchart"
)

// runSim presses k and delivers the simulation the key asked for.
func runSim(t *testing.T, m *Compose, k string) {
	t.Helper()
	cmd := m.Update(press(k))
	if cmd == nil {
		t.Fatalf("%s started no simulation", k)
	}
	if !strings.Contains(m.View(), "Simulating with") {
		t.Errorf("no sign of the simulation running:\n%s", m.View())
	}
	m.Update(cmd())
}

func TestComposeSimulatesTheSystemOnScreen(t *testing.T) {
	m := sized(NewCompose(testCtx(), "web:99.9 | web:99.9"), 100, 30)
	runSim(t, m, "s")
	r := m.sim.result
	if r == nil {
		t.Fatalf("no result: %v", m.sim.err)
	}
	want := m.System().Availability().Fraction()
	if want < r.CILow || want > r.CIHigh {
		t.Errorf("independent replicas: formula %.8f outside [%.8f, %.8f]", want, r.CILow, r.CIHigh)
	}
	// The same figures as `faultline nines --simulate` for the same years and seed.
	cli, _ := calc.Simulate(m.System(), calc.SimOptions{Years: r.Years, Seed: 1, TracePoints: len(r.Trace)})
	if cli.Availability != r.Availability {
		t.Errorf("composer measured %v, the command line %v", r.Availability, cli.Availability)
	}
	view := m.View()
	for _, s := range []string{"Simulated 10,000 years", "independent failures", "the formula's 6.00", "10,000 years", "down  │"} {
		if !strings.Contains(view, s) {
			t.Errorf("view lacks %q:\n%s", s, view)
		}
	}
	independent := r.Availability

	// Each c steps the common cause and runs again: at 1 %, then 5 %, the
	// measured availability falls below the formula's.
	runSim(t, m, "c")
	runSim(t, m, "c")
	if !strings.Contains(m.View(), "common cause 5%") {
		t.Errorf("view does not name the common cause:\n%s", m.View())
	}
	if m.sim.result == nil || m.sim.result.CIHigh >= want || m.sim.result.Availability >= independent {
		t.Errorf("5 %% common cause: %+v, want below the formula %.8f", m.sim.result, want)
	}

	// Changing the system drops the result, which described another one.
	keys(m, "p")
	if m.sim.result != nil || strings.Contains(m.View(), "Simulated") {
		t.Error("a result outlived the system it measured")
	}
}

func TestComposeDropsAStaleSimulation(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99 | b:99"), 100, 30)
	cmd := m.Update(press("s"))
	keys(m, "p") // the system changes while the simulation runs
	m.Update(cmd())
	if m.sim.result != nil {
		t.Error("the result of a simulation of the old system was shown")
	}
}

func TestComposeOpensWithALessonsCommonCause(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	m.SetCommonCause(0.1)
	runSim(t, m, "s")
	if !strings.Contains(m.View(), "common cause 10%") {
		t.Errorf("view does not simulate with the lesson's 10 %%:\n%s", m.View())
	}

	// A share that is not one of the steps joins them, in order.
	m = sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	m.SetCommonCause(0.03)
	runSim(t, m, "s")
	if !strings.Contains(m.View(), "common cause 3%") {
		t.Errorf("view does not simulate with 3 %%:\n%s", m.View())
	}
	runSim(t, m, "c")
	if !strings.Contains(m.View(), "common cause 5%") {
		t.Errorf("c after 3 %% should step to 5 %%:\n%s", m.View())
	}

	// 100 × 0.07 is 7.000000000000001 in floating point: the slider and
	// the result say 7.
	m = sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	m.SetCommonCause(0.07)
	runSim(t, m, "s")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "[7]") || !strings.Contains(v, "common cause 7%") {
		t.Errorf("a 7%% common cause is not written 7:\n%s", v)
	}
}

// chartRows finds the plot's rows in a view: the line labelled with the
// formula's nines (the reference), the line where the run ended, and the
// outage strip.
func chartRows(t *testing.T, view string) (plot []string, ref int, strip string) {
	t.Helper()
	lines := strings.Split(ansi.Strip(view), "\n")
	ref = -1
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "down  │"):
			strip = strings.TrimPrefix(l, "down  │")
		case strings.Contains(l, "┤") || strings.HasPrefix(l, "      │"):
			if strings.ContainsRune(l, simchart.Ref) && ref < 0 {
				ref = len(plot)
			}
			plot = append(plot, l)
		}
	}
	if len(plot) < simchart.MinRows || strip == "" {
		t.Fatalf("no chart in the view:\n%s", ansi.Strip(view))
	}
	return plot, ref, strip
}

// endRow is the row of the plot where the line ends, in its last column.
func endRow(plot []string) int {
	for i, l := range plot {
		r := []rune(strings.TrimRight(l, " "))
		if n := len([]rune(plot[0])); len(r) == n && r[n-1] != simchart.Ref && r[n-1] != ' ' {
			return i
		}
	}
	return -1
}

// TestComposeChartTellsTheStory checks what a student should see without
// reading a number: independent replicas end on the formula's dashed row;
// with a tenth of failures shared the line ends well below it and the
// outage strip turns dark.
func TestComposeChartTellsTheStory(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 40)
	runSim(t, m, "s")
	plot, ref, strip := chartRows(t, m.View())
	if ref < 0 {
		t.Fatalf("no reference row:\n%s", strings.Join(plot, "\n"))
	}
	if end := endRow(plot); end < ref-1 || end > ref+1 {
		t.Errorf("independent: the line ends on row %d, the formula is row %d:\n%s", end, ref, strings.Join(plot, "\n"))
	}
	if dark := strings.Count(strip, "█"); dark > len([]rune(strip))/10 {
		t.Errorf("independent: %d dark stretches in the strip %q", dark, strip)
	}

	m.SetCommonCause(0.1)
	runSim(t, m, "s")
	plot, ref, strip = chartRows(t, m.View())
	if end := endRow(plot); end < ref+2 {
		t.Errorf("10 %% common cause: the line ends on row %d, not well below the formula's row %d:\n%s", end, ref, strings.Join(plot, "\n"))
	}
	if dark := strings.Count(strip, "█"); dark < len([]rune(strip))/2 {
		t.Errorf("10 %% common cause: only %d dark stretches in the strip %q", dark, strip)
	}
}

func TestComposeCommonCauseSlider(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	slider := func() string {
		for _, l := range strings.Split(ansi.Strip(m.View()), "\n") {
			if strings.HasPrefix(l, "Common cause") {
				return l
			}
		}
		t.Fatalf("no slider:\n%s", ansi.Strip(m.View()))
		return ""
	}
	if got := slider(); !strings.Contains(got, "(%) [0] ── 1 ── 5 ── 10 ── 20") {
		t.Errorf("slider at rest: %q", got)
	}
	runSim(t, m, "c")
	runSim(t, m, "c")
	runSim(t, m, "c")
	if got := slider(); !strings.Contains(got, "(%) 0 ━━ 1 ━━ 5 ━━ [10] ── 20") {
		t.Errorf("slider at 10 %%: %q", got)
	}
	runSim(t, m, "C")
	if got := slider(); !strings.Contains(got, "[5]") || !strings.Contains(m.View(), "common cause 5%") {
		t.Errorf("C should step back to 5 %%: %q", got)
	}
	runSim(t, m, "C")
	runSim(t, m, "C")
	runSim(t, m, "C") // from 0 back round to the top
	if got := slider(); !strings.Contains(got, "10 ━━ [20]") {
		t.Errorf("C from 0 should wrap to 20 %%: %q", got)
	}
}

func TestComposeSharedDependency(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	runSim(t, m, "x")
	r := m.sim.result
	if r == nil {
		t.Fatalf("no result: %v", m.sim.err)
	}
	// The dependency is in series: 0.9999 × 0.999999 = 0.9998990001.
	if want := calc.MustParseAvailability("99.98990001"); r.Analytical.Cmp(want) != 0 {
		t.Errorf("formula with the dependency %s, want %s", r.Analytical.ExactPercent(), want.ExactPercent())
	}
	view := ansi.Strip(m.View())
	for _, want := range []string{"shared dependency [99.99%] in series: 99.9899%", "the formula's 4.00", "shared dependency:"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	if r.CILow > 0.9998990001 || r.CIHigh < 0.9998990001 {
		t.Errorf("measured [%v, %v] misses the formula with the dependency", r.CILow, r.CIHigh)
	}
	runSim(t, m, "x")
	runSim(t, m, "x")
	if m.sharedDep() != nil || !strings.Contains(ansi.Strip(m.View()), "shared dependency none") {
		t.Error("x should step back round to no dependency")
	}
}

// TestComposeSimulationFitsEverySize draws the simulated composer at the
// sizes students use: it fits, the chart grows with the room, and every
// part of the story shows.
func TestComposeSimulationFitsEverySize(t *testing.T) {
	rows := map[int]int{}
	for _, size := range [][2]int{{78, 20}, {118, 36}, {198, 56}} {
		m := sized(NewCompose(testCtx(), Presets[0].Expr), size[0], size[1])
		m.SetCommonCause(0.1)
		runSim(t, m, "s")
		view := ansi.Strip(m.View())
		lines := strings.Split(view, "\n")
		if len(lines) > size[1] {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: line of %d columns: %q", size, w, l)
			}
		}
		for _, want := range []string{"System 99.939905%", "[10]", "Simulated 10,000 years", "10,000 years", "down  │", "the formula's"} {
			if !strings.Contains(view, want) {
				t.Errorf("%v: view lacks %q:\n%s", size, want, view)
			}
		}
		plot, _, _ := chartRows(t, view)
		rows[size[1]] = len(plot)
	}
	if !(rows[20] < rows[36] && rows[36] <= rows[56]) {
		t.Errorf("chart rows by height %v: it should grow with the room", rows)
	}
}

// TestGoldenSimulation80x24 is the composer at 80×24 after simulating two
// replicas with a tenth of failures shared: the chart, the strip and the
// slider in the room a small terminal leaves.
func TestGoldenSimulation80x24(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 78, 20)
	m.SetCommonCause(0.1)
	runSim(t, m, "s")
	golden.RequireEqual(t, []byte(ansi.Strip(m.View())))
}

// TestComposeSimulationAtTinySizes draws a simulated composer in windows
// far too small for it, as a slide's preview or a shrunk terminal gives:
// no panic, and nothing wider or taller than the window.
func TestComposeSimulationAtTinySizes(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	runSim(t, m, "c")
	for _, size := range [][2]int{{1, 1}, {10, 4}, {20, 6}, {40, 10}, {60, 12}} {
		m.SetSize(size[0], size[1])
		view := m.View()
		lines := strings.Split(view, "\n")
		if len(lines) > size[1] {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: a line of %d columns", size, w)
				break
			}
		}
	}
}

func TestComposeSaysWhenTheRunSawNoOutage(t *testing.T) {
	m := sized(NewCompose(testCtx(), "99.9999 | 99.9999"), 100, 30)
	runSim(t, m, "s")
	if m.sim.result == nil || m.sim.result.Outages != 0 {
		t.Fatalf("want a run without outages: %+v", m.sim.result)
	}
	if view := ansi.Strip(m.View()); !strings.Contains(view, "never down") || strings.Contains(view, "0.00×") {
		t.Errorf("the view should say the run saw no outage:\n%s", view)
	}
}

// TestComposeStopsARunItNoLongerWants: a key that asks for a new run stops
// the one under way, whose late answer changes nothing; the latest wins.
func TestComposeStopsARunItNoLongerWants(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	first := m.Update(press("s"))
	stop := m.sim.stop
	second := m.Update(press("c"))
	if stop == nil || !stop.Load() {
		t.Fatal("the first run was not told to stop")
	}
	msg := first().(simulatedMsg)
	if !errors.Is(msg.err, calc.ErrSimulationStopped) {
		t.Errorf("the first run returned %v, want it stopped", msg.err)
	}
	m.Update(msg)
	if m.sim.err != nil || !m.sim.running {
		t.Errorf("the stopped run's answer changed the screen: %v", m.sim.err)
	}
	m.Update(second())
	if m.sim.result == nil || !strings.Contains(m.View(), "common cause 1%") {
		t.Errorf("the latest run is not shown:\n%s", ansi.Strip(m.View()))
	}
	// Changing the system stops a run as well.
	third := m.Update(press("s"))
	keys(m, "p")
	if msg := third().(simulatedMsg); !errors.Is(msg.err, calc.ErrSimulationStopped) {
		t.Errorf("a run of a system no longer shown went on: %v", msg.err)
	}
}

// TestComposeOpenedWithASharedDependency: a lesson's block sets a
// dependency with its own repair time; the composer simulates with it, says
// it on the controls line, and x still steps through the usual ones.
func TestComposeOpenedWithASharedDependency(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	d, err := calc.ParseSharedDependency("99.95,4h")
	if err != nil {
		t.Fatal(err)
	}
	m.SetSharedDependency(d)
	runSim(t, m, "s")
	if got := m.sharedDep(); got == nil || got.MTTR != 4*time.Hour {
		t.Fatalf("dependency %+v, want 99.95%% repaired in 4h", got)
	}
	if view := ansi.Strip(m.View()); !strings.Contains(view, "shared dependency [99.95%,4h] in series") {
		t.Errorf("controls do not name the lesson's dependency:\n%s", view)
	}
	runSim(t, m, "x") // round to none
	if m.sharedDep() != nil {
		t.Errorf("x after the lesson's dependency should go to none, got %+v", m.sharedDep())
	}
	runSim(t, m, "x")
	if got := m.sharedDep(); got == nil || got.A.String() != "99.99%" {
		t.Errorf("x should then give the usual 99.99%%, got %+v", got)
	}
	fresh := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	fresh.SetSharedDependency(calc.SharedDependency{A: calc.MustParseAvailability("99.9")})
	if len(fresh.deps()) != len(sharedDeps) || fresh.sharedDep() != sharedDeps[2] {
		t.Errorf("a dependency among the usual ones added a step or was not chosen: %d steps", len(fresh.deps()))
	}
}
