package main

import (
	"strings"
	"testing"

	"faultline/internal/figures"
	"faultline/internal/scenario"
)

// TestOutputWritesPercentAfterItsNumber: what the subcommands and their
// help print, to a pipe, writes a percentage as "99.9%", never "99.9 %", and leaves no
// no-break space or hyphen of the wrappers behind.
func TestOutputWritesPercentAfterItsNumber(t *testing.T) {
	runs := [][]string{
		{"nines", "99.9"}, {"nines", "99.95", "4n", "3.5 nines"}, {"nines", "--downtime", "5m", "--per", "month"},
		{"nines", "--mtbf", "30d", "--mttr", "4h"},
		{"nines", "--expr", "lb:99.99 * (web:99.9 | web:99.9) * db:99.95"},
		{"nines", "--expr", "a:99.9 | b:99.9", "--simulate", "200", "--common-cause", "0.07"},
		{"nines", "--expr", "a:99.9 | b:99.9", "--simulate", "200", "--shared-dependency", "99.99,4h"},
		{"lessons"}, {"quiz", "--list"}, {"scenario", "--list"},
		{"lesson", "availability", "--width", "40"}, {"lesson", "fault-tolerance", "--width", "60"},
	}
	for _, cmd := range []string{"nines", "lesson", "lessons", "quiz", "scenario", "lecture", "export"} {
		runs = append(runs, []string{cmd, "--help"})
	}
	runs = append(runs, []string{"--help"})
	for _, name := range scenario.Names() {
		runs = append(runs, []string{"scenario", name, "--headless"})
	}
	for _, args := range runs {
		out, errOut, code := run(t, args...)
		if code != 0 {
			t.Errorf("faultline %s: exit %d: %s", strings.Join(args, " "), code, errOut)
			continue
		}
		if got := figures.LoosePercent(out); got != "" {
			t.Errorf("faultline %s writes a space before %%: %q", strings.Join(args, " "), got)
		}
		if strings.ContainsAny(out, string(figures.NoBreak)+string(figures.NoBreakHyphen)) {
			t.Errorf("faultline %s leaves a wrapper's no-break character in its output", strings.Join(args, " "))
		}
	}
}
