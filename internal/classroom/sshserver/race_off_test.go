//go:build !race

package sshserver

// raceEnabled reports a -race build, where the load test runs smaller to
// stay within its time bound.
const raceEnabled = false
