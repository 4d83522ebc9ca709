package sshserver

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
)

// Context keys set by admit for the login.
var (
	ctxLoggedIn = &struct{ name string }{"release-logging-in"} // func(): the connection logged in
	ctxBusy     = &struct{ name string }{"busy"}               // bool: over MaxLoggingIn
)

// What a refused login is told, shown by ssh as a banner.
const (
	msgWrongCode  = "faultline classroom: that is not the join code. Check the code on the presenter's screen and try again.\r\n"
	msgWrongCodes = "faultline classroom: too many wrong join codes from your address lately; wait a minute, check the code on the presenter's screen, and try again.\r\n"
	msgBusy       = "faultline classroom: too many people from your address are logging in right now; please try again in a few seconds.\r\n"
	promptCode    = "faultline classroom: type the join code shown on the presenter's screen."
)

// errRefused is what a refused login returns under its banner.
var errRefused = errors.New("classroom: login refused")

// authOptions are the ways in: with authorized keys only a listed key,
// whose fingerprint the session's context then holds as the student's
// identity (classroom.Identity), else the join code as a password or by
// keyboard-interactive login, checked by login.
func (s *Server) authOptions() []ssh.Option {
	if len(s.cfg.AuthorizedKeys) > 0 {
		keys := s.cfg.AuthorizedKeys
		return []ssh.Option{wish.WithPublicKeyAuth(func(ctx ssh.Context, k ssh.PublicKey) bool {
			for _, a := range keys {
				if ssh.KeysEqual(k, a) {
					loggedIn(ctx)
					ctx.SetValue(classroom.IdentityKey, classroom.KeyIdentity(k))
					return true
				}
			}
			return false
		})}
	}
	return []ssh.Option{func(srv *ssh.Server) error {
		srv.ServerConfigCallback = func(ctx ssh.Context) *gossh.ServerConfig {
			return &gossh.ServerConfig{
				PasswordCallback: func(c gossh.ConnMetadata, password []byte) (*gossh.Permissions, error) {
					return s.login(ctx, c.RemoteAddr().String(), string(password))
				},
				KeyboardInteractiveCallback: func(c gossh.ConnMetadata, ask gossh.KeyboardInteractiveChallenge) (*gossh.Permissions, error) {
					if busy, _ := ctx.Value(ctxBusy).(bool); busy {
						return s.login(ctx, c.RemoteAddr().String(), "")
					}
					answers, err := ask("", promptCode, []string{"Join code: "}, []bool{true})
					if err != nil || len(answers) != 1 {
						return nil, errRefused
					}
					return s.login(ctx, c.RemoteAddr().String(), answers[0])
				},
			}
		}
		return nil
	}}
}

// login checks a join code from addr. The right code always gets in,
// whoever else at that address got it wrong. A wrong code is refused with
// words the student can read; past the address's WrongCodes limit it is
// also answered slowly and the presenter is told. A connection over
// MaxLoggingIn is refused without looking at its code.
func (s *Server) login(ctx ssh.Context, addr, code string) (*gossh.Permissions, error) {
	if busy, _ := ctx.Value(ctxBusy).(bool); busy {
		s.cfg.Hub.Refuse(classroom.RefusedBusy)
		s.log.Warn("classroom: too many connections logging in", "remote", addr)
		return nil, &gossh.BannerError{Err: errRefused, Message: msgBusy}
	}
	if s.cfg.Hub.CheckCode(code) {
		loggedIn(ctx)
		return &gossh.Permissions{}, nil
	}
	if !s.cfg.WrongCodes.Allow(addr) {
		s.cfg.Hub.Refuse(classroom.RefusedWrongCodes)
		s.log.Warn("classroom: too many wrong join codes", "remote", addr)
		time.Sleep(s.cfg.wrongCodeDelay)
		return nil, &gossh.BannerError{Err: errRefused, Message: msgWrongCodes}
	}
	return nil, &gossh.BannerError{Err: errRefused, Message: msgWrongCode}
}

// loggedIn stops counting ctx's connection as logging in.
func loggedIn(ctx ssh.Context) {
	if release, ok := ctx.Value(ctxLoggedIn).(func()); ok {
		release()
	}
}

// LoadAuthorizedKeys reads the public keys of an authorized_keys file
// (blank lines and # comments skipped); a file that cannot be read, a
// line that is not a key, or a file with no key is an error naming the
// file and line.
func LoadAuthorizedKeys(path string) ([]gossh.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read authorized keys: %w", err)
	}
	var keys []gossh.PublicKey
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key: %v", path, n, err)
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s holds no public key", path)
	}
	return keys, nil
}
