package sshserver

import (
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
)

// dialBanner logs in to srv with code and returns the error and every
// banner the server sent on the way.
func dialBanner(t *testing.T, srv *Server, code string) (*gossh.Client, string, error) {
	t.Helper()
	var mu sync.Mutex
	var banners strings.Builder
	c, err := gossh.Dial("tcp", srv.Addr().String(), &gossh.ClientConfig{
		User:            "student",
		Auth:            []gossh.AuthMethod{gossh.RetryableAuthMethod(gossh.Password(code), 1)},
		HostKeyCallback: gossh.FixedHostKey(srv.cfg.HostKey.PublicKey()),
		BannerCallback: func(msg string) error {
			mu.Lock()
			defer mu.Unlock()
			banners.WriteString(msg)
			return nil
		},
		Timeout: 5 * time.Second,
	})
	mu.Lock()
	defer mu.Unlock()
	return c, banners.String(), err
}

// TestThirtyFromOneAddressAllJoin is a lab behind one NAT: 30 students
// from 127.0.0.1 with the right code all join, with the default limits.
func TestThirtyFromOneAddressAllJoin(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, func(c *Config) { c.WrongCodes = nil })
	publish(hub, deck, 0, 0, nil)
	for i := range 30 {
		connect(t, srv, 80, 24, true).join(t, "s"+strconv.Itoa(i))
	}
	deadline := time.Now().Add(10 * time.Second)
	for hub.Students() < 30 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := hub.Students(); n != 30 {
		t.Errorf("%d of 30 students from one address joined", n)
	}
	if r := hub.Refused(); r.Total() != 0 {
		t.Errorf("someone was refused: %v", r)
	}
}

// TestWrongCodesLimitedRightCodeJoins sends 20 wrong codes from one
// address with a limit of 10: the first 10 are told the code is wrong,
// the rest that there were too many and the presenter counts them, and
// a student with the right code from the same address still gets in.
func TestWrongCodesLimitedRightCodeJoins(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, func(c *Config) { c.WrongCodes = classroom.NewLimiter(10, 10, nil) })
	for i := range 20 {
		_, banner, err := dialBanner(t, srv, "WRONG"+strconv.Itoa(i%10))
		if err == nil {
			t.Fatal("a wrong code logged in")
		}
		want := msgWrongCode
		if i >= 10 {
			want = msgWrongCodes
		}
		if !strings.Contains(banner, want) {
			t.Errorf("wrong code %d: the student read %q, want %q", i+1, banner, want)
		}
	}
	if r := hub.Refused(); r[classroom.RefusedWrongCodes] != 10 {
		t.Errorf("the presenter was told of %d limited wrong codes, want 10", r[classroom.RefusedWrongCodes])
	}
	c, banner, err := dialBanner(t, srv, testCode)
	if err != nil {
		t.Fatalf("the right code from a limited address was refused: %v (%q)", err, banner)
	}
	c.Close()
	// Keyboard-interactive logins, as OpenSSH prefers, behave the same.
	kbd := func(answer string) error {
		c, err := gossh.Dial("tcp", srv.Addr().String(), &gossh.ClientConfig{User: "student",
			Auth: []gossh.AuthMethod{gossh.RetryableAuthMethod(gossh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
				return []string{answer}, nil
			}), 1)},
			HostKeyCallback: gossh.FixedHostKey(srv.cfg.HostKey.PublicKey()), Timeout: 5 * time.Second})
		if err == nil {
			c.Close()
		}
		return err
	}
	if err := kbd("nope"); err == nil {
		t.Error("a wrong code logged in by keyboard-interactive")
	}
	if err := kbd(strings.ToLower(testCode)); err != nil {
		t.Errorf("the right code by keyboard-interactive was refused: %v", err)
	}
}

// TestTooManyLoggingInToldWhy holds two connections from one address
// still logging in with a cap of two: a third is told why in words, even
// with the right code, and the presenter counts it; once they go, it
// gets in.
func TestTooManyLoggingInToldWhy(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, func(c *Config) { c.MaxLoggingIn = 2 })
	var held []net.Conn
	for range 2 {
		conn, err := net.Dial("tcp", srv.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, conn)
	}
	waitCount := func(want int) {
		deadline := time.Now().Add(5 * time.Second)
		for srv.loggingIn.Count(srv.Addr().String()) != want && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitCount(2)
	_, banner, err := dialBanner(t, srv, testCode)
	if err == nil || !strings.Contains(banner, msgBusy) {
		t.Errorf("a third connection logging in: err %v, banner %q", err, banner)
	}
	if r := hub.Refused(); r[classroom.RefusedBusy] != 1 {
		t.Errorf("the presenter was told of %d busy refusals, want 1", r[classroom.RefusedBusy])
	}
	for _, c := range held {
		c.Close()
	}
	waitCount(0)
	c, _, err := dialBanner(t, srv, testCode)
	if err != nil {
		t.Fatalf("after the others left, the right code was refused: %v", err)
	}
	c.Close()
}

// TestWatchingIsNotIdle keeps a student on a slide that does not change
// for several idle timeouts: the server's keepalives, answered by the
// client, keep the student in.
func TestWatchingIsNotIdle(t *testing.T) {
	deck := testDeck(t)
	const idle = time.Second // keepalives every 333 ms: room for a busy machine to answer
	srv, hub := startServer(t, deck, func(c *Config) { c.IdleTimeout = idle })
	publish(hub, deck, 0, 0, nil)
	st := connect(t, srv, 80, 24, true)
	st.join(t, "ana")
	deadline := time.Now().Add(5 * time.Second)
	for hub.Students() != 1 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(3 * idle) // nothing changes; the student only watches
	if n := hub.Students(); n != 1 {
		t.Fatalf("after %v watching a still slide, %d students remain, want 1", 3*idle, n)
	}
	if _, _, err := st.client.SendRequest("keepalive@openssh.com", true, nil); err != nil {
		t.Errorf("the watching student's connection was closed: %v", err)
	}
}

func TestKeepaliveEvery(t *testing.T) {
	for _, tt := range []struct{ idle, want time.Duration }{
		{30 * time.Minute, maxKeepaliveEvery},
		{30 * time.Second, 10 * time.Second},
		{0, maxKeepaliveEvery},
	} {
		if got := keepaliveEvery(tt.idle); got != tt.want {
			t.Errorf("keepaliveEvery(%v) = %v, want %v", tt.idle, got, tt.want)
		}
	}
}
