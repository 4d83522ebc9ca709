// Package student is the screen a student sees over SSH in faultline's
// classroom mode: the Bubble Tea model of one session, served by package
// internal/classroom/sshserver.
//
// The session asks for a display name, then follows the presenter's slide
// and reveal step, drawn at the student's own size and with their
// terminal's colours, and takes the student's answer to a live quiz
// question. Nothing a student types moves the lecture: the only thing a
// student changes is their own answer.
package student
