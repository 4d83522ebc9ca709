package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestAccessibleCourseOnAColourTerminal runs `faultline` with ACCESSIBLE=1
// (and `faultline --accessible`) as a screen reader user would on a
// terminal that does colour: a tour of the calculators, the glossary, a
// scenario and a quiz from stdin, then the end of input. It exits 0, and
// nothing it writes holds an escape sequence.
func TestAccessibleCourseOnAColourTerminal(t *testing.T) {
	script := "c\n1\n99.9\n\n\ng\nfailover\n\ns\n3\nr\n\n\nq1\n\nq\n"
	for _, tt := range []struct {
		args    []string
		environ []string
	}{
		{nil, []string{"ACCESSIBLE=1"}},
		{[]string{"--accessible"}, nil},
	} {
		t.Setenv("FAULTLINE_STATE_DIR", t.TempDir())
		var out, errOut bytes.Buffer
		e := env{stdin: strings.NewReader(script), stdout: &out, stderr: &errOut, isTerminal: true,
			environ: append([]string{"TERM=xterm-256color", "COLORTERM=truecolor"}, tt.environ...)}
		if code := execute(tt.args, e); code != 0 {
			t.Fatalf("%v %v: exit %d, stderr %q", tt.environ, tt.args, code, errOut.String())
		}
		got := out.String()
		for _, want := range []string{"99.9%, 3 nines.", "1. Failover: ", "events (", "Question 1 of", "The quiz ended early"} {
			if !strings.Contains(got, want) {
				t.Errorf("%v %v: output lacks %q", tt.environ, tt.args, want)
			}
		}
		if i := strings.IndexFunc(got, func(r rune) bool { return r == '\x1b' || r == '\u009b' }); i >= 0 || errOut.Len() > 0 {
			t.Errorf("%v %v: an escape sequence at %d, or stderr %q", tt.environ, tt.args, i, errOut.String())
		}
	}
}
