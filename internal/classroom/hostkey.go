package classroom

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"golang.org/x/crypto/ssh"

	"faultline/internal/progress"
)

// HostKeyFile is the name of the host key file in the state directory.
const HostKeyFile = "classroom_host_ed25519"

// hostKeyComment is the comment stored with a generated host key.
const hostKeyComment = "faultline classroom host key"

// HostKeyPath returns where the classroom host key lives: HostKeyFile in
// faultline's state directory, the directory of progress.DefaultPath.
func HostKeyPath() (string, error) {
	p, err := progress.DefaultPath()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(p), HostKeyFile), nil
}

// LoadOrCreateHostKey returns the SSH host key stored at path, creating it
// first if there is none: a new ed25519 key in OpenSSH PEM format, written
// atomically with mode 0600 in a directory made with mode 0700, so students
// see the same host key lecture after lecture. A file that cannot be parsed,
// or that others may read, is an error naming path; it is never replaced.
func LoadOrCreateHostKey(path string) (ssh.Signer, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return createHostKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("classroom: host key %s: %w", path, err)
	}
	return parseHostKey(path, data)
}

// parseHostKey checks the key file's mode and parses data read from path.
func parseHostKey(path string, data []byte) (ssh.Signer, error) {
	if runtime.GOOS != "windows" {
		info, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("classroom: host key %s: %w", path, err)
		}
		if perm := info.Mode().Perm(); perm&0o077 != 0 {
			return nil, fmt.Errorf("classroom: host key %s: mode %04o lets others read it; run chmod 600 on it", path, perm)
		}
	}
	signer, err := ssh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("classroom: host key %s is not a valid private key (move it aside to make a new one): %w", path, err)
	}
	return signer, nil
}

// createHostKey generates an ed25519 key and stores it at path. If another
// process stored one first, that key is used instead.
func createHostKey(path string) (ssh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("classroom: generate host key: %w", err)
	}
	block, err := ssh.MarshalPrivateKey(priv, hostKeyComment)
	if err != nil {
		return nil, fmt.Errorf("classroom: encode host key: %w", err)
	}
	switch err := writeNew(path, pem.EncodeToMemory(block)); {
	case errors.Is(err, fs.ErrExist):
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("classroom: host key %s: %w", path, err)
		}
		return parseHostKey(path, data)
	case err != nil:
		return nil, fmt.Errorf("classroom: save host key %s: %w", path, err)
	}
	return ssh.NewSignerFromKey(priv)
}

// writeNew stores data at path, which must not exist yet, so that path
// either does not exist or holds data in full: a temporary file (mode 0600)
// in the same directory (made with mode 0700 if missing) is written, synced
// and hard-linked to path, then the directory is synced. If path exists the
// error wraps fs.ErrExist and path is left alone.
func writeNew(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := writeSynced(f, data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Link(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
}

// writeSynced makes f private, writes data to it and flushes it to disk.
func writeSynced(f *os.File, data []byte) error {
	if err := f.Chmod(0o600); err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}

// syncDir flushes a directory's entries to disk where the system allows it.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Fingerprint returns the SHA-256 fingerprint of pub as ssh-keygen -l
// prints it: "SHA256:" and the unpadded base64 of the hash of the key's
// wire form.
func Fingerprint(pub ssh.PublicKey) string {
	sum := sha256.Sum256(pub.Marshal())
	return "SHA256:" + base64.RawStdEncoding.EncodeToString(sum[:])
}
