package calc

import (
	"math"
	"strings"
	"testing"
)

// The seed corpora live in testdata/fuzz/<target>; plain `go test` replays them.

func FuzzParseAvailability(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAvailability(s)
		if err != nil {
			if !strings.Contains(err.Error(), "invalid availability") {
				t.Fatalf("error %q does not say what was invalid", err)
			}
			return
		}
		if fr := a.Fraction(); fr < 0 || fr > 1 || math.IsNaN(fr) {
			t.Fatalf("ParseAvailability(%q) = %v, outside [0, 1]", s, fr)
		}
		if n, ok := a.Nines(); ok && (math.IsNaN(n) || math.IsInf(n, 0) || n < 0) {
			t.Fatalf("Nines(%q) = %v", s, n)
		}
		back, err := ParseAvailability(a.Percent())
		if err != nil {
			t.Fatalf("Percent() of %q = %q does not parse: %v", s, a.Percent(), err)
		}
		if k, _ := back.WholeNines(); k > 0 && a.Percent() == back.Percent() && back.Cmp(a) != 0 && isDecimalPercent(s) {
			t.Fatalf("%q did not survive a round trip", s)
		}
	})
}

func isDecimalPercent(s string) bool {
	return isDecimal(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%")))
}

func FuzzParseDuration(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			return
		}
		if d < 0 || d > maxDuration {
			t.Fatalf("ParseDuration(%q) = %v, out of range", s, d)
		}
		if FormatDuration(d) == "" {
			t.Fatalf("FormatDuration(%v) is empty", d)
		}
	})
}

func FuzzParseExpr(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseExpr(s)
		if err != nil {
			return
		}
		a := b.Availability()
		if fr := a.Fraction(); fr < 0 || fr > 1 || math.IsNaN(fr) {
			t.Fatalf("ParseExpr(%q) availability %v outside [0, 1]", s, fr)
		}
		again, err := ParseExpr(b.String())
		if err != nil {
			t.Fatalf("String() of %q = %q does not parse: %v", s, b.String(), err)
		}
		if again.String() != b.String() {
			t.Fatalf("round trip %q -> %q -> %q", s, b.String(), again.String())
		}
	})
}
