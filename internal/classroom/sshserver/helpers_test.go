package sshserver

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/quiz"
)

// testCode is the join code of the tests' lectures.
const testCode = "K7MQ3P"

// loadCourse is the built-in course and its bank, loaded once for all tests.
func loadCourse(tb testing.TB) (*lessons.Course, *quiz.Bank) { return coursetest.Course(tb) }

// testDeck is the deck of the named lessons.
func testDeck(tb testing.TB, ids ...string) *lecture.Deck { return coursetest.Deck(tb, ids...) }

// testSigner is a fresh ed25519 host key.
func testSigner(tb testing.TB) gossh.Signer {
	tb.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// startServer serves deck on 127.0.0.1 on a free port; tweak may change
// the config first. The server is shut down when the test ends.
func startServer(tb testing.TB, deck *lecture.Deck, tweak func(*Config)) (*Server, *classroom.Hub) {
	tb.Helper()
	hub := classroom.NewHub(classroom.Config{JoinCode: testCode})
	cfg := Config{Addr: "127.0.0.1:0", Hub: hub, Deck: deck, HostKey: testSigner(tb),
		wrongCodeDelay: time.Millisecond}
	if tweak != nil {
		tweak(&cfg)
	}
	srv, err := Listen(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve() }()
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		if err := <-done; err != nil {
			tb.Errorf("Serve: %v", err)
		}
	})
	return srv, hub
}

// publish sends the frame of slide n (reveal step step) to the hub, as
// the presenter would, with question q if any.
func publish(hub *classroom.Hub, deck *lecture.Deck, n, step int, q *classroom.Question) {
	st := deck.State(lecture.Nav{Slide: n, Step: step}, lecture.Timer{}, false, time.Time{})
	f := classroom.Frame{State: st}
	if q != nil {
		f.Questions = []*classroom.Question{q}
	}
	hub.Publish(f)
}

// dial logs in to srv with the join code as password.
func dial(tb testing.TB, srv *Server, code string) (*gossh.Client, error) {
	tb.Helper()
	return dialWith(srv, gossh.Password(code))
}

// dialWith logs in to srv with auth.
func dialWith(srv *Server, auth gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", srv.Addr().String(), &gossh.ClientConfig{
		User:            "student",
		Auth:            []gossh.AuthMethod{auth},
		HostKeyCallback: gossh.FixedHostKey(srv.cfg.HostKey.PublicKey()),
		Timeout:         5 * time.Second,
	})
}

// sshClient is one test student: an SSH session with a PTY whose output
// goes into an emulated screen.
type sshClient struct {
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.WriteCloser
	scr    *screen
}

// connect logs in, asks for a w×h PTY and starts the session; with read
// false nobody reads its output (a stuck client).
func connect(tb testing.TB, srv *Server, w, h int, read bool) *sshClient {
	tb.Helper()
	return connectWith(tb, srv, gossh.Password(testCode), w, h, read)
}

// connectWith is connect logging in with auth.
func connectWith(tb testing.TB, srv *Server, auth gossh.AuthMethod, w, h int, read bool) *sshClient {
	tb.Helper()
	c, err := dialWith(srv, auth)
	if err != nil {
		tb.Fatalf("dial: %v", err)
	}
	tb.Cleanup(func() { _ = c.Close() })
	sess, err := c.NewSession()
	if err != nil {
		tb.Fatal(err)
	}
	st := &sshClient{client: c, sess: sess, scr: newScreen(w, h)}
	if st.stdin, err = sess.StdinPipe(); err != nil {
		tb.Fatal(err)
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if read {
		go func() { _, _ = io.Copy(st.scr, out) }()
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		tb.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		tb.Fatal(err)
	}
	return st
}

// join gives the display name (enter alone skips it).
func (s *sshClient) join(tb testing.TB, name string) {
	tb.Helper()
	s.waitFor(tb, "What name", hangGuard)
	s.send(tb, name+"\r")
}

// send types text.
func (s *sshClient) send(tb testing.TB, text string) {
	tb.Helper()
	if _, err := io.WriteString(s.stdin, text); err != nil {
		tb.Fatalf("typing %q: %v", text, err)
	}
}

// waitFor waits until the screen shows want, failing after d.
func (s *sshClient) waitFor(tb testing.TB, want string, d time.Duration) time.Duration {
	tb.Helper()
	start := time.Now()
	for time.Since(start) < d {
		if strings.Contains(s.scr.String(), want) {
			return time.Since(start)
		}
		time.Sleep(2 * time.Millisecond)
	}
	tb.Fatalf("after %v the screen lacks %q:\n%s", d, want, s.scr.String())
	return 0
}

// shows reports whether the screen shows want now.
func (s *sshClient) shows(want string) bool { return strings.Contains(s.scr.String(), want) }
