package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// hostileTexts are what a hostile or careless user might put in a flag
// name, a value or a path: sequences that would change the terminal's
// title, write its clipboard, clear it, or reorder what it shows.
var hostileTexts = []string{
	"\x1b]0;owned\x07",
	"\x1b]52;c;ZWNobyBoaQ==\x1b\\",
	"d\x1b[2J",
	"\u009b2J",
	"\x9b31m",
	"\u202eevil",
	"\u2066x\u2069",
	"a\rb\x08\x07",
}

// terminalUnsafe returns the first byte or rune of s that a terminal might
// act on: ESC, another C0 control but newline and tab, DEL, a C1 control
// (as UTF-8 or as a raw byte), or a bidi override or isolate.
func terminalUnsafe(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0x80 && b <= 0x9f && (i == 0 || s[i-1] < 0xc0) && !continuation(s, i) {
			return s[i : i+1], true
		}
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return string(r), true
		}
	}
	return "", false
}

// continuation reports whether s[i] continues a valid UTF-8 sequence.
func continuation(s string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s[j] >= 0xc0 {
			return true
		}
		if s[j] < 0x80 {
			return false
		}
	}
	return false
}

// allCommands lists every command under c with its path of names.
func allCommands(c *cobra.Command, path []string) [][]string {
	out := [][]string{path}
	for _, sub := range c.Commands() {
		out = append(out, allCommands(sub, append(append([]string(nil), path...), sub.Name()))...)
	}
	return out
}

// TestHostileInputNeverReachesTheTerminal runs every subcommand with
// escape sequences in flag names, flag values, paths and arguments, and
// checks that nothing the user typed reaches stdout or stderr raw.
func TestHostileInputNeverReachesTheTerminal(t *testing.T) {
	root := newRootCmd(env{})
	tried := 0
	for _, path := range allCommands(root, nil) {
		c, _, err := root.Find(path)
		if err != nil {
			t.Fatal(err)
		}
		var flagNames []string
		c.Flags().VisitAll(func(f *pflag.Flag) { flagNames = append(flagNames, f.Name) })
		c.InheritedFlags().VisitAll(func(f *pflag.Flag) { flagNames = append(flagNames, f.Name) })
		for _, h := range hostileTexts {
			// Values under a folder that does not exist, so that a path
			// flag (export -o) cannot create anything.
			value := "/nonexistent/" + h + "/x"
			cases := [][]string{
				{"--" + h},
				{"-" + h},
				{"--" + h + "=1"},
				{h},
				{"--", h},
			}
			for _, name := range flagNames {
				if name == "help" || name == "version" {
					continue
				}
				cases = append(cases, []string{"--" + name + "=" + value}, []string{"--" + name, value, h})
			}
			for _, extra := range cases {
				args := append(append([]string(nil), path...), extra...)
				stdout, stderr, _ := run(t, args...)
				tried++
				for stream, text := range map[string]string{"stdout": stdout, "stderr": stderr} {
					if r, bad := terminalUnsafe(text); bad {
						t.Errorf("faultline %q writes %q to %s:\n%s", args, r, stream, strings.ReplaceAll(text, "\x1b", `\x1b`))
					}
				}
			}
		}
	}
	if tried < 500 {
		t.Errorf("only %d command lines tried", tried)
	}
}

// TestLectureDurationSaysInvalidOnce checks that a bad --duration names its
// flag once, not "invalid --duration …: invalid duration …".
func TestLectureDurationSaysInvalidOnce(t *testing.T) {
	_, errOut, code := run(t, "lecture", "--duration", "5x")
	if code != 2 || strings.Count(errOut, "invalid") != 1 || !strings.Contains(errOut, `invalid --duration "5x": unknown unit "x"`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestPanicIsNotBadInput checks that a panic is reported as a bug with exit
// status 1 (Go's own panic exit status, 2, means bad input here).
func TestPanicIsNotBadInput(t *testing.T) {
	var errOut strings.Builder
	code := guard(&errOut, func() int { panic("index out of range [99] with length 7") })
	if code != 1 || !strings.Contains(errOut.String(), "internal error") || !strings.Contains(errOut.String(), "index out of range") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}

// TestPathsInErrorsAreQuoted checks that a file path the user typed is
// quoted in the error that names it, escapes visible, not raw.
func TestPathsInErrorsAreQuoted(t *testing.T) {
	for _, args := range [][]string{
		{"export", "intro", "-o", "/nonexistent/d\x1b[2J/x.md"},
		{"lecture", "--serve", "--authorized-keys", "/nonexistent/d\x1b[2J/keys"},
	} {
		_, errOut, code := run(t, args...)
		if code == 0 || !strings.Contains(errOut, `"/nonexistent/d\x1b[2J/`) {
			t.Errorf("%q: exit %d, stderr %q; want the path quoted", args, code, errOut)
		}
	}
}
