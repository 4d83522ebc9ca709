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
