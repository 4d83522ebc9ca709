package statedir

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// link makes a symbolic link at path pointing at target, skipping the
// test where the system cannot.
func link(t *testing.T, target, path string) {
	t.Helper()
	if err := os.Symlink(target, path); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
}

func TestDir(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	tests := []struct {
		name, env, xdg, want string
	}{
		{"override", "/srv/fl", "/x/state", "/srv/fl"},
		{"xdg", "", "/x/state", "/x/state/faultline"},
		{"relative xdg ignored", "", "rel/state", filepath.Join(home, ".local", "state", "faultline")},
		{"home", "", "", filepath.Join(home, ".local", "state", "faultline")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvDir, tt.env)
			t.Setenv("XDG_STATE_HOME", tt.xdg)
			got, err := Dir()
			if err != nil || got != tt.want {
				t.Errorf("Dir() = %q, %v; want %q", got, err, tt.want)
			}
			p, err := Path("x.json")
			if err != nil || p != filepath.Join(tt.want, "x.json") {
				t.Errorf("Path = %q, %v", p, err)
			}
		})
	}
}

func TestRuntimeDir(t *testing.T) {
	t.Setenv(EnvDir, "/srv/fl")
	t.Setenv("XDG_RUNTIME_DIR", "/run/user/1000")
	if got, _ := RuntimeDir(); got != "/run/user/1000/faultline" {
		t.Errorf("RuntimeDir with XDG_RUNTIME_DIR = %q", got)
	}
	t.Setenv("XDG_RUNTIME_DIR", "relative")
	if got, _ := RuntimeDir(); got != "/srv/fl" {
		t.Errorf("RuntimeDir with a relative XDG_RUNTIME_DIR = %q, want the state directory", got)
	}
}

// TestWriteFileModes checks that a new state directory is 0700 and a
// written file 0600, whatever the umask lets through.
func TestWriteFileModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	dir := filepath.Join(t.TempDir(), "a", "state")
	path := filepath.Join(dir, "f.json")
	if err := WriteFile(path, []byte("one")); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]fs.FileMode{dir: 0o700, path: 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s has mode %04o, want %04o", p, got, want)
		}
	}
	if got, _ := os.ReadFile(path); string(got) != "one" {
		t.Errorf("file holds %q", got)
	}
}

// TestWriteFileIsAtomic makes each step of a replacement fail and checks
// that the old file is intact and no temporary file is left behind.
func TestWriteFileIsAtomic(t *testing.T) {
	for _, step := range []string{"write", "rename"} {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "f.json")
			if err := WriteFile(path, []byte("old")); err != nil {
				t.Fatal(err)
			}
			boom := errors.New("disk full")
			err := WriteFileWith(path, []byte("new"), func(at string) error {
				if at == step {
					return boom
				}
				return nil
			})
			if !errors.Is(err, boom) {
				t.Fatalf("err = %v, want the failpoint's", err)
			}
			if got, _ := os.ReadFile(path); string(got) != "old" {
				t.Errorf("after a failed %s the file holds %q", step, got)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("left behind: %v", entries)
			}
		})
	}
}

// TestReadersSeeWholeFiles reads a file while it is replaced many times:
// every read sees one whole version, never a mix or an empty file.
func TestReadersSeeWholeFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.json")
	version := func(i int) []byte { return bytes.Repeat([]byte{byte('a' + i%26)}, 64<<10) }
	if err := WriteFile(path, version(0)); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			data, err := ReadFile(path, 1<<20)
			if err != nil {
				t.Error(err)
				return
			}
			if len(data) != 64<<10 || bytes.Count(data, data[:1]) != len(data) {
				t.Errorf("read a torn file of %d bytes", len(data))
				return
			}
		}
	}()
	for i := 1; i < 60; i++ {
		if err := WriteFile(path, version(i)); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	wg.Wait()
}

// TestConcurrentWriters has goroutines each add one to a counter file
// many times under the lock: no increment is lost.
func TestConcurrentWriters(t *testing.T) {
	if !LocksAcrossProcesses {
		t.Skip("no file locks on this system")
	}
	path := filepath.Join(t.TempDir(), "count")
	const writers, rounds = 8, 25
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				l, err := Acquire(path + ".lock")
				if err != nil {
					t.Error(err)
					return
				}
				n := 0
				if data, err := ReadFile(path, 64); err == nil {
					n, _ = strconv.Atoi(string(data))
				} else if !errors.Is(err, fs.ErrNotExist) {
					t.Error(err)
				}
				if err := WriteFile(path, []byte(strconv.Itoa(n+1))); err != nil {
					t.Error(err)
				}
				if err := l.Release(); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	data, _ := os.ReadFile(path)
	if got := string(data); got != strconv.Itoa(writers*rounds) {
		t.Errorf("counter = %s, want %d", got, writers*rounds)
	}
}

// TestSymlinkedLockFileRefused plants progress.json.lock → a file
// elsewhere: Acquire refuses it with a clear error and the target is
// neither created nor changed.
func TestSymlinkedLockFileRefused(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	for _, exists := range []bool{false, true} {
		target := filepath.Join(elsewhere, fmt.Sprintf("bashrc-%v", exists))
		if exists {
			if err := os.WriteFile(target, []byte("precious"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		lock := filepath.Join(dir, fmt.Sprintf("progress-%v.json.lock", exists))
		link(t, target, lock)
		l, err := Acquire(lock)
		if err == nil {
			l.Release()
			t.Fatalf("a lock file that is a symbolic link (target exists: %v) was accepted", exists)
		}
		if !errors.Is(err, ErrSymlink) || !strings.Contains(err.Error(), "symbolic link") || !strings.Contains(err.Error(), strconv.Quote(lock)) {
			t.Errorf("error %q should name %q and say it is a symbolic link", err, lock)
		}
		got, err := os.ReadFile(target)
		switch {
		case !exists && !errors.Is(err, fs.ErrNotExist):
			t.Errorf("the link's target was created: %v", err)
		case exists && string(got) != "precious":
			t.Errorf("the link's target was changed to %q", got)
		}
	}
}

// TestSymlinkedStateFileRefused: reading a state file that is a link, or
// appending to a log that is one, is refused; the target is untouched.
func TestSymlinkedStateFileRefused(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(target, []byte(`{"version":1}`), 0o600); err != nil {
		t.Fatal(err)
	}
	state := filepath.Join(dir, "progress.json")
	link(t, target, state)
	if _, err := ReadFile(state, 1<<20); !errors.Is(err, ErrSymlink) || !strings.Contains(err.Error(), "does not follow links") {
		t.Errorf("ReadFile of a link: %v", err)
	}
	log := filepath.Join(dir, "classroom.log")
	link(t, target, log)
	if f, err := OpenAppend(log); !errors.Is(err, ErrSymlink) {
		if f != nil {
			f.Close()
		}
		t.Errorf("OpenAppend of a link: %v", err)
	}
	if got, _ := os.ReadFile(target); string(got) != `{"version":1}` {
		t.Errorf("the target changed to %q", got)
	}
	// WriteNew never writes through a link either.
	key := filepath.Join(dir, "host_key")
	link(t, target, key)
	if err := WriteNew(key, []byte("KEY")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("WriteNew over a link: %v", err)
	}
	if got, _ := os.ReadFile(target); string(got) != `{"version":1}` {
		t.Errorf("the target changed to %q", got)
	}
}

// TestReadFileRefusesWhatIsNotAFile: a directory, and on Unix a FIFO
// (which would block a plain open), are refused at once.
func TestReadFileRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadFile(dir, 1<<20); !errors.Is(err, ErrNotRegular) {
		t.Errorf("ReadFile of a directory: %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing"), 1<<20); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v", err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	got := make(chan error, 1)
	go func() { _, err := ReadFile(fifo, 1<<20); got <- err }()
	select {
	case err := <-got:
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("ReadFile of a FIFO: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ReadFile blocked on a FIFO")
	}
}

// TestOversizedFile: a file over the limit is refused before it is read,
// with an error giving both sizes; the file stays as it was.
func TestOversizedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.json")
	big := bytes.Repeat([]byte(" "), 3<<20)
	if err := os.WriteFile(path, big, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path, 1<<20)
	var tl *TooLargeError
	if !errors.As(err, &tl) || tl.Size != 3<<20 || tl.Limit != 1<<20 {
		t.Fatalf("err = %v, want a TooLargeError of 3 MiB over 1 MiB", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "3 MiB") || !strings.Contains(msg, "1 MiB") {
		t.Errorf("message %q should give both sizes", msg)
	}
	if data, err := ReadFile(path, 3<<20); err != nil || len(data) != 3<<20 {
		t.Errorf("at its own size: %d bytes, %v", len(data), err)
	}
	if fi, _ := os.Stat(path); fi.Size() != 3<<20 {
		t.Error("the file changed")
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 812: "812 bytes", 64 << 10: "64 KiB", 1536: "1.5 KiB", 54*1<<20 + 200<<10: "54.2 MiB", 3 << 30: "3 GiB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestWriteNew: a new file is written whole; an existing one is kept.
func TestWriteNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "key")
	if err := WriteNew(path, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := WriteNew(path, []byte("second")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second WriteNew: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "first" {
		t.Errorf("file holds %q", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestMoveAside keeps the old file under a stamped name, numbering
// repeats.
func TestMoveAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "progress.json")
	at := time.Date(2026, 3, 14, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	var names []string
	for i := range 2 {
		if err := os.WriteFile(path, []byte(strconv.Itoa(i)), 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := MoveAside(path, "too-large", at)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(got))
		if data, _ := os.ReadFile(got); string(data) != strconv.Itoa(i) {
			t.Errorf("%s holds %q", got, data)
		}
	}
	want := []string{"progress.json.too-large-20260314T083000Z", "progress.json.too-large-20260314T083000Z.1"}
	if fmt.Sprint(names) != fmt.Sprint(want) {
		t.Errorf("names %v, want %v", names, want)
	}
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the original is still there: %v", err)
	}
}

// TestBackup keeps a copy under a stamped name, numbering repeats, and
// leaves the original where it was.
func TestBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "progress.json")
	if err := os.WriteFile(path, []byte("original"), 0o600); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	var names []string
	for i := range 2 {
		got, err := Backup(path, "backup", []byte(strconv.Itoa(i)), at)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(got))
		if data, _ := os.ReadFile(got); string(data) != strconv.Itoa(i) {
			t.Errorf("%s holds %q", got, data)
		}
		if fi, err := os.Stat(got); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, err %v; want 0600", got, fi.Mode().Perm(), err)
		}
	}
	want := []string{"progress.json.backup-20260314T093000Z", "progress.json.backup-20260314T093000Z.1"}
	if fmt.Sprint(names) != fmt.Sprint(want) {
		t.Errorf("names %v, want %v", names, want)
	}
	if data, _ := os.ReadFile(path); string(data) != "original" {
		t.Errorf("the original holds %q now", data)
	}
}

// TestEnsureDir refuses a file where the directory should be.
func TestEnsureDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := EnsureDir(file); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("EnsureDir of a file: %v", err)
	}
	if err := WriteFile(filepath.Join(file, "x"), nil); err == nil {
		t.Error("WriteFile under a file succeeded")
	}
}

// TestErrorsNeutralisePaths: a path holding escape sequences is shown
// escaped, never raw.
func TestErrorsNeutralisePaths(t *testing.T) {
	path := "/tmp/st\x1b]0;owned\x07/progress.json"
	for _, err := range []error{symlinkError(path), &TooLargeError{Path: path, Size: 2 << 20, Limit: 1 << 20}} {
		if msg := err.Error(); strings.ContainsAny(msg, "\x1b\x07") || !strings.Contains(msg, `\x1b]0;owned\a`) && !strings.Contains(msg, `\x1b]0;owned\x07`) {
			t.Errorf("message %q", msg)
		}
	}
}
