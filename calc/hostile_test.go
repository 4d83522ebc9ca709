package calc

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestClearErrors checks that each refusal names the real fault, and only
// that: no talk of nesting where there is none, no "written like 2of3(99)"
// for input written exactly so.
func TestClearErrors(t *testing.T) {
	tests := []struct {
		parse      func(string) error
		in         string
		want, flaw string
	}{
		{availErr, "NaN", "it is not a number", "nines"},
		{availErr, "Inf", "it is not a number", "nines"},
		{availErr, "-1", "it is negative", ""},
		{availErr, "-3n", "it is negative", ""},
		{exprErr, "100000of100000(99)", "n is at most 100", "nest"},
		{exprErr, "1of99999999999999999999(99)", "n is at most 100", "written like"},
		{exprErr, "99999999999999999999of2(99)", "k is at most 100", "written like"},
		{exprErr, "0of3(99)", "k is at least 1", ""},
		{exprErr, "2of(99)", "k-of-n is written like 2of3(99)", ""},
		{periodErr, "", "it is empty", "neither"},
	}
	for _, tt := range tests {
		err := tt.parse(tt.in)
		if err == nil {
			t.Errorf("%q accepted", tt.in)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.want) || tt.flaw != "" && strings.Contains(strings.SplitN(msg, "(accepted", 2)[0], tt.flaw) {
			t.Errorf("%q: %s\nwant it to say %q and not %q", tt.in, msg, tt.want, tt.flaw)
		}
	}
}

func availErr(s string) error  { _, err := ParseAvailability(s); return err }
func exprErr(s string) error   { _, err := ParseExpr(s); return err }
func periodErr(s string) error { _, err := ParsePeriod(s); return err }

// TestFractionalNinesAreExact checks that n nines means 1 − 10^−n to the
// precision shown, far past where float64 arithmetic on 1 − 10^−n breaks.
func TestFractionalNinesAreExact(t *testing.T) {
	for _, n := range []string{"0.5", "3.3", "12.5", "16.2", "16.3", "17.25", "150.5", "299.9", "300"} {
		a, err := ParseAvailability(n + "n")
		if err != nil {
			t.Fatal(err)
		}
		got, ok := a.Nines()
		want, _ := strconv.ParseFloat(n, 64)
		if !ok || math.Abs(got-want) > 1e-9 {
			t.Errorf("%sn has %v nines (ok %v), want %s", n, got, ok, n)
		}
		if k, _ := a.WholeNines(); k != int(want) {
			t.Errorf("%sn has %d whole nines, want %d", n, k, int(want))
		}
	}
}

// TestPrintedValuesAreValidInput checks that what faultline prints parses
// back to what it printed: percentages of up to 300 nines, and systems.
func TestPrintedValuesAreValidInput(t *testing.T) {
	for _, in := range []string{"256n", "300n", "299.5n", "12.5n", "99.95", "0.0000001"} {
		a := MustParseAvailability(in)
		back, err := ParseAvailability(a.Percent())
		if err != nil {
			t.Errorf("%s prints %q, which does not parse: %v", in, a.Percent(), err)
			continue
		}
		if back.Percent() != a.Percent() {
			t.Errorf("%s prints %q, which prints %q", in, a.Percent(), back.Percent())
		}
	}
	for _, in := range []string{"1.0000001 | 1.0000001", "12.5n * 99.95", "2of3(16.3n) | 256n", "99.123456789012345678 * 3n"} {
		b, err := ParseExpr(in)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseExpr(b.String())
		if err != nil {
			t.Errorf("%q prints %q, which does not parse: %v", in, b.String(), err)
			continue
		}
		if again.Availability().Cmp(b.Availability()) != 0 {
			t.Errorf("%q prints %q, another system", in, b.String())
		}
	}
}

// TestLongCompositionsAreExact checks --serial and --parallel with many
// components against the closed forms 0.999^N and 1 − 0.001^N.
func TestLongCompositionsAreExact(t *testing.T) {
	const n = 2000
	parts := make([]Block, n)
	for i := range parts {
		parts[i] = NewComponent("", MustParseAvailability("99.9"))
	}
	pow := func(b int64) *big.Int { return new(big.Int).Exp(big.NewInt(b), big.NewInt(n), nil) }
	serial := new(big.Rat).SetFrac(pow(999), pow(1000))
	if got := NewSerial(parts...).Availability().Rat(); got.Cmp(serial) != 0 {
		t.Errorf("serial of %d × 99.9 is not 0.999^%d", n, n)
	}
	parallel := new(big.Rat).Sub(big.NewRat(1, 1), new(big.Rat).SetFrac(big.NewInt(1), pow(1000)))
	a := NewParallel(parts...).Availability()
	if a.Rat().Cmp(parallel) != 0 {
		t.Errorf("parallel of %d × 99.9 is not 1 − 0.001^%d", n, n)
	}
	if k, _ := a.WholeNines(); k != 3*n {
		t.Errorf("parallel of %d × 99.9 has %d whole nines, want %d", n, k, 3*n)
	}
	if _, err := ParseAvailability(a.Percent()); err != nil {
		t.Errorf("parallel of %d × 99.9 prints %.40q…, which does not parse: %v", n, a.Percent(), err)
	}
}

// TestHugeNumbersAreRefused checks that the size of the exact numbers, not
// only the length of the text, bounds the work.
func TestHugeNumbersAreRefused(t *testing.T) {
	in := "1of10(1of100(99." + strings.Repeat("9", 200) + "))"
	_, err := ParseExpr(in)
	if err == nil || !strings.Contains(err.Error(), "digits") {
		t.Errorf("ParseExpr(%.30q…) = %v, want a refusal naming the digits it would need", in, err)
	}
}

// TestPrintedDurationsParse checks that every duration FormatDuration
// prints, down to nanoseconds, ParseDuration reads back within its rounding.
func TestPrintedDurationsParse(t *testing.T) {
	for _, d := range []time.Duration{86, 999, 1500, 864 * time.Microsecond, 259 * time.Millisecond,
		25900 * time.Millisecond, 4*time.Minute + 19*time.Second, 8*time.Hour + 45*time.Minute + 36*time.Second, 36*24*time.Hour + 12*time.Hour} {
		text := FormatDuration(d)
		back, err := ParseDuration(text)
		if err != nil {
			t.Errorf("%v prints %q, which does not parse: %v", d, text, err)
			continue
		}
		if diff := (back - d).Abs(); diff > d/100 {
			t.Errorf("%v prints %q, which parses as %v", d, text, back)
		}
	}
}
