package classroom

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLogRotatesOnceAtItsCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "classroom.log")
	if err := os.WriteFile(path, []byte("old line\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := OpenLog(path, 100)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("x", 29) + "\n") // 30 bytes
	for range 1000 {
		if _, err := l.Write(line); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Write(line); err == nil {
		t.Error("a write after Close succeeded")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Errorf("%d files, want the log and one older: %v", len(entries), entries)
	}
	for _, p := range []string{path, path + ".1"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > 100 || len(data) == 0 {
			t.Errorf("%s holds %d bytes, want 1 to 100", filepath.Base(p), len(data))
		}
		if !bytes.HasSuffix(data, []byte("\n")) || len(data)%len(line) != 0 {
			t.Errorf("%s holds a line cut in two: %q", filepath.Base(p), data)
		}
		if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", filepath.Base(p), fi.Mode().Perm())
		}
	}
}

func TestLogKeepsWhatIsThereUntilFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), "classroom.log")
	if err := os.WriteFile(path, []byte("from the last lecture\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := OpenLog(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Write([]byte("today\n")); err != nil {
		t.Fatal(err)
	}
	l.Close()
	if data, _ := os.ReadFile(path); string(data) != "from the last lecture\ntoday\n" {
		t.Errorf("log holds %q", data)
	}
}

func TestLogRefusesALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "elsewhere")
	path := filepath.Join(dir, "classroom.log")
	if err := os.Symlink(target, path); err != nil {
		t.Skip(err)
	}
	if _, err := OpenLog(path, 0); err == nil {
		t.Error("a log that is a symbolic link was opened")
	}
}
