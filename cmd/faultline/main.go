// Command faultline teaches the fundamentals of distributed systems in the
// terminal: lessons, live calculators, quizzes and failover scenarios in a
// full-screen TUI, a lecture mode, and subcommands for scripts.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"faultline/internal/termtext"
)

func main() {
	os.Exit(guard(os.Stderr, func() int { return execute(os.Args[1:], newEnv()) }))
}

// guard runs fn and returns its exit status. A panic is a bug, not bad
// input: it is reported on stderr with its stack and exits 1, never with
// Go's own status 2, which faultline keeps for bad input.
func guard(stderr io.Writer, fn func() int) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "faultline: internal error (a bug in faultline; please report it): %s\n%s",
				termtext.Neutralize(fmt.Sprint(r)), termtext.Clean(string(debug.Stack())))
			code = 1
		}
	}()
	return fn()
}
