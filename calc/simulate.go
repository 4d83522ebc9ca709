package calc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync/atomic"
	"time"
)

// DefaultMTTR is the mean time to repair a simulation gives every
// component when none is stated: an availability alone fixes only the
// ratio of up time to down time, so one of the two must be chosen. From it
// MTTF follows exactly: MTTF = MTTR · A / (1 − A).
const DefaultMTTR = time.Hour

// RepairDist is the distribution of repair times in a simulation. Times
// to failure are always exponential.
type RepairDist int

// The repair-time distributions, each with mean MTTR.
const (
	// RepairExponential draws repair times from an exponential distribution.
	RepairExponential RepairDist = iota
	// RepairFixed makes every repair take exactly MTTR.
	RepairFixed
	// RepairLogNormal draws from a log-normal distribution with σ =
	// LogNormalSigma: most repairs are quick, a few take many times MTTR.
	RepairLogNormal
)

// LogNormalSigma is the σ of log-normal repair times (of the logarithm).
const LogNormalSigma = 1.0

// String names the distribution as the command line accepts it.
func (d RepairDist) String() string {
	switch d {
	case RepairFixed:
		return "fixed"
	case RepairLogNormal:
		return "lognormal"
	}
	return "exponential"
}

// ParseRepairDist reads "exponential", "fixed" or "lognormal".
func ParseRepairDist(s string) (RepairDist, error) {
	for _, d := range []RepairDist{RepairExponential, RepairFixed, RepairLogNormal} {
		if s == d.String() {
			return d, nil
		}
	}
	return 0, &InputError{What: "repair distribution", Value: s, Reason: "it is not a known distribution", Accepted: "exponential, fixed or lognormal"}
}

// SimOptions configure Simulate.
type SimOptions struct {
	// Years is the simulated time, in years of 365 days.
	Years float64
	// Seed makes the run reproducible: the same system, options and seed
	// give the same result.
	Seed uint64
	// MTTR is every component's mean time to repair; zero means DefaultMTTR.
	MTTR time.Duration
	// Repair is the distribution of repair times.
	Repair RepairDist
	// CommonCause is the beta factor, from 0 to below 1: the share of a
	// member's failures in a parallel or k-of-n group that take every
	// member of the group down at once.
	CommonCause float64
	// Crews is the number of repairs that can run at once; zero means as
	// many as there are failed components. With fewer, repairs queue.
	Crews int
	// TracePoints asks for the running availability at this many equally
	// spaced moments, for drawing convergence; zero for none.
	TracePoints int
	// Shared is a dependency every replica relies on, such as a rack
	// switch or a power feed; nil for none.
	Shared *SharedDependency
	// Stop, when set while the run is under way, ends it early with
	// ErrSimulationStopped: a screen that asks for a newer run stops the
	// one it no longer wants. Nil for a run that always completes.
	Stop *atomic.Bool
}

// ErrSimulationStopped is what Simulate returns when its Stop was set.
var ErrSimulationStopped = errors.New("simulation stopped")

// stopEvery is how many events pass between looks at SimOptions.Stop.
const stopEvery = 1 << 12

// Limits on a simulation, so that no input runs for minutes.
const (
	// MaxSimYears bounds SimOptions.Years.
	MaxSimYears = 10_000_000
	// MaxSimEvents bounds the expected number of events (failures and
	// repairs) of one run, a few seconds of work.
	MaxSimEvents = 50_000_000
	// maxTracePoints bounds SimOptions.TracePoints.
	maxTracePoints = 10_000
)

// SimBatches is the number of equal batches of simulated time behind the
// confidence interval.
const SimBatches = 30

// SimMethod says how the confidence interval is computed.
const SimMethod = "95% confidence interval by batch means: 30 equal batches of simulated time, Student's t with 29 degrees of freedom"

// tQuantile is the 97.5th percentile of Student's t with SimBatches − 1
// degrees of freedom.
const tQuantile = 2.04523

// SimResult is what a simulation measured, beside the formula.
type SimResult struct {
	// Analytical is the exact availability of the system with independent
	// failures, the formula the simulation is compared with.
	Analytical Availability
	// Availability is the share of simulated time the system was up.
	Availability float64
	// CILow and CIHigh bound the 95% confidence interval (see SimMethod).
	CILow, CIHigh float64
	// Years is the simulated time.
	Years float64
	// Events counts failures, repairs and common-cause events processed.
	Events int64
	// Outages counts the periods the whole system was down; one still
	// running at the end counts, with its length so far.
	Outages int
	// MeanOutage and P99Outage are the mean and 99th percentile of outage
	// lengths; zero when there was none.
	MeanOutage, P99Outage time.Duration
	// DowntimePerYear is the measured downtime per year of 365 days.
	DowntimePerYear time.Duration
	// Trace is the running availability at TracePoints equally spaced
	// moments, the last being the end of the run.
	Trace []float64
	// DownShare is, for each of the TracePoints equal stretches of the
	// run, the share of it the system was down: where in simulated time
	// the outages fell.
	DownShare []float64
}

// UnavailabilityRatio is the measured unavailability over the analytical
// one: 1 when the formula holds, 10 when the system is down ten times as
// long as independence predicts. It is +Inf when the formula says the
// system never fails but it did, and 1 when both say never.
func (r SimResult) UnavailabilityRatio() float64 {
	u, _ := r.Analytical.Unavailability().Float64()
	measured := 1 - r.Availability
	switch {
	case u == 0 && measured == 0:
		return 1
	case u == 0:
		return math.Inf(1)
	}
	return measured / u
}

const secondsPerYear = 365 * 24 * 3600.0

// check validates o, returning an *InputError naming the bad value.
func (o SimOptions) check() error {
	switch {
	case !(o.Years > 0) || o.Years > MaxSimYears:
		return &InputError{What: "simulated years", Value: fmt.Sprint(o.Years), Reason: "it is out of range", Accepted: "a number of years above 0 and at most " + GroupThousands(MaxSimYears)}
	case !(o.CommonCause >= 0 && o.CommonCause < 1):
		return &InputError{What: "common-cause share", Value: fmt.Sprint(o.CommonCause), Reason: "it is out of range", Accepted: "a share from 0 to below 1, such as 0.1 for 10%"}
	case o.Crews < 0:
		return &InputError{What: "crew count", Value: fmt.Sprint(o.Crews), Reason: "it is negative", Accepted: "0 for unlimited, or a number of repair crews"}
	case o.MTTR < 0:
		return &InputError{What: "repair time", Value: FormatDuration(o.MTTR), Reason: "it is negative", Accepted: "a positive duration such as 1h or 30m"}
	case o.Shared != nil && o.Shared.MTTR < 0:
		return &InputError{What: "shared dependency's repair time", Value: FormatDuration(o.Shared.MTTR), Reason: "it is negative", Accepted: "a positive duration such as 4h"}
	case o.TracePoints < 0 || o.TracePoints > maxTracePoints:
		return &InputError{What: "trace points", Value: fmt.Sprint(o.TracePoints), Reason: "it is out of range", Accepted: fmt.Sprintf("0 to %d", maxTracePoints)}
	}
	return nil
}

func (o SimOptions) mttrSeconds() float64 {
	if o.MTTR == 0 {
		return DefaultMTTR.Seconds()
	}
	return o.MTTR.Seconds()
}

// EstimateSimEvents is the expected number of events a simulation of
// system with o processes: two per failure (failing and repair) over the
// simulated time, plus each common-cause event and the failures it causes.
func EstimateSimEvents(system Block, o SimOptions) float64 {
	m := buildSimModel(system, o.mttrSeconds(), o.CommonCause, o.Shared)
	return m.eventRate() * o.Years * secondsPerYear
}

func (m *simModel) eventRate() float64 {
	rate := 0.0
	for _, l := range m.leaves {
		rate += 2 * l.indep
	}
	for _, g := range m.groups {
		rate += g.rate * float64(1+2*len(g.leaves))
	}
	return rate
}

// Simulate runs system for o.Years with components that alternate between
// up and down, and measures how much of the time the whole system was up.
// Times to failure are exponential with MTTF = MTTR·A/(1−A); repairs take
// o.Repair times of mean o.MTTR. The analytical figure it is compared with
// assumes independent failures and includes o.Shared, in series. The cost is proportional to the number of
// events, not to the simulated time. It returns an *InputError for options
// out of range or a run expected to exceed MaxSimEvents events.
func Simulate(system Block, o SimOptions) (SimResult, error) {
	if err := o.check(); err != nil {
		return SimResult{}, err
	}
	if err := system.CheckSize(); err != nil {
		return SimResult{}, err
	}
	m := buildSimModel(system, o.mttrSeconds(), o.CommonCause, o.Shared)
	if n := m.eventRate() * o.Years * secondsPerYear; n > MaxSimEvents {
		return SimResult{}, &InputError{What: "simulation", Value: fmt.Sprintf("%s years of %s", GroupThousands(o.Years), system),
			Reason:   fmt.Sprintf("it would take about %.3g events, over the limit of %s", n, GroupThousands(MaxSimEvents)),
			Accepted: fmt.Sprintf("fewer years: at most about %s for this system", GroupThousands(math.Floor(o.Years*MaxSimEvents/n)))}
	}
	s := newSimRun(m, o)
	if !s.run() {
		return SimResult{}, ErrSimulationStopped
	}
	return s.result(o.Shared.Formula(system).Availability()), nil
}

// simRun is the state of one simulation.
type simRun struct {
	m       *simModel
	o       SimOptions
	rng     *rand.Rand
	horizon float64
	events  eventHeap
	version []uint32 // per leaf; a scheduled failure with an older version is stale
	crews   int      // busy crews
	queue   []int    // failed leaves waiting for a crew
	qHead   int

	now, downSince float64
	sysUp          bool
	batches        []float64 // downtime per batch
	trace          []float64 // downtime per trace slot
	outages        []float64
	processed      int64
}

func newSimRun(m *simModel, o SimOptions) *simRun {
	s := &simRun{
		m: m, o: o,
		rng:     rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15)),
		horizon: o.Years * secondsPerYear,
		version: make([]uint32, len(m.leaves)),
		batches: make([]float64, SimBatches),
		trace:   make([]float64, o.TracePoints),
	}
	m.reset()
	s.sysUp = m.nodes[m.root].up
	for l := range m.leaves {
		s.scheduleFailure(l)
	}
	for g := range m.groups {
		s.push(event{t: s.rng.ExpFloat64() / m.groups[g].rate, kind: evCommonCause, idx: int32(g)})
	}
	return s
}

func (s *simRun) push(e event) { s.events.push(e) }

func (s *simRun) scheduleFailure(l int) {
	leaf := s.m.leaves[l]
	if leaf.broken || leaf.indep == 0 {
		return
	}
	s.push(event{t: s.now + s.rng.ExpFloat64()/leaf.indep, kind: evFail, idx: int32(l), ver: s.version[l]})
}

// repairTime draws the length of a repair of leaf l.
func (s *simRun) repairTime(l int) float64 {
	mttr := s.m.leaves[l].mttr
	switch s.o.Repair {
	case RepairFixed:
		return mttr
	case RepairLogNormal:
		mu := math.Log(mttr) - LogNormalSigma*LogNormalSigma/2
		return math.Exp(mu + LogNormalSigma*s.rng.NormFloat64())
	}
	return mttr * s.rng.ExpFloat64()
}

// run processes the events up to the horizon; it returns false when
// stopped first.
func (s *simRun) run() bool {
	for s.events.len() > 0 {
		if s.o.Stop != nil && s.processed%stopEvery == 0 && s.o.Stop.Load() {
			return false
		}
		e := s.events.pop()
		if e.t > s.horizon {
			break
		}
		s.advance(e.t)
		switch e.kind {
		case evFail:
			if e.ver == s.version[e.idx] && s.m.nodes[s.m.leaves[e.idx].node].up {
				s.fail(int(e.idx))
			}
		case evRepaired:
			s.repaired(int(e.idx))
		case evCommonCause:
			for _, l := range s.m.groups[e.idx].leaves {
				if s.m.nodes[s.m.leaves[l].node].up {
					s.fail(l)
				}
			}
			s.push(event{t: s.now + s.rng.ExpFloat64()/s.m.groups[e.idx].rate, kind: evCommonCause, idx: e.idx})
		}
		s.processed++
	}
	s.advance(s.horizon)
	if !s.sysUp {
		s.outages = append(s.outages, s.horizon-s.downSince)
	}
	return true
}

// advance moves the clock to t, counting downtime on the way.
func (s *simRun) advance(t float64) {
	if !s.sysUp && t > s.now {
		addToBins(s.batches, s.horizon, s.now, t)
		addToBins(s.trace, s.horizon, s.now, t)
	}
	s.now = t
}

func (s *simRun) fail(l int) {
	s.version[l]++
	s.observe(s.m.setLeaf(l, false))
	if s.o.Crews == 0 || s.crews < s.o.Crews {
		s.startRepair(l)
		return
	}
	s.queue = append(s.queue, l)
}

func (s *simRun) startRepair(l int) {
	s.crews++
	s.push(event{t: s.now + s.repairTime(l), kind: evRepaired, idx: int32(l)})
}

func (s *simRun) repaired(l int) {
	s.crews--
	s.observe(s.m.setLeaf(l, true))
	s.scheduleFailure(l)
	if s.qHead < len(s.queue) {
		next := s.queue[s.qHead]
		s.qHead++
		if s.qHead == len(s.queue) {
			s.queue, s.qHead = s.queue[:0], 0
		}
		s.startRepair(next)
	}
}

// observe records the system going down or coming back.
func (s *simRun) observe(up bool) {
	switch {
	case s.sysUp && !up:
		s.downSince = s.now
	case !s.sysUp && up:
		s.outages = append(s.outages, s.now-s.downSince)
	}
	s.sysUp = up
}

// addToBins spreads the interval [from, to) of [0, horizon) over equal bins.
func addToBins(bins []float64, horizon, from, to float64) {
	n := len(bins)
	if n == 0 {
		return
	}
	width := horizon / float64(n)
	for from < to {
		b := min(int(from/width), n-1)
		end := to
		if b < n-1 {
			end = min(to, float64(b+1)*width)
		}
		if end <= from { // rounding at a bin edge
			end = to
		}
		bins[b] += end - from
		from = end
	}
}

func (s *simRun) result(analytical Availability) SimResult {
	r := SimResult{Analytical: analytical, Years: s.o.Years, Events: s.processed, Outages: len(s.outages)}
	down := 0.0
	for _, d := range s.batches {
		down += d
	}
	r.Availability = 1 - down/s.horizon
	width := s.horizon / SimBatches
	mean, sq := 0.0, 0.0
	for _, d := range s.batches {
		mean += 1 - d/width
	}
	mean /= SimBatches
	for _, d := range s.batches {
		dev := 1 - d/width - mean
		sq += dev * dev
	}
	half := tQuantile * math.Sqrt(sq/(SimBatches-1)/SimBatches)
	r.CILow, r.CIHigh = max(0, r.Availability-half), min(1, r.Availability+half)
	r.DowntimePerYear = seconds(down / s.o.Years)
	if len(s.outages) > 0 {
		r.MeanOutage = seconds(down / float64(len(s.outages)))
		r.P99Outage = seconds(quantile(s.outages, 0.99))
	}
	if n := len(s.trace); n > 0 {
		r.Trace, r.DownShare = make([]float64, n), make([]float64, n)
		cum, slot := 0.0, s.horizon/float64(n)
		for i, d := range s.trace {
			cum += d
			r.Trace[i] = 1 - cum/(slot*float64(i+1))
			r.DownShare[i] = min(1, d/slot)
		}
	}
	return r
}

func seconds(f float64) time.Duration { return time.Duration(math.Round(f * float64(time.Second))) }
