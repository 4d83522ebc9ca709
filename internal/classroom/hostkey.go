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
	"runtime"

	"golang.org/x/crypto/ssh"

	"faultline/internal/statedir"
)

// HostKeyFile is the name of the host key file in the state directory.
const HostKeyFile = "classroom_host_ed25519"

// hostKeyComment is the comment stored with a generated host key.
const hostKeyComment = "faultline classroom host key"

// LogFile is the name of the classroom's log in the state directory.
const LogFile = "classroom.log"

// maxHostKeySize is the largest host key file read; an ed25519 key in
// OpenSSH PEM format takes about 400 bytes.
const maxHostKeySize = 64 << 10

// HostKeyPath returns where the classroom host key lives: HostKeyFile in
// faultline's state directory (see statedir.Dir).
func HostKeyPath() (string, error) { return statedir.Path(HostKeyFile) }

// LogPath returns where the classroom's log goes: LogFile in faultline's
// state directory.
func LogPath() (string, error) { return statedir.Path(LogFile) }

// LoadOrCreateHostKey returns the SSH host key stored at path, creating it
// first if there is none: a new ed25519 key in OpenSSH PEM format, written
// atomically with mode 0600 in a directory made with mode 0700, so students
// see the same host key lecture after lecture. A file that cannot be parsed,
// that others may read, or that is a symbolic link, is an error naming
// path; it is never replaced.
func LoadOrCreateHostKey(path string) (ssh.Signer, error) {
	data, err := statedir.ReadFile(path, maxHostKeySize)
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
		info, err := os.Lstat(path)
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
	switch err := statedir.WriteNew(path, pem.EncodeToMemory(block)); {
	case errors.Is(err, fs.ErrExist):
		data, err := statedir.ReadFile(path, maxHostKeySize)
		if err != nil {
			return nil, fmt.Errorf("classroom: host key %s: %w", path, err)
		}
		return parseHostKey(path, data)
	case err != nil:
		return nil, fmt.Errorf("classroom: save host key %s: %w", path, err)
	}
	return ssh.NewSignerFromKey(priv)
}

// Fingerprint returns the SHA-256 fingerprint of pub as ssh-keygen -l
// prints it: "SHA256:" and the unpadded base64 of the hash of the key's
// wire form.
func Fingerprint(pub ssh.PublicKey) string {
	sum := sha256.Sum256(pub.Marshal())
	return "SHA256:" + base64.RawStdEncoding.EncodeToString(sum[:])
}
