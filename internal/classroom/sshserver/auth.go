package sshserver

import (
	"bufio"
	"bytes"
	"fmt"
	"os"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// authOptions are the ways in: with authorized keys only a listed key,
// else the join code as a password or by keyboard-interactive login.
func (s *Server) authOptions() []ssh.Option {
	if len(s.cfg.AuthorizedKeys) > 0 {
		keys := s.cfg.AuthorizedKeys
		return []ssh.Option{wish.WithPublicKeyAuth(func(_ ssh.Context, k ssh.PublicKey) bool {
			for _, a := range keys {
				if ssh.KeysEqual(k, a) {
					return true
				}
			}
			return false
		})}
	}
	hub := s.cfg.Hub
	return []ssh.Option{
		wish.WithPasswordAuth(func(_ ssh.Context, password string) bool {
			return hub.CheckCode(password)
		}),
		wish.WithKeyboardInteractiveAuth(func(_ ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
			answers, err := ask("", "faultline classroom: type the join code shown on the presenter's screen.",
				[]string{"Join code: "}, []bool{true})
			return err == nil && len(answers) == 1 && hub.CheckCode(answers[0])
		}),
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
