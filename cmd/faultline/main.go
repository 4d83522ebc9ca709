// Command faultline teaches the fundamentals of distributed systems in the
// terminal: lessons, live calculators, quizzes and failover scenarios in a
// full-screen TUI, a lecture mode, and subcommands for scripts.
package main

import (
	"os"
)

func main() {
	os.Exit(execute(os.Args[1:], newEnv()))
}
