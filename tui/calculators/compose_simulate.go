package calculators

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"faultline/calc"
	"faultline/tui/components/simchart"
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

// sharedDeps are the shared dependencies the composer's key steps
// through: none, then a rack switch of four and of three nines, repaired
// in the run's hour.
var sharedDeps = []*calc.SharedDependency{nil,
	{A: calc.MustParseAvailability("99.99")}, {A: calc.MustParseAvailability("99.9")}}

// simulation is the state of the composer's simulation panel.
type simulation struct {
	beta     int                      // index into the steps of causes()
	steps    []float64                // the steps of c when a lesson set a share not in commonCauses
	shared   int                      // index into deps()
	depSteps []*calc.SharedDependency // the steps of x when a lesson set a dependency not in sharedDeps
	run      int                      // counts requests; a result of an older one is dropped
	stop     *atomic.Bool             // stops the run under way when a newer one is asked for
	running  bool
	result   *calc.SimResult
	err      error
	// chart is the drawn chart of result, kept while the size stays.
	chart chartCache
}

// chartCache is a result's chart drawn for a width, by number of rows: the
// view draws it at the least height to measure the room, then taller.
type chartCache struct {
	result *calc.SimResult
	width  int
	byRows map[int][]string
}

// simulate returns the command that simulates sys with common-cause share
// beta and the shared dependency dep (nil for none), long enough to
// converge but within simEvents events.
func simulate(run int, sys calc.Block, beta float64, dep *calc.SharedDependency, points int, stop *atomic.Bool) tea.Cmd {
	return func() tea.Msg {
		o := calc.SimOptions{Years: 1, Seed: 1, CommonCause: beta, Shared: dep, TracePoints: points, Stop: stop}
		perYear := calc.EstimateSimEvents(sys, o)
		o.Years = maxSimYears
		if perYear > 0 {
			o.Years = math.Max(1, math.Min(maxSimYears, math.Floor(simEvents/perYear)))
		}
		r, err := calc.Simulate(sys, o)
		return simulatedMsg{run: run, result: r, err: err}
	}
}

// startSimulation runs the simulation of the system on screen, stopping
// any run still under way: the latest request wins, and keys pressed in a
// row do not pile up runs. The last result stays drawn until the new one
// comes, so the screen does not jump.
func (m *Compose) startSimulation() tea.Cmd {
	m.stopSimulation()
	m.sim.stop = new(atomic.Bool)
	m.sim.running, m.sim.err = true, nil
	return simulate(m.sim.run, m.sys, m.causes()[m.sim.beta], m.sharedDep(), simchart.PlotWidth(m.width), m.sim.stop)
}

// stopSimulation stops the run under way, if any, and makes sure its
// result is dropped when it comes.
func (m *Compose) stopSimulation() {
	m.sim.run++
	if m.sim.stop != nil {
		m.sim.stop.Store(true)
		m.sim.stop = nil
	}
}

// forgetSimulation drops a result that no longer describes the system.
func (m *Compose) forgetSimulation() {
	m.stopSimulation()
	m.sim.running, m.sim.result, m.sim.err = false, nil, nil
}

func (m *Compose) simulated(msg simulatedMsg) {
	if msg.run != m.sim.run {
		return
	}
	m.sim.running, m.sim.stop = false, nil
	if msg.err != nil {
		m.sim.err, m.sim.result = msg.err, nil
		return
	}
	m.sim.result = &msg.result
}

// sharedDep is the shared dependency chosen, nil for none.
func (m *Compose) sharedDep() *calc.SharedDependency {
	return m.deps()[m.sim.shared]
}

// simControls is the line of the simulation's settings: the common-cause
// slider and the shared dependency.
func (m *Compose) simControls() string {
	st := m.ctx.Styles
	steps := m.causes()
	var track strings.Builder
	for i, c := range steps {
		if i > 0 {
			rule := " ── "
			if i <= m.sim.beta {
				rule = " ━━ "
			}
			track.WriteString(rule)
		}
		v := strings.TrimSuffix(calc.ShareText(c), "%")
		if i == m.sim.beta {
			v = st.App.Title.Render("[" + v + "]")
		}
		track.WriteString(v)
	}
	dep := "none"
	if d := m.sharedDep(); d != nil {
		dep = st.App.Title.Render("["+d.String()+"]") + " in series: " + d.Formula(m.sys).Availability().String()
	}
	return wrap(st.App.Dim.Render("Common cause (%) ")+track.String()+
		st.App.Dim.Render(" · shared dependency ")+dep, m.width)
}

// simulationLines draws the simulation panel with a chart of rows rows:
// what was measured beside the formula, the running estimate converging
// over the simulated years against the formula's reference line, and the
// strip of outages.
func (m *Compose) simulationLines(rows int) []string {
	st := m.ctx.Styles
	lines := []string{m.simControls()}
	beta := m.causes()[m.sim.beta]
	cause := "independent failures"
	if beta > 0 {
		cause = "common cause " + calc.ShareText(beta)
	}
	if m.sim.shared > 0 {
		cause += ", shared dependency"
	}
	switch {
	case m.sim.err != nil:
		return append(lines, st.App.Error.Render(wrap(m.sim.err.Error(), m.width)))
	case m.sim.result == nil && m.sim.running:
		return append(lines, st.App.Dim.Render("Simulating with "+cause+"…"))
	case m.sim.result == nil:
		return lines
	}
	r := m.sim.result
	head := fmt.Sprintf("Simulated %s years, %s: %.5f%% (95%% CI %.5f–%.5f) · %s down a year · %s the formula's downtime",
		calc.GroupThousands(r.Years), cause, 100*r.Availability, 100*r.CILow, 100*r.CIHigh,
		calc.FormatDuration(r.DowntimePerYear), ratioWords(r.UnavailabilityRatio()))
	if r.Outages == 0 {
		head = fmt.Sprintf("Simulated %s years, %s: never down; outages this rare need a longer run than the composer makes to be seen at all",
			calc.GroupThousands(r.Years), cause)
	}
	if m.sim.running {
		head = "Simulating with " + cause + "… shown until then: " + head
		lines = append(lines, st.App.Dim.Render(wrap(head, m.width)))
	} else {
		lines = append(lines, wrap(head, m.width))
	}
	c, ok := simchart.FromResult(*r)
	if !ok {
		return lines
	}
	cc := &m.sim.chart
	if cc.result != r || cc.width != m.width {
		*cc = chartCache{result: r, width: m.width, byRows: map[int][]string{}}
	}
	chart, ok := cc.byRows[rows]
	if !ok {
		chart = c.Lines(st, m.width, rows)
		cc.byRows[rows] = chart
	}
	lines = append(lines, chart...)
	return append(lines, st.App.Dim.Render(wrap(c.Legend("the simulated nines so far"), m.width)))
}

func ratioWords(r float64) string {
	if math.IsInf(r, 1) {
		return "down where the formula says never"
	}
	return strconv.FormatFloat(r, 'f', 2, 64) + "×"
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

// deps are the shared dependencies the x key steps through.
func (m *Compose) deps() []*calc.SharedDependency {
	if m.sim.depSteps != nil {
		return m.sim.depSteps
	}
	return sharedDeps
}

// SetSharedDependency sets the shared dependency the composer simulates
// with, adding d to the steps the x key goes through when it is not one.
func (m *Compose) SetSharedDependency(d calc.SharedDependency) {
	for i, s := range m.deps() {
		if s != nil && s.A.Cmp(d.A) == 0 && s.MTTR == d.MTTR {
			m.sim.shared = i
			return
		}
	}
	m.sim.depSteps = append(slices.Clone(sharedDeps), &d)
	m.sim.shared = len(m.sim.depSteps) - 1
}
