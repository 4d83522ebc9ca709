package calc

import "testing"

func TestGroupThousands(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {999, "999"}, {1000, "1,000"}, {10000, "10,000"}, {1234567, "1,234,567"},
		{1234.5, "1,234.5"}, {-1234, "-1,234"}, {0.25, "0.25"}, {100000, "100,000"},
	} {
		if got := GroupThousands(c.in); got != c.want {
			t.Errorf("GroupThousands(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestShareText writes shares as a person would: no floating-point tail,
// the percent sign right after the number.
func TestShareText(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0%"}, {0.1, "10%"}, {0.07, "7%"}, {0.29, "29%"}, {0.57, "57%"}, {0.005, "0.5%"},
		{0.333, "33.3%"}, {0.0001, "0.01%"}, {0.999, "99.9%"},
	} {
		if got := ShareText(c.in); got != c.want {
			t.Errorf("ShareText(%v) = %q, want %q", c.in, got, c.want)
		}
	}
	for typed, want := range map[string]string{"7%": "7%", "0.07": "7%", "29 %": "29%", "0.57": "57%"} {
		f, err := ParseShare(typed)
		if err != nil {
			t.Fatal(err)
		}
		if got := ShareText(f); got != want {
			t.Errorf("ParseShare(%q) is written %q, want %q", typed, got, want)
		}
	}
}
