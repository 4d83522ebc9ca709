package calc

import (
	"strings"
	"testing"
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
