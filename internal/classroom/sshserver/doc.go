// Package sshserver is the SSH side of faultline's classroom mode: a Wish
// server that students reach with a plain `ssh -p PORT HOST`. Each
// session runs the student screen (package tui/student) against the
// classroom hub (package classroom).
//
// A student gives the lecture's join code (as a password or by
// keyboard-interactive login), or, when the presenter requires it, logs in
// with a key from an authorized_keys file. Nothing a student types moves
// the lecture: the only thing a student changes is their own answer.
//
// The server offers nothing else: no shell, no commands, no port or agent
// forwarding, no subsystems (so no file transfer). It caps the sessions,
// limits how often each address may connect, and drops idle and
// overlong connections. Each session runs on its own; a panic in one is
// logged and ends only that session.
//
// Like cmd/, it is a face of the program rather than pure logic, so it
// may import the student screen; it sits beside the hub, never in tui/.
package sshserver
