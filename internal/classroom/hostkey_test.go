package classroom

import (
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/crypto/ssh"

	"faultline/internal/statedir"
)

func TestHostKeyPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(statedir.EnvDir, dir)
	got, err := HostKeyPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, HostKeyFile); got != want {
		t.Fatalf("HostKeyPath() = %q, want %q", got, want)
	}
}

func TestLoadOrCreateHostKeyCreatesThenReuses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state", "faultline")
	path := filepath.Join(dir, HostKeyFile)
	first, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if typ := first.PublicKey().Type(); typ != ssh.KeyAlgoED25519 {
		t.Fatalf("key type %s, want %s", typ, ssh.KeyAlgoED25519)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Fatalf("key file mode %04o, want 0600", perm)
	}
	dinfo, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := dinfo.Mode().Perm(); perm != 0o700 {
		t.Fatalf("state dir mode %04o, want 0700", perm)
	}
	data, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(data), "-----BEGIN OPENSSH PRIVATE KEY-----\n") {
		t.Fatalf("key file is not OpenSSH PEM:\n%s", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("state dir holds %d entries, want only the key (no temporary files)", len(entries))
	}
	second, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if Fingerprint(first.PublicKey()) != Fingerprint(second.PublicKey()) {
		t.Fatal("second call made a new key instead of reusing the stored one")
	}
}

func TestLoadOrCreateHostKeyConcurrentCallsAgree(t *testing.T) {
	path := filepath.Join(t.TempDir(), HostKeyFile)
	var wg sync.WaitGroup
	prints := make([]string, 8)
	for i := range prints {
		wg.Go(func() {
			s, err := LoadOrCreateHostKey(path)
			if err != nil {
				t.Error(err)
				return
			}
			prints[i] = Fingerprint(s.PublicKey())
		})
	}
	wg.Wait()
	stored, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range prints {
		if p != Fingerprint(stored.PublicKey()) {
			t.Errorf("caller %d serves %s, the file holds %s", i, p, Fingerprint(stored.PublicKey()))
		}
	}
}

func TestLoadOrCreateHostKeyRefusesBadFiles(t *testing.T) {
	tests := []struct {
		name    string
		content string
		mode    os.FileMode
		want    string
	}{
		{"garbage", "not a key\n", 0o600, "not a valid private key"},
		{"empty", "", 0o600, "not a valid private key"},
		{"truncated PEM", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n", 0o600, "not a valid private key"},
		{"readable by others", "whatever", 0o644, "chmod 600"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), HostKeyFile)
			if err := os.WriteFile(path, []byte(tt.content), tt.mode); err != nil {
				t.Fatal(err)
			}
			os.Chmod(path, tt.mode)
			_, err := LoadOrCreateHostKey(path)
			if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one naming %s and saying %q", err, path, tt.want)
			}
			if data, _ := os.ReadFile(path); string(data) != tt.content {
				t.Fatal("the bad file was replaced")
			}
		})
	}
}

func TestLoadOrCreateHostKeyDirIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(file, HostKeyFile)
	if _, err := LoadOrCreateHostKey(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("err = %v, want one naming %s", err, path)
	}
}

func TestFingerprint(t *testing.T) {
	for range 5 {
		pub, _, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		key, err := ssh.NewPublicKey(pub)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := Fingerprint(key), ssh.FingerprintSHA256(key); got != want {
			t.Fatalf("Fingerprint = %s, ssh.FingerprintSHA256 = %s", got, want)
		}
	}
}

// TestFingerprintMatchesSSHKeygen compares with ssh-keygen -l when it is
// installed.
func TestFingerprintMatchesSSHKeygen(t *testing.T) {
	keygen, err := exec.LookPath("ssh-keygen")
	if err != nil {
		t.Skip("ssh-keygen not installed")
	}
	path := filepath.Join(t.TempDir(), HostKeyFile)
	s, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(keygen, "-l", "-E", "sha256", "-f", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	fields := strings.Fields(string(out))
	if len(fields) < 2 || fields[1] != Fingerprint(s.PublicKey()) {
		t.Fatalf("ssh-keygen says %q, Fingerprint %s", out, Fingerprint(s.PublicKey()))
	}
}

// TestLoadOrCreateHostKeyRefusesALink: a host key file that is a symbolic
// link is neither read nor replaced, and the error says so.
func TestLoadOrCreateHostKeyRefusesALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "someone-elses-key")
	path := filepath.Join(dir, HostKeyFile)
	if err := os.Symlink(target, path); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	_, err := LoadOrCreateHostKey(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("err = %v, want one naming %s and saying it is a symbolic link", err, path)
	}
	if _, err := os.Lstat(target); !os.IsNotExist(err) {
		t.Errorf("the link's target was created: %v", err)
	}
}
