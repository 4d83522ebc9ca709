package sshserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/components/slideview"
)

// Defaults of Config.
const (
	// DefaultAddr listens on loopback only: students on other machines
	// need --listen with an address they can reach.
	DefaultAddr = "127.0.0.1:2222"
	// DefaultIdleTimeout drops a connection that stops answering: the
	// server sends keepalives, so a student only watching is never idle.
	DefaultIdleTimeout = 30 * time.Minute
	// DefaultMaxTimeout ends any connection after this long.
	DefaultMaxTimeout = 4 * time.Hour
	// DefaultWrongCodesPerMinute is how many wrong join codes one address
	// may send a minute (and at once) before its wrong codes are slowed
	// down and refused; right codes always get in.
	DefaultWrongCodesPerMinute = 20
	// DefaultMaxLoggingIn is how many connections from one address may be
	// logging in at once: a whole lab behind one NAT typing the code.
	DefaultMaxLoggingIn = classroom.DefaultMaxStudents
	// wrongCodeDelay is how long a wrong code from a limited address
	// waits before it is refused, which slows guessing.
	wrongCodeDelay = time.Second
	// handshakeTimeout bounds the SSH handshake and login.
	handshakeTimeout = 30 * time.Second
)

// Config is what the classroom server needs.
type Config struct {
	// Addr is the TCP address to listen on; "" means DefaultAddr.
	Addr string
	// Hub fans the presenter's frames out; required.
	Hub *classroom.Hub
	// Deck is the presented deck; required.
	Deck *lecture.Deck
	// HostKey is the server's key; required.
	HostKey gossh.Signer
	// AuthorizedKeys, if not empty, makes login with one of these keys
	// required; the join code is then not accepted.
	AuthorizedKeys []gossh.PublicKey
	// MaxStudents caps concurrent sessions; 0 means
	// classroom.DefaultMaxStudents.
	MaxStudents int
	// IdleTimeout drops a connection whose client stops answering the
	// server's keepalives; MaxTimeout ends any connection after this long.
	// 0 means the defaults, a negative value no limit.
	IdleTimeout, MaxTimeout time.Duration
	// WrongCodes limits wrong join codes per address; nil means
	// DefaultWrongCodesPerMinute a minute, as many at once. Students who
	// give the right code are never limited.
	WrongCodes *classroom.Limiter
	// MaxLoggingIn caps the connections per address not yet logged in;
	// 0 means DefaultMaxLoggingIn.
	MaxLoggingIn int
	// Logger receives what goes wrong in sessions; nil discards it.
	Logger *slog.Logger

	// wrongCodeDelay overrides the package's wrongCodeDelay (tests).
	wrongCodeDelay time.Duration
}

// Server is the classroom's SSH server.
type Server struct {
	cfg    Config
	srv    *ssh.Server
	ln     net.Listener
	slides *slideview.SlideRenderer
	log    *slog.Logger

	sessions  atomic.Int64       // sessions being served
	overflow  atomic.Int64       // connections let in beyond MaxLoggingIn to be told why
	loggingIn *classroom.Pending // connections per address not logged in yet
	lines     lineCaches         // students' screens' lines, converted once for the room
	wg        sync.WaitGroup
	done      chan struct{}

	// beforeRun, if set, runs at the start of each student session (tests).
	beforeRun func(ssh.Session)
}

// Listen checks cfg, listens on its address and returns the server, not
// yet serving.
func Listen(cfg Config) (*Server, error) {
	if cfg.Hub == nil || cfg.Deck == nil || cfg.HostKey == nil {
		return nil, errors.New("classroom server: a hub, a deck and a host key are required")
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.MaxStudents <= 0 {
		cfg.MaxStudents = classroom.DefaultMaxStudents
	}
	cfg.IdleTimeout = orDefault(cfg.IdleTimeout, DefaultIdleTimeout)
	cfg.MaxTimeout = orDefault(cfg.MaxTimeout, DefaultMaxTimeout)
	if cfg.WrongCodes == nil {
		cfg.WrongCodes = classroom.NewLimiter(DefaultWrongCodesPerMinute, DefaultWrongCodesPerMinute, nil)
	}
	if cfg.MaxLoggingIn <= 0 {
		cfg.MaxLoggingIn = DefaultMaxLoggingIn
	}
	if cfg.wrongCodeDelay == 0 {
		cfg.wrongCodeDelay = wrongCodeDelay
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, slides: slideview.NewSlideRenderer(cfg.Deck), log: cfg.Logger, done: make(chan struct{}),
		loggingIn: classroom.NewPending(cfg.MaxLoggingIn)}
	opts := []ssh.Option{
		wish.WithAddress(cfg.Addr),
		wish.WithVersion("faultline-classroom"),
		func(srv *ssh.Server) error { srv.AddHostKey(cfg.HostKey); return nil },
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithMaxTimeout(cfg.MaxTimeout),
		ssh.WrapConn(s.admit),
		wish.WithMiddleware(s.middleware),
		func(srv *ssh.Server) error {
			srv.HandshakeTimeout = handshakeTimeout
			// Only sessions: no port forwarding, no agent channels, no
			// global requests, no subsystems (so no sftp or scp).
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": ssh.DefaultSessionHandler}
			srv.RequestHandlers = map[string]ssh.RequestHandler{}
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			srv.LocalPortForwardingCallback = nil
			srv.ReversePortForwardingCallback = nil
			return nil
		},
	}
	opts = append(opts, s.authOptions()...)
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, fmt.Errorf("classroom server: %w", err)
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("classroom server: cannot listen on %s: %w", cfg.Addr, err)
	}
	s.srv, s.ln = srv, ln
	return s, nil
}

// orDefault is d, def when d is 0, or no limit (0) when d is negative.
func orDefault(d, def time.Duration) time.Duration {
	switch {
	case d == 0:
		return def
	case d < 0:
		return 0
	}
	return d
}

// Addr is the address the server listens on (with the real port when
// Config.Addr asked for port 0).
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Fingerprint is the host key's fingerprint as ssh-keygen prints it.
func (s *Server) Fingerprint() string { return classroom.Fingerprint(s.cfg.HostKey.PublicKey()) }

// Connect is the command students run to join: "ssh -p PORT HOST".
func (s *Server) Connect() string { return ConnectCommand(s.Addr()) }

// Serve serves students until Shutdown; it returns nil after Shutdown.
func (s *Server) Serve() error {
	err := s.srv.Serve(s.ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown ends the lecture for every student: each gets a goodbye and is
// disconnected. It waits up to ctx for the sessions to close, then closes
// what remains.
func (s *Server) Shutdown(ctx context.Context) error {
	s.cfg.Hub.Close()
	select {
	case <-s.done:
	default:
		close(s.done)
	}
	waited := make(chan struct{})
	go func() { s.wg.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-ctx.Done():
	}
	return s.srv.Close()
}

// Sessions returns the number of sessions being served.
func (s *Server) Sessions() int { return int(s.sessions.Load()) }

// admit is the connection callback: it counts the connection as logging
// in for its address until it logs in or closes. A connection beyond
// MaxLoggingIn is still let through the handshake, marked, so that the
// login can tell its student why it is refused; beyond twice that it is
// closed at once.
func (s *Server) admit(ctx ssh.Context, conn net.Conn) net.Conn {
	addr := conn.RemoteAddr().String()
	release, ok := s.loggingIn.Acquire(addr)
	if !ok {
		if s.overflow.Add(1) > int64(s.cfg.MaxLoggingIn) {
			s.overflow.Add(-1)
			s.log.Warn("classroom: too many connections logging in", "remote", addr)
			s.cfg.Hub.Refuse(classroom.RefusedBusy)
			return nil
		}
		ctx.SetValue(ctxBusy, true)
		return &trackedConn{Conn: conn, release: func() { s.overflow.Add(-1) }}
	}
	ctx.SetValue(ctxLoggedIn, release)
	return &trackedConn{Conn: conn, release: release}
}

// trackedConn is a connection that gives back its place when it closes.
type trackedConn struct {
	net.Conn
	release func()
	once    sync.Once
}

// Close closes the connection and releases its place once.
func (c *trackedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}
