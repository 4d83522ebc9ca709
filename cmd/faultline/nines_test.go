package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestNinesClassicTable(t *testing.T) {
	out, errOut, code := run(t, "nines")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"90%", "99.99999%", "36d 12h", "8h 45m 36s", "52m 34s", "3.15 s", "259 ms", "month 30 d", "year 365 d"} {
		if !strings.Contains(out, want) {
			t.Errorf("classic table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("output to a non-terminal contains escape codes")
	}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if w := len([]rune(line)); w > 80 {
			t.Errorf("line is %d columns wide, more than 80: %q", w, line)
		}
	}
}

type jsonRow struct {
	Label           string             `json:"label"`
	Availability    float64            `json:"availability"`
	Nines           *float64           `json:"nines"`
	WholeNines      *int               `json:"whole_nines"`
	DowntimeSeconds map[string]float64 `json:"downtime_seconds"`
	PeriodSeconds   map[string]float64 `json:"period_seconds"`
	Expression      string             `json:"expression"`
	Components      []struct {
		Name         string  `json:"name"`
		Availability float64 `json:"availability"`
	} `json:"components"`
}

func ninesJSON(t *testing.T, args ...string) []jsonRow {
	t.Helper()
	out, errOut, code := run(t, append([]string{"nines", "-o", "json"}, args...)...)
	if code != 0 || errOut != "" {
		t.Fatalf("nines %v: exit %d, stderr %q", args, code, errOut)
	}
	var rows []jsonRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("nines %v: output is not a JSON array: %v\n%s", args, err, out)
	}
	return rows
}

func TestNinesJSON(t *testing.T) {
	rows := ninesJSON(t, "99.95", "4n", "99.99999", "100", "--window", "28d")
	if len(rows) != 4 {
		t.Fatalf("got %d rows, want 4", len(rows))
	}
	r := rows[0]
	if r.Availability != 0.9995 || *r.WholeNines != 3 || r.DowntimeSeconds["month"] != 1296 || r.DowntimeSeconds["window"] != 1209.6 {
		t.Errorf("99.95 row = %+v", r)
	}
	if r.PeriodSeconds["day"] != 86400 || r.PeriodSeconds["year"] != 365*86400 || r.PeriodSeconds["window"] != 28*86400 {
		t.Errorf("period_seconds = %v", r.PeriodSeconds)
	}
	if *rows[1].WholeNines != 4 || *rows[2].WholeNines != 7 {
		t.Errorf("whole nines = %d, %d; want 4, 7", *rows[1].WholeNines, *rows[2].WholeNines)
	}
	if rows[3].Nines != nil || rows[3].WholeNines != nil {
		t.Errorf("100%% should have null nines, got %v %v", rows[3].Nines, rows[3].WholeNines)
	}
	if len(ninesJSON(t)) != 7 {
		t.Error("no values should give the seven classic rows")
	}
}

func TestNinesModes(t *testing.T) {
	tests := []struct {
		args  []string
		avail float64
		parts int
	}{
		{[]string{"--downtime", "21m36s", "--per", "month"}, 0.9995, 0},
		{[]string{"--downtime", "4.32m", "--per", "30d"}, 0.9999, 0},
		{[]string{"--mtbf", "999h", "--mttr", "1h"}, 0.999, 0},
		{[]string{"--serial", "99", "99"}, 0.9801, 2},
		{[]string{"--parallel", "99", "99"}, 0.9999, 2},
		{[]string{"--expr", "2of3(99)"}, 0.999702, 1},
		{[]string{"--expr", "lb:99.99 * (web:99.9 | web:99.9) * db:99.95"}, 0.99939905059995, 4},
	}
	for _, tt := range tests {
		rows := ninesJSON(t, tt.args...)
		if len(rows) != 1 || rows[0].Availability != tt.avail || len(rows[0].Components) != tt.parts {
			t.Errorf("nines %v = %+v, want one row at %v with %d components", tt.args, rows, tt.avail, tt.parts)
		}
	}
	rows := ninesJSON(t, "--expr", "lb:99.99 * (web:99.9 | web:99.9) * db:99.95")
	if rows[0].Components[0].Name != "lb" || rows[0].Expression == "" {
		t.Errorf("composition should list named components and the expression: %+v", rows[0])
	}
}

func TestNinesBadInput(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"abc"}, `"abc"`},
		{[]string{"101"}, `"101"`},
		{[]string{"-5"}, `-5`},
		{[]string{"NaN"}, `"NaN"`},
		{[]string{"Inf"}, `"Inf"`},
		{[]string{"--downtime", "5m", "--per", "fortnight"}, `"fortnight"`},
		{[]string{"--downtime", "2d", "--per", "day"}, "longer than its period"},
		{[]string{"--downtime", "5m"}, "--per"},
		{[]string{"--expr", "99 * (99"}, "missing )"},
		{[]string{"--expr", "3of2(99)"}, "k ≤ n"},
		{[]string{"--mtbf", "-1h", "--mttr", "1h"}, "negative"},
		{[]string{"--serial"}, "at least one component"},
		{[]string{"--parallel"}, "at least one component"},
		{[]string{"--serial", "--parallel", "99"}, "cannot be combined"},
		{[]string{"--expr", "99", "--mtbf", "1d", "--mttr", "1h"}, "cannot be combined"},
		{[]string{"-o", "yaml"}, `"yaml"`},
		{[]string{"--window", "0s"}, "window"},
		{[]string{"--bogus"}, "--bogus"},
		{[]string{"--expr", "99", "99.9"}, "takes no availability arguments"},
		{[]string{"--expr", ""}, `invalid expression ""`},
		{[]string{"99", "--window", ""}, `invalid --window "": it is empty`},
		{[]string{"--downtime", "5m", "--per", ""}, `invalid --per "": it is empty`},
		{[]string{"--downtime", "", "--per", "day"}, `invalid --downtime "": it is empty`},
		{[]string{"--mtbf", "", "--mttr", "1h"}, `invalid --mtbf "": it is empty`},
		{[]string{"--mtbf", "1d", "--mttr", "5x"}, `invalid --mttr "5x": unknown unit "x"`},
		{[]string{"-1"}, `"-1": it is negative`},
		{[]string{"99", "-0.5", "--window", "28d"}, `"-0.5": it is negative`},
		{[]string{"--serial", "99", "-1"}, `"-1"`},
		{[]string{"NaN"}, `"NaN": it is not a number`},
		{[]string{"--expr", "100000of100000(99)"}, `n is at most 100`},
		{[]string{"--expr", "1of99999999999999999999(99)"}, `n is at most 100`},
		{[]string{"--expr", "99999999999999999999of2(99)"}, `k is at most 100`},
	}
	for _, tt := range tests {
		out, errOut, code := run(t, append([]string{"nines"}, tt.args...)...)
		if code != 2 {
			t.Errorf("nines %v: exit %d, want 2", tt.args, code)
		}
		if out != "" {
			t.Errorf("nines %v: printed %q on stdout, want nothing", tt.args, out)
		}
		if !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("nines %v: stderr %q should be one line mentioning %q", tt.args, errOut, tt.want)
		}
		if strings.Contains(errOut, "nest") || strings.Contains(errOut, "written like") || strings.Count(errOut, "invalid") > 1 {
			t.Errorf("nines %v: stderr %q talks of something that is not there", tt.args, errOut)
		}
	}
}

// TestTooManyDigitsIsRefused checks that --serial and --parallel refuse a
// system whose exact arithmetic would need numbers past calc.MaxDigits.
func TestTooManyDigitsIsRefused(t *testing.T) {
	many := strings.Fields(strings.Repeat("99.99999999 ", 20000))
	for _, mode := range []string{"--serial", "--parallel"} {
		out, errOut, code := run(t, append([]string{"nines", mode}, many...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, "digits") || len(errOut) > 600 {
			t.Errorf("%s of 20000 × 99.99999999: exit %d, stdout %d bytes, stderr %.300q", mode, code, len(out), errOut)
		}
	}
}

// TestHugeInputIsCutInMessages checks that an expression of 60,000 levels
// is refused with one short line, not echoed whole.
func TestHugeInputIsCutInMessages(t *testing.T) {
	deep := strings.Repeat("1of2(", 60000) + "99" + strings.Repeat(")", 60000)
	for _, args := range [][]string{{"nines", "--expr", deep}, {"nines", deep}, {"nines", "--window", deep}, {"lesson", deep}} {
		out, errOut, code := run(t, args...)
		if code != 2 || out != "" {
			t.Errorf("%s of %d bytes: exit %d, stdout %d bytes; want 2 and nothing", args[0], len(deep), code, len(out))
		}
		if len(errOut) > 500 || !strings.Contains(errOut, "bytes)") {
			t.Errorf("%s of %d bytes: stderr is %d bytes, want it cut and saying how long the value was: %.300s", args[0], len(deep), len(errOut), errOut)
		}
	}
}

func TestRoot(t *testing.T) {
	out, _, code := run(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "faultline ") {
		t.Errorf("--version = %q, exit %d", out, code)
	}
	out, _, code = run(t, "--help")
	if code != 0 || !strings.Contains(out, "faultline nines 99.95") {
		t.Errorf("--help lacks examples: %q", out)
	}
	if _, _, code := run(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command exit %d, want 2", code)
	}
	if out, _, code := run(t, "completion", "bash"); code != 0 || !strings.Contains(out, "faultline") {
		t.Errorf("completion bash failed: exit %d", code)
	}
}

func BenchmarkNinesCommand(b *testing.B) {
	for b.Loop() {
		if _, _, code := run(b, "nines", "99.95", "--window", "28d"); code != 0 {
			b.Fatal(code)
		}
	}
}

func BenchmarkNinesJSON(b *testing.B) {
	for b.Loop() {
		if _, _, code := run(b, "nines", "-o", "json"); code != 0 {
			b.Fatal(code)
		}
	}
}
