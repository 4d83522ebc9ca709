package main

import (
	"strings"
	"testing"
)

// fuzzedCommands are the subcommands FuzzCommands runs: those that neither
// need a terminal nor write files or listen.
var fuzzedCommands = []string{"nines", "lesson", "lessons", "scenario", "quiz"}

// FuzzCommands runs a subcommand with arbitrary arguments (NUL-separated):
// it never panics, bad input exits 2 with nothing on stdout, and nothing
// the user typed reaches the terminal raw.
func FuzzCommands(f *testing.F) {
	for _, s := range []string{"99.95", "-1", "--expr\x001of2(99)", "--serial\x0099\x0012.5n", "--downtime\x005m\x00--per\x00month", "--window\x00\x1b[2J", "NaN"} {
		f.Add(uint8(0), s)
	}
	f.Add(uint8(1), "intro\x00--width\x00-5")
	f.Add(uint8(2), "-o\x00json")
	f.Add(uint8(3), "cold-standby\x00--headless\x00--set\x00boot=1e9s")
	f.Add(uint8(4), "--list\x00--lesson\x00\u202e")
	f.Fuzz(func(t *testing.T, which uint8, s string) {
		args := append([]string{fuzzedCommands[int(which)%len(fuzzedCommands)]}, strings.Split(s, "\x00")...)
		out, errOut, code := run(t, args...)
		switch code {
		case 0:
		case 2:
			if out != "" {
				t.Fatalf("%q: exit 2 with %q on stdout", args, out)
			}
		default:
			t.Fatalf("%q: exit %d: %s", args, code, errOut)
		}
		for _, text := range []string{out, errOut} {
			if r, bad := terminalUnsafe(text); bad {
				t.Fatalf("%q writes %q", args, r)
			}
		}
	})
}
