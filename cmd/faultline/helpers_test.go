package main

import (
	"bytes"
	"strings"
	"testing"
)

// run executes faultline with args in a test environment without a
// terminal, returning stdout, stderr and the exit status.
func run(t testing.TB, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, environ: []string{"TERM=xterm-256color"}}
	code = execute(args, e)
	return out.String(), errOut.String(), code
}
