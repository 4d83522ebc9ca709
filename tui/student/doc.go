// Package student is the SSH side of faultline's classroom mode: a Wish
// server that students reach with a plain `ssh -p PORT HOST`, and the
// Bubble Tea model each student session runs.
//
// A student gives the lecture's join code (as a password or by
// keyboard-interactive login), or, when the presenter requires it, logs in
// with a key from an authorized_keys file. The session asks for a display
// name, then follows the presenter's slide and reveal step, drawn at the
// student's own size and with their terminal's colours, and takes the
// student's answer to a live quiz question. Nothing a student types moves
// the lecture: the only thing a student changes is their own answer.
//
// The server offers nothing else: no shell, no commands, no port or agent
// forwarding, no subsystems (so no file transfer). It caps the sessions,
// limits how often each address may connect, and drops idle and
// overlong connections. Each session runs on its own; a panic in one is
// logged and ends only that session.
package student
