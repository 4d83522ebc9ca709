package calc

import (
	"errors"
	"math"
	"sync/atomic"
	"testing"
	"time"
)

func mustExpr(t testing.TB, s string) Block {
	t.Helper()
	b, err := ParseExpr(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSimulateIndependentMatchesFormula(t *testing.T) {
	sys := mustExpr(t, "99.9 * (99 | 99)")
	r, err := Simulate(sys, SimOptions{Years: 10_000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := sys.Availability().Fraction()
	if want < r.CILow || want > r.CIHigh {
		t.Errorf("formula %.7f outside the interval [%.7f, %.7f] (measured %.7f)", want, r.CILow, r.CIHigh, r.Availability)
	}
	if r.CIHigh-r.CILow > 5e-5 {
		t.Errorf("interval [%.7f, %.7f] is too wide for 10,000 years", r.CILow, r.CIHigh)
	}
	// The serial 99.9 % component fails about 8.77 times a year, and both
	// replicas are down together about 2·λ·(1−A) = 1.75 times a year.
	if perYear := float64(r.Outages) / r.Years; perYear < 10 || perYear > 11 {
		t.Errorf("%.2f outages a year, want about 10.5", perYear)
	}
	if ratio := r.UnavailabilityRatio(); math.Abs(ratio-1) > 0.02 {
		t.Errorf("unavailability ratio %.4f, want about 1", ratio)
	}
	// Downtime per year agrees with the measured availability.
	if got, want := r.DowntimePerYear.Seconds(), (1-r.Availability)*secondsPerYear; math.Abs(got-want) > 1 {
		t.Errorf("downtime per year %.0f s, availability says %.0f s", got, want)
	}
	if r.MeanOutage <= 0 || r.P99Outage < r.MeanOutage {
		t.Errorf("mean outage %v, p99 %v", r.MeanOutage, r.P99Outage)
	}
}

// TestSimulateIntervalsAreHonest checks coverage: over 100 seeds, about 95
// of the 95 % intervals contain the formula.
func TestSimulateIntervalsAreHonest(t *testing.T) {
	if testing.Short() {
		t.Skip("100 simulations")
	}
	sys := mustExpr(t, "99.9 * (99 | 99)")
	want := sys.Availability().Fraction()
	covered := 0
	for seed := range uint64(100) {
		r, err := Simulate(sys, SimOptions{Years: 300, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if r.CILow <= want && want <= r.CIHigh {
			covered++
		}
	}
	t.Logf("%d of 100 intervals cover the formula", covered)
	// Binomial(100, 0.95) lies in 88..100 with probability above 99.9 %.
	if covered < 88 {
		t.Errorf("only %d of 100 intervals cover the formula", covered)
	}
}

func TestSimulateIsDeterministic(t *testing.T) {
	sys := mustExpr(t, "lb:99.99 * 2of3(web:99.5) * db:99.9")
	o := SimOptions{Years: 50, Seed: 7, CommonCause: 0.1, Crews: 1, Repair: RepairLogNormal, TracePoints: 10}
	a, err := Simulate(sys, o)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Simulate(sys, o)
	if a.Availability != b.Availability || a.Outages != b.Outages || a.P99Outage != b.P99Outage || a.Events != b.Events {
		t.Errorf("same seed, different results: %+v vs %+v", a, b)
	}
	o.Seed = 8
	c, _ := Simulate(sys, o)
	if c.Availability == a.Availability {
		t.Errorf("different seeds gave the same availability %v", a.Availability)
	}
	if len(a.Trace) != 10 || a.Trace[9] != a.Availability {
		t.Errorf("trace %v should end at the availability %v", a.Trace, a.Availability)
	}
}

// markovTwoReplicas is the steady-state availability of two identical
// replicas in parallel, each failing at rate λ and repaired at rate μ, with
// beta-factor common cause β and `crews` repair crews (1 or 2), solved
// exactly from the three-state Markov chain:
//
//	state 2 (both up) → 1 at 2(1−β)λ (one fails alone), → 0 at βλ (common cause)
//	state 1 → 0 at (1−β)λ + βλ = λ (the survivor fails, alone or by common cause)
//	state 1 → 2 at μ
//	state 0 → 1 at 2μ with two crews, μ with one
//
// Balance at 2: π2(2(1−β)λ + βλ) = π1 μ. Balance at 0: π0 μ0 = π2 βλ + π1 λ.
// The system is up in states 2 and 1: A = 1 − π0.
func markovTwoReplicas(lambda, mu, beta float64, crews int) float64 {
	mu0 := 2 * mu
	if crews == 1 {
		mu0 = mu
	}
	p2 := 1.0
	p1 := p2 * (2*(1-beta)*lambda + beta*lambda) / mu
	p0 := (p2*beta*lambda + p1*lambda) / mu0
	return 1 - p0/(p0+p1+p2)
}

func TestSimulateCommonCauseMatchesMarkovChain(t *testing.T) {
	sys := mustExpr(t, "99 | 99")
	mttr := 4 * time.Hour
	mu := 1 / mttr.Seconds()
	lambda := mu * 0.01 / 0.99 // MTTF = MTTR·A/(1−A)
	independent := sys.Availability().Fraction()
	for _, tc := range []struct {
		beta  float64
		crews int
	}{{0, 0}, {0.1, 0}, {0.1, 1}, {0.3, 2}} {
		r, err := Simulate(sys, SimOptions{Years: 20_000, Seed: 3, MTTR: mttr, CommonCause: tc.beta, Crews: tc.crews})
		if err != nil {
			t.Fatal(err)
		}
		want := markovTwoReplicas(lambda, mu, tc.beta, tc.crews)
		if want < r.CILow || want > r.CIHigh {
			t.Errorf("β=%v crews=%d: Markov chain %.8f outside [%.8f, %.8f]", tc.beta, tc.crews, want, r.CILow, r.CIHigh)
		}
		if tc.beta > 0 && r.CIHigh >= independent {
			t.Errorf("β=%v: measured %.8f is not below the independent formula %.8f", tc.beta, r.Availability, independent)
		}
	}
}

func TestSimulateOneCrewSlowRepairsIsLowerAgain(t *testing.T) {
	sys := mustExpr(t, "99 | 99 | 99")
	o := SimOptions{Years: 5_000, Seed: 5, MTTR: 48 * time.Hour, CommonCause: 0.1}
	shared, err := Simulate(sys, o)
	if err != nil {
		t.Fatal(err)
	}
	o.Crews = 1
	oneCrew, err := Simulate(sys, o)
	if err != nil {
		t.Fatal(err)
	}
	independent := sys.Availability().Fraction()
	if !(shared.CIHigh < independent) || !(oneCrew.CIHigh < shared.CILow) {
		t.Errorf("want independent %.8f > common cause %.8f [%.8f, %.8f] > one crew %.8f [%.8f, %.8f]",
			independent, shared.Availability, shared.CILow, shared.CIHigh, oneCrew.Availability, oneCrew.CILow, oneCrew.CIHigh)
	}
}

func TestSimulateRepairDistributionsKeepTheMean(t *testing.T) {
	// With independent components and unlimited crews, the steady state
	// depends on the repair distribution only through its mean.
	sys := mustExpr(t, "99.9 * 2of3(99)")
	want := sys.Availability().Fraction()
	for _, d := range []RepairDist{RepairFixed, RepairLogNormal} {
		r, err := Simulate(sys, SimOptions{Years: 10_000, Seed: 11, Repair: d})
		if err != nil {
			t.Fatal(err)
		}
		if want < r.CILow || want > r.CIHigh {
			t.Errorf("%v repairs: formula %.7f outside [%.7f, %.7f]", d, want, r.CILow, r.CIHigh)
		}
	}
}

func TestSimulateEdgeComponents(t *testing.T) {
	r, err := Simulate(mustExpr(t, "100 * (0 | 99.9)"), SimOptions{Years: 1000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.CILow > 0.999 || r.CIHigh < 0.999 {
		t.Errorf("a perfect part in series with a broken and a 99.9 %% replica: [%v, %v], want 99.9 %%", r.CILow, r.CIHigh)
	}
	r, _ = Simulate(mustExpr(t, "0"), SimOptions{Years: 1, Seed: 1})
	if r.Availability != 0 || r.Outages != 1 {
		t.Errorf("a broken component: availability %v, %d outages; want 0 and one outage", r.Availability, r.Outages)
	}
	r, _ = Simulate(mustExpr(t, "100 | 100"), SimOptions{Years: 1, Seed: 1, CommonCause: 0.5})
	if r.Availability != 1 || r.Outages != 0 || r.UnavailabilityRatio() != 1 {
		t.Errorf("perfect components: %+v", r)
	}
}

func TestSimulateRefusesBadOptions(t *testing.T) {
	sys := mustExpr(t, "99 | 99")
	for _, o := range []SimOptions{
		{Years: 0}, {Years: -1}, {Years: math.NaN()}, {Years: math.Inf(1)},
		{Years: 1, CommonCause: 1}, {Years: 1, CommonCause: -0.1}, {Years: 1, CommonCause: math.NaN()},
		{Years: 1, Crews: -1}, {Years: 1, MTTR: -time.Second},
	} {
		if _, err := Simulate(sys, o); err == nil {
			t.Errorf("%+v was accepted", o)
		} else if _, ok := err.(*InputError); !ok {
			t.Errorf("%+v: %T, want *InputError", o, err)
		}
	}
	_, err := Simulate(mustExpr(t, "2of3(99)"), SimOptions{Years: 1e6, MTTR: time.Minute})
	if err == nil {
		t.Fatal("a run of billions of events was accepted")
	}
	if ie, ok := err.(*InputError); !ok || !contains(ie.Reason, "limit of 50,000,000") {
		t.Errorf("refusal %v should name the limit", err)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestQuantile(t *testing.T) {
	xs := make([]float64, 1000)
	for i := range xs {
		xs[i] = float64((i * 7919) % 1000)
	}
	if q := quantile(xs, 0.99); q != 989 {
		t.Errorf("p99 of 0..999 = %v, want 989", q)
	}
	if q := quantile([]float64{5}, 0.99); q != 5 {
		t.Errorf("p99 of one value = %v", q)
	}
}

// TestSimulateSharedDependencyIsInSeries checks a hand-solved case. A
// dependency that fails and is repaired on its own, with a crew of its
// own, is independent of the replicas; the system is up exactly when both
// it and the pair are, so A = A_dep · A_pair: with 99.9 % under two 99 %
// replicas, 0.999 · (1 − 0.01²) = 0.999 · 0.9999 = 0.9989001, and with
// common cause the pair's factor is the Markov chain's.
func TestSimulateSharedDependencyIsInSeries(t *testing.T) {
	sys := mustExpr(t, "99 | 99")
	dep := &SharedDependency{A: MustParseAvailability("99.9"), MTTR: 8 * time.Hour}
	r, err := Simulate(sys, SimOptions{Years: 20_000, Seed: 4, Shared: dep})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Analytical.String(); got != "99.89001%" {
		t.Errorf("analytical %s, want 99.89001%% (the dependency in series)", got)
	}
	if want := 0.9989001; want < r.CILow || want > r.CIHigh {
		t.Errorf("independent: %.8f outside [%.8f, %.8f]", want, r.CILow, r.CIHigh)
	}
	// Its own MTTR counts. The pair goes down about 2·0.01·0.99/99 h ≈
	// 2.0e-4 times an hour, for half an hour (the first of two repairs);
	// the dependency 0.999/7992 h ≈ 1.25e-4 times an hour, for 8 h. Mean
	// outage: (2.0e-4·0.5 + 1.25e-4·8) / 3.25e-4 ≈ 3.39 h.
	pair, depRate := 2*0.01*0.99/99, 0.999/7992
	want := (pair*0.5 + depRate*8) / (pair + depRate)
	if got := r.MeanOutage.Hours(); math.Abs(got-want) > 0.05*want {
		t.Errorf("mean outage %.3f h, want about %.3f h", got, want)
	}

	mu := 1 / DefaultMTTR.Seconds()
	lambda := mu * 0.01 / 0.99
	r, err = Simulate(sys, SimOptions{Years: 20_000, Seed: 4, Shared: dep, CommonCause: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if want := 0.999 * markovTwoReplicas(lambda, mu, 0.1, 0); want < r.CILow || want > r.CIHigh {
		t.Errorf("β = 0.1: %.8f outside [%.8f, %.8f]", want, r.CILow, r.CIHigh)
	}

	// With no dependency the figures are those of the system alone.
	r, _ = Simulate(sys, SimOptions{Years: 10, Seed: 4})
	if got := r.Analytical.String(); got != "99.99%" {
		t.Errorf("analytical without a dependency %s, want 99.99%%", got)
	}
}

func TestParseSharedDependency(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		mttr time.Duration
	}{{"99.99", "99.99%", 0}, {"99.9%,4h", "99.9%", 4 * time.Hour}, {" 99.95 , 30m ", "99.95%", 30 * time.Minute}} {
		d, err := ParseSharedDependency(c.in)
		if err != nil || d.A.String() != c.want || d.MTTR != c.mttr {
			t.Errorf("ParseSharedDependency(%q) = %v, %v; want %s with MTTR %v", c.in, d, err, c.want, c.mttr)
		}
	}
	for _, bad := range []string{"", "abc", "101", "99.9,", "99.9,soon", "99.9,0s", "99.9,-1h", "\x1b[31m"} {
		_, err := ParseSharedDependency(bad)
		var ie *InputError
		if err == nil || !errors.As(err, &ie) {
			t.Errorf("ParseSharedDependency(%q) = %v, want an *InputError", bad, err)
			continue
		}
		if contains(err.Error(), "\x1b") {
			t.Errorf("error echoes an escape sequence: %q", err)
		}
	}
}

func TestSimulateDownShareLocatesOutages(t *testing.T) {
	r, err := Simulate(mustExpr(t, "99 | 99"), SimOptions{Years: 100, Seed: 2, TracePoints: 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.DownShare) != 20 {
		t.Fatalf("%d stretches, want 20", len(r.DownShare))
	}
	total := 0.0
	for _, d := range r.DownShare {
		if d < 0 || d > 1 {
			t.Errorf("share %v out of [0, 1]", d)
		}
		total += d
	}
	if got := 1 - total/20; math.Abs(got-r.Availability) > 1e-12 {
		t.Errorf("stretches add up to %.12f, the run measured %.12f", got, r.Availability)
	}
}

// TestSimulateStops: a run whose Stop is set ends with
// ErrSimulationStopped instead of running on, and a Stop never set
// changes nothing.
func TestSimulateStops(t *testing.T) {
	sys := mustExpr(t, "99 | 99")
	var stop atomic.Bool
	stop.Store(true)
	if _, err := Simulate(sys, SimOptions{Years: 1000, Seed: 1, Stop: &stop}); !errors.Is(err, ErrSimulationStopped) {
		t.Errorf("a stopped run returned %v, want ErrSimulationStopped", err)
	}
	var never atomic.Bool
	a, err := Simulate(sys, SimOptions{Years: 100, Seed: 1, Stop: &never})
	b, _ := Simulate(sys, SimOptions{Years: 100, Seed: 1})
	if err != nil || a.Availability != b.Availability || a.Events != b.Events {
		t.Errorf("an unused Stop changed the run: %v, %+v vs %+v", err, a, b)
	}
}
