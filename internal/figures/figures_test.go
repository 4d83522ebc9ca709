package figures

import (
	"strings"
	"testing"
)

func TestGlued(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"down for 10", "s and", true},
		{"down for 10", "s", true},
		{"99.95", "%", true},
		{"(about 2", "%).", true},
		{"1,000", "years", true},
		{"after 1-2", "min,", true},
		{"about 4", "nines.", true},
		{"roughly 2.4", "×", true},
		{"512", "KiB", true},
		{"200", "req/s;", true},
		{"3", "dimensions", false},
		{"p99", "s", false},
		{"node-2", "s", false},
		{"v1", "h", false},
		{"10", "servers", false},
		{"version", "s", false},
		{"10.", "s", false},
		{"yearly downtime 2d", "0h 24m", true},
		{"down 8h 45m", "36s.", true},
		{"(26m", "40s)", true},
		{"a 3s", "timeout", false},
		{"node-1: 3", "of 3", false},
		{"", "s", false},
		{"10", "", false},
	} {
		if got := Glued(c.before, c.after); got != c.want {
			t.Errorf("Glued(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

func TestBindKeepsEveryOtherSpace(t *testing.T) {
	in := "down for 10 s, then 99.9 % for 3 dimensions of 2 hours"
	want := "down for 10\u00a0s, then 99.9\u00a0% for 3 dimensions of 2\u00a0hours"
	if got := Bind(in); got != want {
		t.Errorf("Bind(%q) = %q, want %q", in, got, want)
	}
	if got := Unbind(Bind(in)); got != in {
		t.Errorf("Unbind(Bind(x)) = %q, want %q", got, in)
	}
	if got, want := Bind("node-2 declares node-1 dead after 1-2 min, a well-known -5"), "node\u20112 declares node\u20111 dead after 1\u20112\u00a0min, a well-known \u20115"; got != want {
		t.Errorf("Bind holds hyphens as %q, want %q", got, want)
	}
	for _, s := range []string{"", "no figures here", "10  s keeps two spaces", "10\ns", "a well-known fault-tolerance"} {
		if got := Bind(s); got != s {
			t.Errorf("Bind(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestLoosePercent(t *testing.T) {
	for s, want := range map[string]bool{
		"99.95%":               false,
		"99.95 %":              true,
		"about 82.6\n  % of":   true,
		"a %s verb, 100%":      false,
		"in % [0] ── 1 ── 20":  false,
		"a share of 10% or 5%": false,
	} {
		if got := LoosePercent(s); (got != "") != want {
			t.Errorf("LoosePercent(%q) = %q, want found %v", s, got, want)
		}
	}
	if got := LoosePercent("the chain reaches 99.5 % at best"); !strings.Contains(got, "99.5 %") {
		t.Errorf("LoosePercent does not show the place: %q", got)
	}
}

func BenchmarkBind(b *testing.B) {
	s := strings.Repeat("The replica was down for 10 s, then for 2 min; 99.95% allows 21 min a month. ", 10)
	for b.Loop() {
		Bind(s)
	}
}

// TestGluedLooksThroughStyles: Lip Gloss's escape sequences around a
// number or its unit do not hide them.
func TestGluedLooksThroughStyles(t *testing.T) {
	for _, c := range [][2]string{
		{"year = 365", "d\x1b[0m"},
		{"\x1b[1m10\x1b[0m", "s,"},
		{"about 4", "\x1b[2mnines\x1b[0m"},
		{"4\x1b[38;2;1;2;3m", "\x1b[1m\x1b[4mnines"},
	} {
		if !Glued(c[0], c[1]) {
			t.Errorf("Glued(%q, %q) = false", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"\x1b[1mnode-2\x1b[0m", "s"}, {"10", "\x1b[1mservers"}} {
		if Glued(c[0], c[1]) {
			t.Errorf("Glued(%q, %q) = true", c[0], c[1])
		}
	}
}
