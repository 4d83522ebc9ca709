package main

import (
	"strings"
	"testing"
)

// TestCompletionBadInput: an unknown shell exits 2 with one line
// naming what is wrong and what is accepted, and nothing on stdout.
func TestCompletionBadInput(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"completion", "fish2"}, `unknown shell "fish2" (accepted: bash, fish, powershell, zsh)`},
		{[]string{"completion", ""}, `unknown shell ""`},
	}
	for _, tt := range tests {
		out, errOut, code := run(t, tt.args...)
		if code != 2 || out != "" {
			t.Errorf("%q: exit %d, stdout %d bytes; want 2 and nothing", tt.args, code, len(out))
		}
		if !strings.HasPrefix(errOut, "faultline: "+tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line starting %q", tt.args, errOut, tt.want)
		}
	}
}

func TestCompletionShells(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		if out, errOut, code := run(t, "completion", shell); code != 0 || errOut != "" || !strings.Contains(out, "faultline") {
			t.Errorf("completion %s: exit %d, stderr %q", shell, code, errOut)
		}
	}
	if out, _, code := run(t, "completion"); code != 0 || !strings.Contains(out, "bash") {
		t.Errorf("completion with no shell should print its help: exit %d, %q", code, out)
	}
}

func TestHelpTopics(t *testing.T) {
	out, errOut, code := run(t, "help", "nope")
	if code != 2 || out != "" || !strings.HasPrefix(errOut, `faultline: unknown help topic "nope" (accepted: `) ||
		!strings.Contains(errOut, "nines") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("help nope: exit %d, stdout %d bytes, stderr %q; want 2, nothing, one line naming the topic and the commands", code, len(out), errOut)
	}
	for _, args := range [][]string{{"help"}, {"help", "nines"}, {"help", "completion", "bash"}} {
		if out, errOut, code := run(t, args...); code != 0 || errOut != "" || !strings.Contains(out, "Usage:") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
	}
}
