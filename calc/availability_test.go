package calc

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestParseAvailability(t *testing.T) {
	tests := []struct {
		in      string
		percent string
		whole   int
	}{
		{"99.95", "99.95", 3},
		{"99.95%", "99.95", 3},
		{" 99.95 % ", "99.95", 3},
		{"99.9", "99.9", 3},
		{"99.99999", "99.99999", 7},
		{"99.9999999999", "99.9999999999", 12},
		{"4 nines", "99.99", 4},
		{"4n", "99.99", 4},
		{"4N", "99.99", 4},
		{"1 nine", "90", 1},
		{"0", "0", 0},
		{"100", "100", 0},
		{"85", "85", 0},
		{"90", "90", 1},
		{".5", "0.5", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := ParseAvailability(tt.in)
			if err != nil {
				t.Fatalf("ParseAvailability(%q): %v", tt.in, err)
			}
			if got := a.Percent(); got != tt.percent {
				t.Errorf("Percent() = %q, want %q", got, tt.percent)
			}
			if a.IsPerfect() {
				return
			}
			if got, _ := a.WholeNines(); got != tt.whole {
				t.Errorf("WholeNines() = %d, want %d", got, tt.whole)
			}
		})
	}
}

func TestParseAvailabilityRejects(t *testing.T) {
	for _, in := range []string{"", "abc", "100.01", "101", "-5", "NaN", "Inf", "+Inf", "1e2", "99/100", "99.9.9", "x nines", "99,9", "%", "-1n", "400 nines"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseAvailability(in)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("ParseAvailability(%q) error = %v, want *InputError", in, err)
			}
			if ie.Value != in || ie.Accepted == "" || ie.Reason == "" {
				t.Errorf("error %+v should name the value, a reason and the accepted forms", ie)
			}
		})
	}
}

func TestParseAvailabilityReasons(t *testing.T) {
	for in, want := range map[string]string{
		"-5":    "it is negative",
		"-99.9": "it is negative",
		"-abc":  "it is not a number",
		"--5":   "it is not a number",
		"abc":   "it is not a number",
		"101":   "it is above 100%",
	} {
		_, err := ParseAvailability(in)
		var ie *InputError
		if !errors.As(err, &ie) || !strings.HasPrefix(ie.Reason, want) {
			t.Errorf("ParseAvailability(%q) = %v, want a reason starting %q", in, err, want)
		}
	}
}

func TestNines(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"90", 1}, {"99", 2}, {"99.9", 3}, {"99.95", 3.30103}, {"99.99999", 7}, {"0", 0}, {"99.9999999999", 12},
	}
	for _, tt := range tests {
		n, ok := MustParseAvailability(tt.in).Nines()
		if !ok || math.Abs(n-tt.want) > 1e-5 {
			t.Errorf("Nines(%s) = %v, %v; want %v", tt.in, n, ok, tt.want)
		}
	}
	if _, ok := MustParseAvailability("100").Nines(); ok {
		t.Error("Nines(100%) should report ok=false")
	}
	if _, ok := MustParseAvailability("100").WholeNines(); ok {
		t.Error("WholeNines(100%) should report ok=false")
	}
}

func TestFromNinesFractional(t *testing.T) {
	a := FromNines(3.5)
	n, _ := a.Nines()
	if math.Abs(n-3.5) > 1e-9 {
		t.Errorf("FromNines(3.5).Nines() = %v", n)
	}
	if got := FromNines(3).Percent(); got != "99.9" {
		t.Errorf("FromNines(3) = %s, want exactly 99.9", got)
	}
}

func TestPercentRounding(t *testing.T) {
	a := NewSerial(c("99.9"), c("99.9"), c("99.9"), c("99.9"), c("99.9")).Availability()
	if got := a.Percent(); got != "99.501" {
		t.Errorf("0.999^5 = %s, want 99.501 (rounded past its nines)", got)
	}
	if got := a.String(); got != "99.501%" {
		t.Errorf("String() = %s", got)
	}
}

func TestPercentBelowOnePercent(t *testing.T) {
	for in, want := range map[string]string{
		"0.0000001": "0.0000001",
		"0.001":     "0.001",
		"0.5":       "0.5",
		"0":         "0",
		"1":         "1",
	} {
		if got := MustParseAvailability(in).Percent(); got != want {
			t.Errorf("Percent of %s %% = %s, want %s", in, got, want)
		}
	}
	// Composition below 1 %: three digits from the first that is not zero.
	a := NewSerial(c("0.1"), c("0.1"), c("0.1")).Availability() // 1e-9 = 0.0000001 %
	if got := a.Percent(); got != "0.0000001" {
		t.Errorf("0.1 %% cubed = %s %%, want 0.0000001", got)
	}
	b := NewSerial(c("0.3"), c("0.7")).Availability() // 0.000021 = 0.0021 %
	if got := b.Percent(); got != "0.0021" {
		t.Errorf("0.3 %% × 0.7 %% = %s %%, want 0.0021", got)
	}
}

func c(s string) Block { return NewComponent("", MustParseAvailability(s)) }

func TestParseAvailabilities(t *testing.T) {
	classic, err := ParseAvailabilities(nil)
	if err != nil || len(classic) != 7 || classic[6].Percent() != "99.99999" {
		t.Errorf("no values = %v, %v; want the seven classic rows", classic, err)
	}
	two, err := ParseAvailabilities([]string{"99.95", "4n"})
	if err != nil || len(two) != 2 || two[1].Percent() != "99.99" {
		t.Errorf("two values = %v, %v", two, err)
	}
	if _, err := ParseAvailabilities([]string{"99.9", "abc"}); err == nil || !strings.Contains(err.Error(), `"abc"`) {
		t.Errorf("a bad value should fail naming it, got %v", err)
	}
}

// TestPercentOfAVanishingAvailability: an availability whose first digit
// lies more than MaxPercentNines places past the point is cut to 0, as
// one near 100% is cut below 100, rather than printed at a length
// ParseAvailability refuses (found by FuzzParseExpr: 70 of 100 pairs of
// 1% and 0.1% in series).
func TestPercentOfAVanishingAvailability(t *testing.T) {
	b, err := ParseExpr("70of100(1*.1)")
	if err != nil {
		t.Fatal(err)
	}
	got := b.Availability().Percent()
	if got != "0" {
		t.Errorf("Percent() = %.40q…, want 0", got)
	}
	if _, err := ParseAvailability(got); err != nil {
		t.Errorf("%q does not parse: %v", got, err)
	}
	tiny, err := ParseExpr("2of2(1*1)") // (1% × 1%)² = 0.000001%
	if err != nil {
		t.Fatal(err)
	}
	if got := tiny.Availability().Percent(); got != "0.000001" {
		t.Errorf("a small availability prints as %q, want 0.000001", got)
	}
}
