package calc

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestParseExpr(t *testing.T) {
	tests := []struct {
		expr    string
		percent string
		canon   string
	}{
		{"99.9", "99.9", "99.9"},
		{"99.9 * 99.9", "99.8001", "99.9 * 99.9"},
		{"99 | 99", "99.99", "99 | 99"},
		{"99.99 * (99.9 | 99.9) * 99.95", "99.939905", "99.99 * (99.9 | 99.9) * 99.95"},
		{"2of3(99)", "99.9702", "2of3(99)"},
		{"1of2(90)", "99", "1of2(90)"},
		{"2of2(90)", "81", "2of2(90)"},
		{"lb:99.99 * (web:99.9 | web:99.9) * db:99.95", "99.939905", "lb:99.99 * (web:99.9 | web:99.9) * db:99.95"},
		{"4n * 3 nines", "99.89001", "99.99 * 99.9"},
		{"99% | 99%", "99.99", "99 | 99"},
		{"a * b:(99 | 99)", "", ""},
		{"web:(99|99)", "99.99", "web:(99 | 99)"},
		{"2of3(node:99)", "99.9702", "2of3(node:99)"},
		{"99 | 99 * 99", "99.9801", "99 | 99 * 99"},
		{"(99 | 99) * 99", "98.9901", "(99 | 99) * 99"},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			b, err := ParseExpr(tt.expr)
			if tt.percent == "" {
				if err == nil {
					t.Fatalf("ParseExpr(%q) should fail", tt.expr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseExpr(%q): %v", tt.expr, err)
			}
			if got := b.Availability().Percent(); got != tt.percent {
				t.Errorf("availability = %s, want %s", got, tt.percent)
			}
			if got := b.String(); got != tt.canon {
				t.Errorf("String() = %q, want %q", got, tt.canon)
			}
		})
	}
}

func TestParseExprRejects(t *testing.T) {
	for _, in := range []string{"", "*", "99 *", "(99", "99)", "3of2(99)", "0of2(99)", "2of3", "2of3 99", "101", "99 | | 99", "lb:", "abc", "99 & 99", "2of101(99)", "99 99", "NaN", "1e2"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseExpr(in)
			var ie *InputError
			if !errors.As(err, &ie) || ie.Value != in {
				t.Fatalf("ParseExpr(%q) error = %v, want an InputError naming the expression", in, err)
			}
		})
	}
}

func TestComponents(t *testing.T) {
	b, err := ParseExpr("lb:99.99 * (web:99.9 | 99.9) * 2of3(db:99)")
	if err != nil {
		t.Fatal(err)
	}
	parts := b.Components()
	want := []string{"lb", "web", "c3", "db"}
	if len(parts) != len(want) {
		t.Fatalf("Components() = %v", parts)
	}
	for i, p := range parts {
		if p.Name != want[i] {
			t.Errorf("part %d = %q, want %q", i, p.Name, want[i])
		}
	}
}

// TestCompositionProperties checks, on random systems, that a serial chain is
// no better than its weakest part, a parallel group no worse than its
// strongest, and k-of-n lies between n-of-n (serial) and 1-of-n (parallel).
func TestCompositionProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		n := 1 + rng.IntN(5)
		parts := make([]Block, n)
		weakest, strongest := FromFraction(1), FromFraction(0)
		for i := range parts {
			a := FromFraction(rng.Float64())
			parts[i] = NewComponent("", a)
			if a.Cmp(weakest) < 0 {
				weakest = a
			}
			if a.Cmp(strongest) > 0 {
				strongest = a
			}
		}
		if s := NewSerial(parts...).Availability(); s.Cmp(weakest) > 0 {
			t.Fatalf("serial %v above weakest %v", s, weakest)
		}
		if p := NewParallel(parts...).Availability(); p.Cmp(strongest) < 0 {
			t.Fatalf("parallel %v below strongest %v", p, strongest)
		}
		k := 1 + rng.IntN(n)
		kofn, _ := NewKofN(k, n, parts[0])
		all, _ := NewKofN(n, n, parts[0])
		one, _ := NewKofN(1, n, parts[0])
		copies := make([]Block, n)
		for i := range copies {
			copies[i] = parts[0]
		}
		if all.Availability().Cmp(NewSerial(copies...).Availability()) != 0 {
			t.Fatal("n-of-n should equal serial")
		}
		if one.Availability().Cmp(NewParallel(copies...).Availability()) != 0 {
			t.Fatal("1-of-n should equal parallel")
		}
		v := kofn.Availability()
		if v.Cmp(all.Availability()) < 0 || v.Cmp(one.Availability()) > 0 {
			t.Fatalf("%dof%d = %v outside [%v, %v]", k, n, v, all.Availability(), one.Availability())
		}
	}
}

func TestStringRoundTrip(t *testing.T) {
	for _, in := range []string{"a:99 * (b:99.9 | c:99.9) * 2of3(99.5 * 99)", "((99 | 98) * 97) | 96", "x:(99 * 98)"} {
		b, err := ParseExpr(in)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseExpr(b.String())
		if err != nil || again.String() != b.String() || again.Availability().Cmp(b.Availability()) != 0 {
			t.Errorf("round trip of %q via %q = %q, %v", in, b.String(), again.String(), err)
		}
	}
}

func TestNestedKofNBounded(t *testing.T) {
	if _, err := ParseExpr("100of100(100of100(99))"); err == nil {
		t.Error("nested 100of100 groups should be refused as too large")
	}
	if _, err := ParseExpr("2of3(2of3(99))"); err != nil {
		t.Errorf("small nested k-of-n should parse: %v", err)
	}
}

func TestCompositionIsExact(t *testing.T) {
	b, err := ParseExpr("99.99 * (99.9 | 99.9) * 99.95")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := new(big.Rat).SetString("0.99939905059995")
	if got := b.Availability().Rat(); got.Cmp(want) != 0 {
		t.Errorf("availability = %s, want exactly %s", got.FloatString(20), want.FloatString(20))
	}
}
