package calculators

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"faultline/calc"
)

// commonCauses are the common-cause shares the composer's key steps
// through: independent, then ever more failures shared by a group.
var commonCauses = []float64{0, 0.01, 0.05, 0.1, 0.2}

// simEvents is the work one simulation in the composer may take, about a
// tenth of a second: the years simulated shrink for busy systems.
const simEvents = 2_000_000

// maxSimYears is the longest the composer simulates.
const maxSimYears = 10_000

// simulatedMsg carries a finished simulation of the system on screen.
type simulatedMsg struct {
	run    int
	result calc.SimResult
	err    error
}

// simulation is the state of the composer's simulation panel.
type simulation struct {
	beta    int       // index into the steps of causes()
	steps   []float64 // the steps of c when a lesson set a share not in commonCauses
	run     int       // counts requests; a result of an older one is dropped
	running bool
	result  *calc.SimResult
	err     error
}

// simulate returns the command that simulates sys with common-cause share
// beta, long enough to converge but within simEvents events.
func simulate(run int, sys calc.Block, beta float64, points int) tea.Cmd {
	return func() tea.Msg {
		o := calc.SimOptions{Years: 1, Seed: 1, CommonCause: beta, TracePoints: points}
		perYear := calc.EstimateSimEvents(sys, o)
		o.Years = maxSimYears
		if perYear > 0 {
			o.Years = math.Max(1, math.Min(maxSimYears, math.Floor(simEvents/perYear)))
		}
		r, err := calc.Simulate(sys, o)
		return simulatedMsg{run: run, result: r, err: err}
	}
}

// startSimulation runs the simulation of the system on screen.
func (m *Compose) startSimulation() tea.Cmd {
	m.sim.run++
	m.sim.running, m.sim.err = true, nil
	return simulate(m.sim.run, m.sys, m.causes()[m.sim.beta], m.sparkWidth())
}

// forgetSimulation drops a result that no longer describes the system.
func (m *Compose) forgetSimulation() {
	m.sim.run++
	m.sim.running, m.sim.result, m.sim.err = false, nil, nil
}

func (m *Compose) simulated(msg simulatedMsg) {
	if msg.run != m.sim.run {
		return
	}
	m.sim.running = false
	if msg.err != nil {
		m.sim.err = msg.err
		return
	}
	m.sim.result = &msg.result
}

// sparkWidth is the number of points of the convergence line.
func (m *Compose) sparkWidth() int { return max(8, min(60, m.width-24)) }

// simulationLines draws the simulation panel: what was measured beside the
// formula, and the running estimate in nines over the simulated years.
func (m *Compose) simulationLines() []string {
	st := m.ctx.Styles
	beta := m.causes()[m.sim.beta]
	cause := "independent failures"
	if beta > 0 {
		cause = "common cause " + calc.ShareText(beta)
	}
	switch {
	case m.sim.running:
		return []string{st.App.Dim.Render("Simulating with " + cause + "…")}
	case m.sim.err != nil:
		return []string{st.App.Error.Render(wrap(m.sim.err.Error(), m.width))}
	case m.sim.result == nil:
		return nil
	}
	r := m.sim.result
	head := fmt.Sprintf("Simulated %s years, %s: %.5f%% (95 %% CI %.5f–%.5f) · %s down a year · %s the formula's downtime",
		calc.GroupThousands(r.Years), cause, 100*r.Availability, 100*r.CILow, 100*r.CIHigh,
		calc.FormatDuration(r.DowntimePerYear), ratioWords(r.UnavailabilityRatio()))
	lines := []string{wrap(head, m.width)}
	formula, ok := r.Analytical.Nines()
	if !ok || len(r.Trace) == 0 {
		return lines
	}
	line, lo, hi := sparkline(r.Trace, formula)
	lines = append(lines, st.App.Title.Render(line)+st.App.Dim.Render(fmt.Sprintf(" %.2f–%.2f nines", lo, hi)),
		st.App.Dim.Render(wrap(fmt.Sprintf("Running estimate over the years, against the formula's %.2f nines; c steps the common cause.", formula), m.width)))
	return lines
}

func ratioWords(r float64) string {
	if math.IsInf(r, 1) {
		return "down where the formula says never"
	}
	return strconv.FormatFloat(r, 'f', 2, 64) + "×"
}

// sparkline draws trace (availabilities) as nines in block characters on a
// scale that includes the formula's nines, so that a run falling short of
// the formula stays visibly below the top.
func sparkline(trace []float64, formula float64) (line string, lo, hi float64) {
	nines := make([]float64, len(trace))
	lo, hi = formula, formula
	for i, a := range trace {
		n := formula + 3 // a stretch with no downtime yet is off the top
		if a < 1 {
			n = -math.Log10(1 - a)
		}
		nines[i] = min(n, formula+3)
		lo, hi = min(lo, nines[i]), max(hi, nines[i])
	}
	const levels = "▁▂▃▄▅▆▇█"
	blocks := []rune(levels)
	var b strings.Builder
	for _, n := range nines {
		i := len(blocks) - 1
		if hi > lo {
			i = int(math.Round((n - lo) / (hi - lo) * float64(len(blocks)-1)))
		}
		b.WriteRune(blocks[i])
	}
	return b.String(), lo, hi
}

// causes are the common-cause shares the c key steps through.
func (m *Compose) causes() []float64 {
	if m.sim.steps != nil {
		return m.sim.steps
	}
	return commonCauses
}

// SetCommonCause sets the common-cause share the composer simulates with,
// adding beta to the steps the c key goes through when it is not one.
func (m *Compose) SetCommonCause(beta float64) {
	for i, c := range m.causes() {
		if c == beta {
			m.sim.beta = i
			return
		}
	}
	steps := append(slices.Clone(commonCauses), beta)
	slices.Sort(steps)
	m.sim.steps = steps
	m.sim.beta = slices.Index(steps, beta)
}
