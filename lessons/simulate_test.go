package lessons

import (
	"strings"
	"testing"
	"time"
)

func TestParseSimulateBlock(t *testing.T) {
	tests := []struct {
		info string
		want Simulation
	}{
		{"faultline simulate 99.9 | 99.9", Simulation{Expr: "99.9 | 99.9", Years: SimulationYears}},
		{"faultline simulate a:99.9 | b:99.9 --common-cause 10%", Simulation{Expr: "a:99.9 | b:99.9", Years: SimulationYears, CommonCause: 0.1}},
		{"faultline simulate 99.9 * (99 | 99) --years 500 --common-cause 0.05", Simulation{Expr: "99.9 * (99 | 99)", Years: 500, CommonCause: 0.05}},
		{"faultline simulate 99|99 --common-cause=1% --years=2000", Simulation{Expr: "99|99", Years: 2000, CommonCause: 0.01}},
	}
	for _, tt := range tests {
		b, err := parseBlock(tt.info, 7)
		if err != nil {
			t.Errorf("%q: %v", tt.info, err)
			continue
		}
		got, ok := b.Simulation()
		if !ok || got != tt.want || b.Line != 7 {
			t.Errorf("%q = %+v (ok %v, line %d), want %+v", tt.info, got, ok, b.Line, tt.want)
		}
	}
}

func TestParseSimulateBlockRefusesBadArguments(t *testing.T) {
	tests := []struct{ info, want string }{
		{"faultline simulate", "needs an expression"},
		{"faultline simulate --years 10", "needs an expression"},
		{"faultline simulate 99.9 | (99", "missing )"},
		{"faultline simulate 99 | 99 --years", `"--years" needs a value`},
		{"faultline simulate 99 | 99 --years 0", `--years "0"`},
		{"faultline simulate 99 | 99 --years 1e9", "1 to 100000"},
		{"faultline simulate 99 | 99 --years many", `"many"`},
		{"faultline simulate 99 | 99 --common-cause 100%", `--common-cause "100%": it is not a share below 1`},
		{"faultline simulate 99 | 99 --common-cause -0.1", `"-0.1"`},
		{"faultline simulate 99 | 99 --seed 3", `unknown option "--seed"`},
		{"faultline simulate 99 | 99 --years 5 --years 6", "given twice"},
	}
	for _, tt := range tests {
		if _, err := parseBlock(tt.info, 1); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want one saying %q", tt.info, err, tt.want)
		}
	}
}

func TestSimulationRunRows(t *testing.T) {
	b, err := parseBlock("faultline simulate 99.9 | 99.9 --common-cause 10%", 1)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := b.Simulation()
	run, err := s.Run()
	if err != nil {
		t.Fatal(err)
	}
	rows := run.Rows(s)
	if len(rows) != 3 || rows[0].Availability != "99.9999%" || rows[0].Nines != "6" || !strings.Contains(rows[2].Label, "10% common cause") {
		t.Fatalf("rows %+v", rows)
	}
	// Independent, the simulation lands near the formula; a common cause
	// costs about two nines.
	if run.Independent.Availability < run.Independent.CILow || run.Independent.CIHigh < 0.999999 || run.Independent.CILow > 0.999999 {
		t.Errorf("independent run %+v misses the formula's 99.9999%%", run.Independent)
	}
	if u := 1 - run.Common.Availability; u < 2e-5 || u > 2e-4 {
		t.Errorf("with 10%% common cause the unavailability is %g, want about 1e-4 to 5e-5", u)
	}
	again, _ := s.Run()
	if again.Common.Availability != run.Common.Availability {
		t.Error("the same block gave different figures: the seed must be fixed")
	}
}

// TestParseSimulateBlockWithSharedDependency: --shared-dependency takes an
// availability and, after a comma, its own repair time; the block keeps it
// through its Args, and the formula and every run have it in series.
func TestParseSimulateBlockWithSharedDependency(t *testing.T) {
	tests := []struct {
		info string
		a    string
		mttr time.Duration
	}{
		{"faultline simulate a:99.9 | b:99.9 --shared-dependency 99.99", "99.99%", 0},
		{"faultline simulate a:99.9 | b:99.9 --common-cause 10% --shared-dependency=99.95,4h", "99.95%", 4 * time.Hour},
		{"faultline simulate 99|99 --shared-dependency 99.9%,90m --years 100", "99.9%", 90 * time.Minute},
	}
	for _, tt := range tests {
		b, err := parseBlock(tt.info, 1)
		if err != nil {
			t.Errorf("%q: %v", tt.info, err)
			continue
		}
		s, ok := b.Simulation()
		if !ok || s.Shared == nil || s.Shared.A.String() != tt.a || s.Shared.MTTR != tt.mttr {
			t.Errorf("%q = %+v (ok %v), want a shared dependency of %s with MTTR %v", tt.info, s, ok, tt.a, tt.mttr)
		}
	}
	b, _ := parseBlock("faultline simulate a:99.9 | b:99.9 --shared-dependency 99.99", 1)
	s, _ := b.Simulation()
	run, err := s.Run()
	if err != nil {
		t.Fatal(err)
	}
	// 99.99% in series with 99.9999%: the formula is about 99.9899%.
	if got := run.Independent.Analytical.String(); got != "99.9899%" {
		t.Errorf("formula with the shared dependency = %s, want 99.9899%%", got)
	}
	rows := run.Rows(s)
	if !strings.Contains(rows[0].Label, "shared 99.99% in series") || !strings.Contains(rows[1].Label, "shared 99.99%") {
		t.Errorf("rows do not say the shared dependency: %+v", rows)
	}
	if u := 1 - run.Independent.Availability; u < 5e-5 || u > 2e-4 {
		t.Errorf("with a 99.99%% switch in series the simulated unavailability is %g, want about 1e-4", u)
	}
	if got := b.Describe(); got != "the simulation of a:99.9 | b:99.9 with independent failures and a shared dependency of 99.99%" {
		t.Errorf("Describe = %q", got)
	}
	b, _ = parseBlock("faultline simulate a:99.9 | b:99.9 --common-cause 10% --shared-dependency 99.99,4h", 1)
	if got := b.Describe(); got != "the simulation of a:99.9 | b:99.9 with 10% common cause and a shared dependency of 99.99%,4h" {
		t.Errorf("Describe = %q", got)
	}
}

func TestParseSimulateBlockRefusesBadSharedDependency(t *testing.T) {
	tests := []struct{ info, want string }{
		{"faultline simulate 99 | 99 --shared-dependency", `"--shared-dependency" needs a value`},
		{"faultline simulate 99 | 99 --shared-dependency lots", `invalid shared dependency "lots": its availability`},
		{"faultline simulate 99 | 99 --shared-dependency 99.99,0s", "repair time must be above zero"},
		{"faultline simulate 99 | 99 --shared-dependency 99.99,soon", "repair time"},
		{"faultline simulate 99 | 99 --shared-dependency 99.9 --shared-dependency 99", "given twice"},
	}
	for _, tt := range tests {
		if _, err := parseBlock(tt.info, 1); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want one saying %q", tt.info, err, tt.want)
		}
	}
}

// TestSimulationSettling: the words for a page without the chart follow
// the running estimate of both runs, ending on the figures of the rows.
func TestSimulationSettling(t *testing.T) {
	b, _ := parseBlock("faultline simulate a:99.9 | b:99.9 --common-cause 10%", 1)
	s, _ := b.Simulation()
	run, err := s.Run()
	if err != nil {
		t.Fatal(err)
	}
	got := run.Settling(s)
	rows := run.Rows(s)
	if !strings.HasPrefix(got, "running nines after 100, 1,000 and 10,000 years: independent ") ||
		!strings.Contains(got, ", "+rows[1].Nines+"; 10% common cause ") || !strings.HasSuffix(got, ", "+rows[2].Nines) {
		t.Errorf("Settling = %q; want it to end each run on its row's nines (%s, %s)", got, rows[1].Nines, rows[2].Nines)
	}
	if (SimulationRun{}).Settling(s) != "" {
		t.Error("a run without a trace should say nothing")
	}
}
