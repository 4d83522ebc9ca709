package sshserver

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"

	"charm.land/ssh"

	"faultline/internal/classroom"

	"faultline/tui/student"
)

// Messages said to sessions that are refused.
const (
	msgNoCommand  = "faultline classroom runs no commands. Connect with plain ssh, without a command, to follow the lecture.\r\n"
	msgNoTerminal = "faultline classroom needs a terminal: connect with `ssh -t`.\r\n"
	msgFull       = "Sorry, the lecture is full (%d students). Please try again later, or ask the presenter.\r\n"
	msgEnded      = "The lecture has ended. Goodbye!\r\n"
)

// middleware is the whole of a session: it refuses what the classroom
// does not offer, admits up to MaxStudents, runs the student's screen and
// says goodbye. A panic ends only this session.
func (s *Server) middleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("classroom: session panicked", "remote", sess.RemoteAddr().String(),
					"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				_, _ = io.WriteString(sess.Stderr(), "\r\nSorry, something went wrong on the lecture's side; please connect again.\r\n")
				_ = sess.Exit(1)
			}
		}()
		s.serve(sess)
		next(sess)
	}
}

// serve runs one student session.
func (s *Server) serve(sess ssh.Session) {
	if len(sess.Command()) > 0 || sess.Subsystem() != "" {
		refuse(sess, msgNoCommand)
		return
	}
	if _, _, ok := sess.Pty(); !ok {
		refuse(sess, msgNoTerminal)
		return
	}
	if n := s.sessions.Add(1); n > int64(s.cfg.MaxStudents) {
		s.sessions.Add(-1)
		s.cfg.Hub.Refuse(classroom.RefusedFull)
		refuse(sess, fmt.Sprintf(msgFull, s.cfg.MaxStudents))
		return
	}
	defer s.sessions.Add(-1)
	select {
	case <-s.done:
		refuse(sess, msgEnded)
		return
	default:
	}
	s.wg.Add(1)
	defer s.wg.Done()
	if s.beforeRun != nil {
		s.beforeRun(sess)
	}

	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	go keepalive(sess, keepaliveEvery(s.cfg.IdleTimeout))
	go func() { // the lecture's end reaches students still giving a name
		select {
		case <-s.done:
			cancel()
		case <-ctx.Done():
		}
	}()
	m := student.NewStudent(ctx, s.cfg.Hub, s.slides, sess.RemoteAddr().String())
	defer m.Leave()
	s.runStudentScreen(sess, m)
	if bye := m.Goodbye(); bye != "" {
		_, _ = io.WriteString(sess, bye+"\r\n")
	}
	_ = sess.Exit(0)
}

// refuse tells the client why and ends the session with status 1.
func refuse(sess ssh.Session, msg string) {
	_, _ = io.WriteString(sess.Stderr(), msg)
	_ = sess.Exit(1)
}
