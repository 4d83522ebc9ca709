package sshserver

import (
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// maxKeepaliveEvery is the longest wait between two keepalives.
const maxKeepaliveEvery = 30 * time.Second

// keepaliveEvery is how often a session is asked whether its client is
// still there: a third of the idle timeout, so a student who is only
// watching answers well before it, and at most maxKeepaliveEvery.
func keepaliveEvery(idle time.Duration) time.Duration {
	if idle <= 0 {
		return maxKeepaliveEvery
	}
	return min(idle/3, maxKeepaliveEvery)
}

// keepalive sends an OpenSSH keepalive request on sess's connection every
// interval until sess ends. The client's reply (any reply: OpenSSH and Go
// answer "not supported") is traffic, so the idle timeout measures whether
// the student's machine is still there, not whether the slide changed. A
// client that is gone never replies, and the idle timeout drops it; a
// request that fails closes the connection at once.
func keepalive(sess ssh.Session, every time.Duration) {
	conn, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-sess.Context().Done():
			return
		case <-t.C:
			if _, _, err := conn.SendRequest("keepalive@openssh.com", true, nil); err != nil {
				_ = conn.Close()
				return
			}
		}
	}
}
