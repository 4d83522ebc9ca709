package main

import (
	"strings"
	"testing"
)

// A command that takes one argument answers two in words, naming what it
// takes and where to find the accepted values, not with Cobra's "accepts
// at most 1 arg(s)".
func TestOneArgumentCommandsSayWhatTheyTake(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"lesson", "a", "b"}, `lesson takes one lesson id, got 2: "a b" (run 'faultline lessons' for the ids)`},
		{[]string{"quiz", "--list", "fallacies", "availability"}, `quiz takes one lesson id, got 2: "fallacies availability"`},
		{[]string{"scenario", "hot-standby", "cold-standby"}, `scenario takes one scenario name, got 2: "hot-standby cold-standby" (one of cold-standby, `},
	} {
		out, errOut, code := run(t, tc.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tc.want) || strings.Contains(errOut, "arg(s)") {
			t.Errorf("faultline %s: exit %d, stdout %q, stderr %q; want exit 2, nothing on stdout, %q", strings.Join(tc.args, " "), code, out, errOut, tc.want)
		}
	}
}
