package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/spf13/cobra"
	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
	"faultline/internal/classroom/sshserver"
	"faultline/internal/lecture"
	"faultline/internal/termtext"
	"faultline/tui/presenter"
)

// serveOptions are the classroom flags of `faultline lecture`.
type serveOptions struct {
	serve          bool
	listen         string
	authorizedKeys string
	maxStudents    int
	idleTimeout    time.Duration
	maxTimeout     time.Duration
	wrongCodes     int
	maxLoggingIn   int
	flags          *cobra.Command
}

// register adds the flags to cmd.
func (o *serveOptions) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.serve, "serve", false, "also let students follow over SSH and answer the quiz questions")
	f.StringVar(&o.listen, "listen", sshserver.DefaultAddr, "address the SSH server listens on (with --serve)")
	f.StringVar(&o.authorizedKeys, "authorized-keys", "", "require a key from this authorized_keys file instead of the join code (with --serve)")
	f.IntVar(&o.maxStudents, "max-students", classroom.DefaultMaxStudents, "most students connected at once (with --serve)")
	f.DurationVar(&o.idleTimeout, "idle-timeout", sshserver.DefaultIdleTimeout, "drop a student's connection after its terminal stops answering for this long; watching a still slide counts as present (with --serve)")
	f.DurationVar(&o.maxTimeout, "max-timeout", sshserver.DefaultMaxTimeout, "end any student's connection after this long (with --serve)")
	f.IntVar(&o.wrongCodes, "wrong-codes-per-minute", sshserver.DefaultWrongCodesPerMinute, "wrong join codes one address may send a minute before more are slowed and refused; the right code always gets in (with --serve)")
	f.IntVar(&o.maxLoggingIn, "max-logging-in", sshserver.DefaultMaxLoggingIn, "most connections from one address still logging in at once, e.g. a lab behind one NAT (with --serve)")
	o.flags = cmd
}

// servePlan is what the checked classroom flags ask for.
type servePlan struct {
	on          bool
	listen      string
	keys        []gossh.PublicKey
	maxStudents int
	idle, max   time.Duration
	wrongCodes  int
	loggingIn   int
}

// plan checks the classroom flags: they need --serve, which --notes
// does not take; the address must be HOST:PORT; numbers must be positive
// and the authorized keys file must hold keys.
func (o serveOptions) plan(notes bool) (servePlan, error) {
	var p servePlan
	if !o.serve {
		for _, name := range []string{"listen", "authorized-keys", "max-students", "idle-timeout", "max-timeout", "wrong-codes-per-minute", "max-logging-in"} {
			if o.flags != nil && o.flags.Flags().Changed(name) {
				return p, badInput("--%s goes with --serve", name)
			}
		}
		return p, nil
	}
	if notes {
		return p, badInput("--notes follows the presenter; --serve belongs to the presenting terminal")
	}
	if _, port, err := net.SplitHostPort(o.listen); err != nil || port == "" {
		return p, badInput("invalid --listen %s (accepted: HOST:PORT such as 127.0.0.1:2222 or 0.0.0.0:2222)", termtext.Quote(o.listen))
	}
	if o.maxStudents < 1 {
		return p, badInput("invalid --max-students %d (accepted: 1 or more)", o.maxStudents)
	}
	if o.idleTimeout <= 0 || o.maxTimeout <= 0 {
		return p, badInput("--idle-timeout and --max-timeout must be positive durations such as 30m or 4h")
	}
	if o.wrongCodes < 1 {
		return p, badInput("invalid --wrong-codes-per-minute %d (accepted: 1 or more)", o.wrongCodes)
	}
	if o.maxLoggingIn < 1 {
		return p, badInput("invalid --max-logging-in %d (accepted: 1 or more)", o.maxLoggingIn)
	}
	p = servePlan{on: true, listen: o.listen, maxStudents: o.maxStudents, idle: o.idleTimeout, max: o.maxTimeout,
		wrongCodes: o.wrongCodes, loggingIn: o.maxLoggingIn}
	if o.authorizedKeys != "" {
		keys, err := sshserver.LoadAuthorizedKeys(o.authorizedKeys)
		if err != nil {
			return p, badInput("invalid --authorized-keys: %w", err)
		}
		p.keys = keys
	}
	return p, nil
}

// start opens the host key and the SSH server for deck and serves it with
// a hub configured by cfg (its join code, "" for a new one; for a resumed
// lecture, the students known by their key, the highest "student-N" and
// the answers taken back, all before the first student joins; the cap on
// students is the server's); it returns what the presenter shows and the
// function that ends the lecture for every student.
func (p servePlan) start(deck *lecture.Deck, cfg classroom.Config) (*presenter.Classroom, func(), error) {
	keyPath, err := classroom.HostKeyPath()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot place the classroom host key: %w", err)
	}
	signer, err := classroom.LoadOrCreateHostKey(keyPath)
	if err != nil {
		return nil, nil, err
	}
	logger, closeLog, err := classroomLog()
	if err != nil {
		return nil, nil, err
	}
	cfg.MaxStudents = p.maxStudents
	hub := classroom.NewHub(cfg)
	srv, err := sshserver.Listen(sshserver.Config{
		Addr: p.listen, Hub: hub, Deck: deck, HostKey: signer, AuthorizedKeys: p.keys,
		MaxStudents: p.maxStudents, IdleTimeout: p.idle, MaxTimeout: p.max, Logger: logger,
		WrongCodes: classroom.NewLimiter(p.wrongCodes, p.wrongCodes, nil), MaxLoggingIn: p.loggingIn,
	})
	if err != nil {
		closeLog()
		return nil, nil, err
	}
	go func() {
		if err := srv.Serve(); err != nil {
			logger.Error("classroom: server stopped", "error", err)
		}
	}()
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		closeLog()
	}
	return &presenter.Classroom{Hub: hub, Connect: srv.Connect(), Fingerprint: srv.Fingerprint(), KeysOnly: len(p.keys) > 0}, stop, nil
}

// classroomLog opens the classroom's log file (0600) in the state
// directory beside the host key, since the presenter's screen has no room
// for it. It is rotated at classroom.DefaultLogMax, keeping one older
// file, so a flood of connections cannot fill the disk. A log that cannot
// be opened (a symbolic link, say) is an error naming it.
func classroomLog() (*slog.Logger, func(), error) {
	path, err := classroom.LogPath()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot place the classroom log: %w", err)
	}
	l, err := classroom.OpenLog(path, classroom.DefaultLogMax)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot open the classroom log: %w", err)
	}
	return slog.New(slog.NewTextHandler(l, nil)), func() { _ = l.Close() }, nil
}
