package blockedit

import (
	"errors"
	"slices"
	"testing"

	"faultline/calc"
)

const lbWebDB = "lb:99.99 * (web:99.9 | web:99.9) * db:99.95"

func parse(t *testing.T, s string) calc.Block {
	t.Helper()
	b, err := calc.ParseExpr(s)
	if err != nil {
		t.Fatalf("ParseExpr(%q): %v", s, err)
	}
	return b
}

func TestLeaves(t *testing.T) {
	tests := []struct {
		expr string
		want []Path
	}{
		{"99.9", []Path{{}}},
		{lbWebDB, []Path{{0}, {1, 0}, {1, 1}, {2}}},
		{"2of3(db:99.9)", []Path{{0}}},
		{"a:99 * 2of3(b:99 | c:99)", []Path{{0}, {1, 0, 0}, {1, 0, 1}}},
	}
	for _, tt := range tests {
		got := Leaves(parse(t, tt.expr))
		if !slices.EqualFunc(got, tt.want, func(a, b Path) bool { return slices.Equal(a, b) }) {
			t.Errorf("Leaves(%q) = %v, want %v", tt.expr, got, tt.want)
		}
	}
}

func TestEdits(t *testing.T) {
	tests := []struct {
		name string
		expr string
		edit func(calc.Block) (calc.Block, error)
		want string
		err  bool
	}{
		{"add serial after the middle stage", lbWebDB, func(b calc.Block) (calc.Block, error) {
			nb, _ := AddSerial(b, Path{1, 1}, calc.NewComponent("cache", calc.MustParseAvailability("99")))
			return nb, nil
		}, "lb:99.99 * (web:99.9 | web:99.9) * cache:99 * db:99.95", false},
		{"add serial to a lone component", "a:99", func(b calc.Block) (calc.Block, error) {
			nb, _ := AddSerial(b, Path{}, calc.NewComponent("b", calc.MustParseAvailability("98")))
			return nb, nil
		}, "a:99 * b:98", false},
		{"replica beside a parallel member", lbWebDB, func(b calc.Block) (calc.Block, error) { return AddReplica(b, Path{1, 0}) },
			"lb:99.99 * (web:99.9 | web:99.9 | web:99.9) * db:99.95", false},
		{"replica of a lone stage", lbWebDB, func(b calc.Block) (calc.Block, error) { return AddReplica(b, Path{2}) },
			"lb:99.99 * (web:99.9 | web:99.9) * (db:99.95 | db:99.95)", false},
		{"replica inside k-of-n grows n", "2of3(db:99.9)", func(b calc.Block) (calc.Block, error) { return AddReplica(b, Path{0}) },
			"2of4(db:99.9)", false},
		{"delete collapses a pair", lbWebDB, func(b calc.Block) (calc.Block, error) { return Delete(b, Path{1, 1}) },
			"lb:99.99 * web:99.9 * db:99.95", false},
		{"delete a stage", lbWebDB, func(b calc.Block) (calc.Block, error) { return Delete(b, Path{0}) },
			"(web:99.9 | web:99.9) * db:99.95", false},
		{"delete the k-of-n part takes the group", "a:99 * 2of3(db:99.9)", func(b calc.Block) (calc.Block, error) { return Delete(b, Path{1, 0}) },
			"a:99", false},
		{"delete the last component", "a:99", func(b calc.Block) (calc.Block, error) { return Delete(b, Path{}) }, "a:99", true},
		{"rename", lbWebDB, func(b calc.Block) (calc.Block, error) { return Rename(b, Path{2}, "pg") },
			"lb:99.99 * (web:99.9 | web:99.9) * pg:99.95", false},
		{"rename refuses a bad name", lbWebDB, func(b calc.Block) (calc.Block, error) { return Rename(b, Path{2}, "9x") }, lbWebDB, true},
		{"set availability", lbWebDB, func(b calc.Block) (calc.Block, error) {
			return SetAvailability(b, Path{0}, calc.MustParseAvailability("99.999"))
		}, "lb:99.999 * (web:99.9 | web:99.9) * db:99.95", false},
		{"mark a parallel group", "(db:99.9 | db:99.9 | db:99.9)", func(b calc.Block) (calc.Block, error) { return MarkKofN(b, Path{1}) },
			"2of3(db:99.9)", false},
		{"k steps up", "2of3(db:99.9)", func(b calc.Block) (calc.Block, error) { return MarkKofN(b, Path{0}) }, "3of3(db:99.9)", false},
		{"k wraps", "3of3(db:99.9)", func(b calc.Block) (calc.Block, error) { return MarkKofN(b, Path{0}) }, "1of3(db:99.9)", false},
		{"k needs a group", "a:99 * b:99", func(b calc.Block) (calc.Block, error) { return MarkKofN(b, Path{0}) }, "a:99 * b:99", true},
		{"add redundancy to the weakest stage", lbWebDB, func(b calc.Block) (calc.Block, error) {
			nb, _, err := AddRedundancy(b)
			return nb, err
		}, "lb:99.99 * (web:99.9 | web:99.9) * (db:99.95 | db:99.95)", false},
		{"add redundancy to the first of equals", "s1:99.9 * s2:99.9", func(b calc.Block) (calc.Block, error) {
			nb, _, err := AddRedundancy(b)
			return nb, err
		}, "(s1:99.9 | s1:99.9) * s2:99.9", false},
		{"add redundancy to k-of-n", "2of3(db:99.9)", func(b calc.Block) (calc.Block, error) {
			nb, _, err := AddRedundancy(b)
			return nb, err
		}, "2of4(db:99.9)", false},
		{"remove redundancy", lbWebDB, func(b calc.Block) (calc.Block, error) {
			nb, _, err := RemoveRedundancy(b)
			return nb, err
		}, "lb:99.99 * web:99.9 * db:99.95", false},
		{"remove redundancy from k-of-n", "2of3(db:99.9)", func(b calc.Block) (calc.Block, error) {
			nb, _, err := RemoveRedundancy(b)
			return nb, err
		}, "2of2(db:99.9)", false},
		{"nothing to remove", "a:99 * b:99", func(b calc.Block) (calc.Block, error) {
			nb, _, err := RemoveRedundancy(b)
			return nb, err
		}, "a:99 * b:99", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := parse(t, tt.expr)
			before := b.String()
			got, err := tt.edit(b)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error: %v", err, tt.err)
			}
			if got.String() != tt.want {
				t.Errorf("got %q, want %q", got.String(), tt.want)
			}
			if b.String() != before {
				t.Errorf("the edit changed its argument: %q became %q", before, b.String())
			}
			if _, err := calc.ParseExpr(got.String()); err != nil {
				t.Errorf("the result does not parse back: %v", err)
			}
		})
	}
}

func TestDeleteLastIsErrLast(t *testing.T) {
	if _, err := Delete(parse(t, "2of3(a:99)"), Path{0}); !errors.Is(err, ErrLast) {
		t.Errorf("err = %v, want ErrLast", err)
	}
}

func TestRedundancyRoundTrip(t *testing.T) {
	for _, expr := range []string{lbWebDB, "s1:99.9 * s2:99.9 * s3:99.9", "2of3(db:99.9)", "a:99"} {
		b := parse(t, expr)
		up, _, err := AddRedundancy(b)
		if err != nil {
			t.Fatal(err)
		}
		if up.Availability().Cmp(b.Availability()) <= 0 {
			t.Errorf("%q: a replica did not raise availability", expr)
		}
		down, _, err := RemoveRedundancy(up)
		if err != nil {
			t.Fatal(err)
		}
		if down.Availability().Cmp(up.Availability()) >= 0 {
			t.Errorf("%q: removing a replica did not lower availability", expr)
		}
	}
}

func TestValidNameAndNewName(t *testing.T) {
	for s, want := range map[string]bool{"web": true, "db-2": true, "a.b_c": true, "": false, "2a": false, "a b": false, "a:": false} {
		if got := ValidName(s); got != want {
			t.Errorf("ValidName(%q) = %v", s, got)
		}
	}
	if got := NewName(parse(t, "s1:99 * s3:99")); got != "s2" {
		t.Errorf("NewName = %q, want s2", got)
	}
}
