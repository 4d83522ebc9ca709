package main

import (
	"strings"
	"testing"
)

func TestNumberFlagsBadInput(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"quiz", "--list", "--seed", "-1"}, `invalid --seed "-1": it is not a whole number (accepted: 0 to 18446744073709551615, e.g. 42)`},
		{[]string{"quiz", "--list", "--seed", ""}, `invalid --seed ""`},
		{[]string{"scenario", "hot-standby", "--headless", "--seed", "99999999999999999999999"}, `invalid --seed "99999999999999999999999"`},
		{[]string{"scenario", "hot-standby", "--headless", "--seed", "x"}, `invalid --seed "x"`},
		{[]string{"lesson", "intro", "--width", "abc"}, `invalid --width "abc": it is not a whole number (accepted: 20 to 1000 columns)`},
		{[]string{"lesson", "intro", "--width", "1e3"}, `invalid --width "1e3"`},
		{[]string{"lesson", "intro", "--plain=maybe"}, `invalid argument "maybe" for "--plain" flag (accepted: true or false)`},
		{[]string{"--version=x"}, `invalid argument "x" for "-v, --version" flag (accepted: true or false)`},
	}
	for _, tt := range tests {
		out, errOut, code := run(t, tt.args...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 2 and nothing", tt.args, code, out)
		}
		if !strings.HasPrefix(errOut, "faultline: "+tt.want) ||
			strings.Count(errOut, "\n") != 1 || strings.Contains(errOut, "strconv") {
			t.Errorf("%v: stderr %q, want one line with %q", tt.args, errOut, tt.want)
		}
	}
}

func TestNumberFlagsGoodInput(t *testing.T) {
	out, _, code := run(t, "scenario", "hot-standby", "--headless", "--seed", "42")
	if code != 0 || !strings.Contains(out, "seed 42") {
		t.Errorf("--seed 42: exit %d, output %q", code, out)
	}
	out, _, code = run(t, "scenario", "hot-standby", "--headless")
	if code != 0 || !strings.Contains(out, "seed 1,") {
		t.Errorf("default seed: exit %d, output %q", code, out)
	}
	out, _, code = run(t, "lesson", "intro", "--width", "40")
	if code != 0 {
		t.Fatalf("--width 40: exit %d", code)
	}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if w := len([]rune(line)); w > 40 {
			t.Errorf("--width 40 printed a line %d columns wide: %q", w, line)
		}
	}
}
