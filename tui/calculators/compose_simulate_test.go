package calculators

import (
	"math"
	"strings"
	"testing"

	"faultline/calc"
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
	for _, s := range []string{"Simulated", "independent failures", "formula's 6.00 nines", "▁"} {
		if !strings.Contains(view, s) {
			t.Errorf("view lacks %q:\n%s", s, view)
		}
	}
	independent := r.Availability

	// Each c steps the common cause and runs again: at 1 %, then 5 %, the
	// measured availability falls below the formula's.
	runSim(t, m, "c")
	runSim(t, m, "c")
	if !strings.Contains(m.View(), "common cause 5 %") {
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

func TestSparklineKeepsTheFormulaOnItsScale(t *testing.T) {
	line, lo, hi := sparkline([]float64{0.99, 0.995, 0.999}, 4)
	if math.Abs(lo-2) > 1e-9 || hi != 4 || line != "▁▂▄" {
		t.Errorf("sparkline %q on %v–%v", line, lo, hi)
	}
}

func TestComposeOpensWithALessonsCommonCause(t *testing.T) {
	m := sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	m.SetCommonCause(0.1)
	runSim(t, m, "s")
	if !strings.Contains(m.View(), "common cause 10 %") {
		t.Errorf("view does not simulate with the lesson's 10 %%:\n%s", m.View())
	}

	// A share that is not one of the steps joins them, in order.
	m = sized(NewCompose(testCtx(), "a:99.9 | b:99.9"), 100, 30)
	m.SetCommonCause(0.03)
	runSim(t, m, "s")
	if !strings.Contains(m.View(), "common cause 3 %") {
		t.Errorf("view does not simulate with 3 %%:\n%s", m.View())
	}
	runSim(t, m, "c")
	if !strings.Contains(m.View(), "common cause 5 %") {
		t.Errorf("c after 3 %% should step to 5 %%:\n%s", m.View())
	}
}
