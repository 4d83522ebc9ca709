package calc

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The seed corpora live in testdata/fuzz/<target>; plain `go test` replays them.

// FuzzParseAvailability checks that parsing never panics, that what is
// printed parses back to what was printed, that a typed percentage is kept
// exactly and that typed nines are exact to the precision shown.
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
		n, ok := a.Nines()
		if ok && (math.IsNaN(n) || math.IsInf(n, 0) || n < 0) {
			t.Fatalf("Nines(%q) = %v", s, n)
		}
		printed := a.Percent()
		back, err := ParseAvailability(printed)
		if err != nil {
			t.Fatalf("Percent() of %q = %q does not parse: %v", s, printed, err)
		}
		if back.Percent() != printed {
			t.Fatalf("%q prints %q, which prints %q", s, printed, back.Percent())
		}
		if exact, err := ParseAvailability(a.exactText()); err != nil || exact.Cmp(a) != 0 {
			t.Fatalf("%q prints exactly as %q, which is another value (%v)", s, a.exactText(), err)
		}
		in := strings.ToLower(strings.TrimSpace(s))
		if num := strings.TrimSpace(strings.TrimSuffix(in, "%")); isDecimal(num) {
			want, _ := new(big.Rat).SetString(num)
			if want.Quo(want, big.NewRat(100, 1)).Cmp(a.rat()) != 0 {
				t.Fatalf("%q is not kept exactly: %v", s, a.rat())
			}
		}
		for _, suffix := range []string{"nines", "nine", "n"} {
			if num, found := strings.CutSuffix(in, suffix); found && isDecimal(strings.TrimSpace(num)) {
				want, _ := strconv.ParseFloat(strings.TrimSpace(num), 64)
				if want > 0 && (!ok || math.Abs(n-want) > 1e-9*max(1, want)) {
					t.Fatalf("%q has %v nines", s, n)
				}
				if k, _ := a.WholeNines(); want > 0 && k != int(want) && math.Abs(want-math.Round(want)) > 1e-9 {
					t.Fatalf("%q has %d whole nines", s, k)
				}
				break
			}
		}
	})
}

// FuzzParseDuration checks that parsing never panics and that what
// FormatDuration prints parses back within its rounding.
func FuzzParseDuration(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			return
		}
		if d < 0 || d > maxDuration {
			t.Fatalf("ParseDuration(%q) = %v, out of range", s, d)
		}
		printed := FormatDuration(d)
		back, err := ParseDuration(printed)
		if err != nil {
			t.Fatalf("FormatDuration(%v) = %q does not parse: %v", d, printed, err)
		}
		if diff := (back - d).Abs(); diff > d/100+time.Nanosecond {
			t.Fatalf("%q is %v, printed %q, which parses as %v", s, d, printed, back)
		}
		if exact := FormatDurationExact(d); mustParse(t, exact) != d {
			t.Fatalf("%q is %v, printed exactly as %q, which does not parse back to it", s, d, exact)
		}
	})
}

// FuzzParseExpr checks that parsing never panics, that every system stays
// within MaxDigits, and that the printed system parses back to exactly the
// same availability and prints the same.
func FuzzParseExpr(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseExpr(s)
		if err != nil {
			return
		}
		if d := b.Digits(); d > MaxDigits {
			t.Fatalf("ParseExpr(%q) accepted a system of %d digits", s, d)
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
		if again.Availability().Cmp(a) != 0 {
			t.Fatalf("%q prints as %q, another system", s, b.String())
		}
		if _, err := ParseAvailability(a.Percent()); err != nil {
			t.Fatalf("the availability of %q prints as %q, which does not parse: %v", s, a.Percent(), err)
		}
	})
}

// mustParse parses a duration calc printed, failing the test if it cannot.
func mustParse(t *testing.T, s string) time.Duration {
	t.Helper()
	d, err := ParseDuration(s)
	if err != nil {
		t.Fatalf("%q, printed by calc, does not parse: %v", s, err)
	}
	return d
}
