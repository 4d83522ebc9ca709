package calc

import (
	"errors"
	"testing"
	"time"
)

func TestDowntime(t *testing.T) {
	// Hand-computed with day 86,400 s, week 7 d, month 30 d, quarter 90 d, year 365 d.
	tests := []struct {
		avail  string
		period Period
		want   time.Duration
	}{
		{"99.95", Month, 1296 * time.Second},
		{"99.9", Year, 31536 * time.Second},
		{"99.99", Year, 3153600 * time.Millisecond},
		{"90", Year, 3153600 * time.Second},
		{"99.999", Month, 25920 * time.Millisecond},
		{"99.99999", Week, 60480 * time.Microsecond},
		{"99", Quarter, 77760 * time.Second},
		{"99.9", Day, 86400 * time.Millisecond},
		{"100", Year, 0},
		{"0", Day, 24 * time.Hour},
	}
	for _, tt := range tests {
		a := MustParseAvailability(tt.avail)
		if got := a.Downtime(tt.period.Length); got != tt.want {
			t.Errorf("%s%% per %s = %v, want %v", tt.avail, tt.period.Name, got, tt.want)
		}
		if got, want := a.DowntimeSeconds(tt.period.Length), tt.want.Seconds(); got != want {
			t.Errorf("DowntimeSeconds(%s%%, %s) = %v, want %v", tt.avail, tt.period.Name, got, want)
		}
	}
}

func TestFromBudget(t *testing.T) {
	a, err := FromBudget(1296*time.Second, Month)
	if err != nil || a.Percent() != "99.95" {
		t.Errorf("FromBudget(21m36s, month) = %v, %v; want 99.95", a, err)
	}
	a, err = FromBudget(7*24*time.Hour, Year)
	if err != nil || a.Percent() != "98.0822" {
		t.Errorf("FromBudget(1w, year) = %v, %v; want 98.0822 (a week of maintenance a year)", a, err)
	}
	for _, tc := range []struct {
		d time.Duration
		p Period
	}{{-time.Second, Day}, {25 * time.Hour, Day}, {time.Second, Period{Name: "empty"}}} {
		var ie *InputError
		if _, err := FromBudget(tc.d, tc.p); !errors.As(err, &ie) {
			t.Errorf("FromBudget(%v, %v) error = %v, want InputError", tc.d, tc.p, err)
		}
	}
}

func TestFromMTBF(t *testing.T) {
	a, err := FromMTBF(999*time.Hour, time.Hour)
	if err != nil || a.Percent() != "99.9" {
		t.Errorf("FromMTBF(999h, 1h) = %v, %v; want exactly 99.9", a, err)
	}
	a, err = FromMTBF(30*24*time.Hour, 0)
	if err != nil || !a.IsPerfect() {
		t.Errorf("FromMTBF with MTTR 0 = %v, %v; want 100%%", a, err)
	}
	if _, err := FromMTBF(0, time.Hour); err == nil {
		t.Error("FromMTBF(0, 1h) should fail")
	}
	if _, err := FromMTBF(time.Hour, -time.Second); err == nil {
		t.Error("FromMTBF(1h, -1s) should fail")
	}
}

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]time.Duration{"day": Day.Length, "Month": Month.Length, "year": 365 * 24 * time.Hour, "28d": 28 * 24 * time.Hour} {
		p, err := ParsePeriod(in)
		if err != nil || p.Length != want {
			t.Errorf("ParsePeriod(%q) = %v, %v", in, p, err)
		}
	}
	for _, in := range []string{"fortnight", "", "0s", "-1d"} {
		if _, err := ParsePeriod(in); err == nil {
			t.Errorf("ParsePeriod(%q) should fail", in)
		}
	}
}

func TestInverseProperty(t *testing.T) {
	// inverse(downtime(A)) = A, exactly, for budgets that land on whole nanoseconds.
	for _, s := range []string{"90", "99", "99.9", "99.95", "99.99", "99.999", "99.9999", "99.99999", "0", "100", "12.5"} {
		a := MustParseAvailability(s)
		for _, p := range StandardPeriods() {
			back, err := FromBudget(a.Downtime(p.Length), p)
			if err != nil || back.Cmp(a) != 0 {
				t.Errorf("FromBudget(Downtime(%s, %s)) = %v, %v", s, p.Name, back, err)
			}
		}
	}
}
