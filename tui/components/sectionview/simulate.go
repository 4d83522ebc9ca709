package sectionview

import (
	"errors"
	"fmt"
	"strings"

	"faultline/calc"
	"faultline/lessons"
	"faultline/tui/components/simchart"
	"faultline/tui/components/textwrap"
)

// simChartRows is the height of a simulate block's chart in the reader:
// enough for the line to settle visibly, small enough for a 24-line
// terminal to show the figures above it.
const simChartRows = 7

// simChartMinWidth is the least width of a card's inside the chart is
// drawn at; below it the block is its figures alone.
const simChartMinWidth = 30

// simRun is one simulate block's run, computed once per renderer: the
// figures do not depend on the width, and its trace is resampled to any.
// done is closed when run and err are set, so a reader of them after
// done never races the goroutine that wrote them.
type simRun struct {
	done chan struct{}
	run  lessons.SimulationRun
	err  error
}

// ready reports whether the run has finished.
func (s *simRun) ready() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// RunInBackground makes the renderer run a simulate block's simulation
// (about a tenth of a second) off the caller's goroutine: the block says
// it is simulating, its section is not cached until the run is done, and
// Pending says what to wait for before drawing again. Without it, the
// simulation runs when the block is first drawn.
func (r *Renderer) RunInBackground() { r.background = true }

// Pending returns a function that waits until every simulation the
// renderer has started is done, or nil when none is under way. A screen
// waits in a command and redraws when it returns.
func (r *Renderer) Pending() func() {
	var waits []chan struct{}
	for _, s := range r.sims {
		if !s.ready() {
			waits = append(waits, s.done)
		}
	}
	if len(waits) == 0 {
		return nil
	}
	return func() {
		for _, w := range waits {
			<-w
		}
	}
}

// simulation is s's run, started on first use: at once, or in the
// background with RunInBackground.
func (r *Renderer) simulation(b lessons.Block, s lessons.Simulation) *simRun {
	key := strings.Join(b.Args, "\x00")
	if run, ok := r.sims[key]; ok {
		return run
	}
	run := &simRun{done: make(chan struct{})}
	r.sims[key] = run
	work := func() {
		run.run, run.err = s.Run()
		close(run.done)
	}
	if r.background {
		go work()
	} else {
		work()
	}
	return run
}

// simulate draws a simulate block: the formula beside the simulation for
// the block's fixed seed, independent and with its common cause, then,
// on a screen, the chart of the run settling against the formula.
func (r *Renderer) simulate(b lessons.Block, width int) string {
	s, ok := b.Simulation()
	if !ok {
		return r.problem(errSimulateBlock.Error(), width)
	}
	run := r.simulation(b, s)
	st := r.st
	if !run.ready() {
		r.incomplete = true
		return r.card(width, st.Diagram.Label.Render("system ")+s.Expr,
			st.App.Dim.Render(fmt.Sprintf("Simulating %s years…", calc.GroupThousands(s.Years))))
	}
	if run.err != nil {
		return r.problem(run.err.Error(), width)
	}
	inner := min(width, cardWidth) - st.Diagram.Box.GetHorizontalFrameSize()
	var chart []string
	if !r.printed {
		chart = r.simChart(s, run.run, inner)
	}
	// The chart shows how the estimate settled; without it, words say so.
	lines := simulationLines(s, run.run, chart == nil)
	lines[0] = st.Diagram.Label.Render("system ") + strings.TrimPrefix(lines[0], "system ")
	lines[1] = st.Diagram.Good.Bold(true).Render(lines[1])
	lines[len(lines)-1] = st.Table.Footer.Render(lines[len(lines)-1])
	if chart != nil {
		lines = append(lines[:len(lines)-1], append(append([]string{""}, chart...), lines[len(lines)-1])...)
	}
	return r.card(width, lines...)
}

// simChart is the chart of a block's run inner cells wide with its legend,
// nil when it does not fit: the run the block asks for as the line (with
// its common cause, if any) and, when that is not the independent run,
// the independent run as dots, so the gap between them is the common
// cause's cost whether or not the terminal shows colour.
func (r *Renderer) simChart(s lessons.Simulation, run lessons.SimulationRun, inner int) []string {
	if inner < simChartMinWidth {
		return nil
	}
	main, line := run.Independent, "simulated, independent failures"
	if run.Common != nil {
		main, line = *run.Common, "simulated, "+calc.ShareText(s.CommonCause)+" common cause"
	}
	c, ok := simchart.FromResult(main)
	if !ok {
		return nil
	}
	if run.Common != nil {
		c.Baseline = run.Independent.Trace
	}
	lines := c.Lines(r.st, inner, simChartRows)
	legend := textwrap.Wrap(c.Legend(line), inner, "")
	return append(lines, strings.Split(r.st.App.Dim.Render(legend), "\n")...)
}

// errSimulateBlock is what a simulate block without its arguments says.
var errSimulateBlock = errors.New("a simulate block names a system, e.g. faultline simulate 99.9 | 99.9")

// SimulationLines are a simulate block's figures as plain lines, the
// words of its card without the card: the system, then the formula's row
// and each simulated row, how the estimate settled, then the run's years
// and seed. The error says
// why the block cannot be run.
func SimulationLines(b lessons.Block) ([]string, error) {
	s, ok := b.Simulation()
	if !ok {
		return nil, errSimulateBlock
	}
	run, err := s.Run()
	if err != nil {
		return nil, err
	}
	return simulationLines(s, run, true), nil
}

// simulationLines are run's figures as lines, as SimulationLines says,
// with how the estimate settled in words when settling is set.
func simulationLines(s lessons.Simulation, run lessons.SimulationRun, settling bool) []string {
	lines := []string{"system " + run.System.String()}
	for _, row := range run.Rows(s) {
		lines = append(lines, fmt.Sprintf("%s: %s · %s nines · %s down a year", row.Label, row.Availability, row.Nines, row.Downtime))
	}
	if text := run.Settling(s); settling && text != "" {
		lines = append(lines, text)
	}
	return append(lines, fmt.Sprintf("%s simulated years · seed %d · year = 365 d",
		calc.GroupThousands(s.Years), lessons.SimulationSeed))
}
