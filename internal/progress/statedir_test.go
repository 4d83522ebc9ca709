package progress

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"faultline/internal/statedir"
	"faultline/quiz"
)

// TestOversizedFileMovedAside: a valid but huge progress file (54 MB of
// records, which took 18 s and 900 MB to read) is not read; it is moved
// aside whole, the notice says why, and the student starts fresh.
func TestOversizedFileMovedAside(t *testing.T) {
	s := newStore(t)
	var b bytes.Buffer
	b.WriteString(`{"version":1,"quiz":{`)
	for i := 0; b.Len() < MaxFileSize+1; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"q-` + strings.Repeat("x", 40) + string(rune('a'+i%26)) + `":{"box":1,"seen":1}`)
	}
	b.WriteString("}}")
	writeRaw(t, s, b.String())

	st, notice, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Quiz) != 0 {
		t.Errorf("the oversized file was read: %d records", len(st.Quiz))
	}
	aside := s.Path() + ".too-large-20260314T093000Z"
	for _, want := range []string{"was too large", "faultline reads up to 1 MiB", "it is kept as " + aside, "you start afresh"} {
		if !strings.Contains(string(notice), want) {
			t.Errorf("notice %q does not say %q", notice, want)
		}
	}
	if kept, err := os.ReadFile(aside); err != nil || !bytes.Equal(kept, b.Bytes()) {
		t.Errorf("the oversized file was not kept whole: %v", err)
	}
	if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 2, t0) }); err != nil {
		t.Fatal(err)
	}
}

// TestSymlinkedProgressFileRefused: progress.json pointing elsewhere is
// neither read nor replaced nor moved; Load and Update say why.
func TestSymlinkedProgressFileRefused(t *testing.T) {
	s := newStore(t)
	target := filepath.Join(t.TempDir(), "elsewhere.json")
	if err := os.WriteFile(target, []byte(`{"version":1}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, s.Path()); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	if _, _, err := s.Load(); !errors.Is(err, statedir.ErrSymlink) || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("Load: %v", err)
	}
	if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 2, t0) }); !errors.Is(err, statedir.ErrSymlink) {
		t.Errorf("Update: %v", err)
	}
	if fi, err := os.Lstat(s.Path()); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced or removed: %v", err)
	}
	if got, _ := os.ReadFile(target); string(got) != `{"version":1}` {
		t.Errorf("the link's target changed to %q", got)
	}
}

// TestSymlinkedLockFileRefused: progress.json.lock pointing anywhere is
// refused, and its target is not created (it used to be).
func TestSymlinkedLockFileRefused(t *testing.T) {
	s := newStore(t)
	target := filepath.Join(t.TempDir(), "created-by-faultline")
	if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, s.Path()+".lock"); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	_, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 2, t0) })
	if !errors.Is(err, statedir.ErrSymlink) || !strings.Contains(err.Error(), ".lock") {
		t.Errorf("Update: %v", err)
	}
	if _, err := os.Lstat(target); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the lock link's target was created: %v", err)
	}
	if _, err := os.Lstat(s.Path()); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("progress was saved without the lock: %v", err)
	}
}

// TestUpdateNeverSavesWhatLoadRefuses: a state too big to be read back
// is not saved; the file on disk stays as it was and the error says why.
func TestUpdateNeverSavesWhatLoadRefuses(t *testing.T) {
	s := newStore(t)
	if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 2, t0) }); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(s.Path())
	_, err := s.Update(func(st *State) {
		for q := range 20000 {
			st.SetRecord("q-"+strings.Repeat("x", 20)+string(rune('a'+q%26))+strconv.Itoa(q), quiz.Record{Box: 1, Seen: 1, Last: t0})
		}
	})
	if err == nil || !strings.Contains(err.Error(), "more than the 1 MiB") || !strings.Contains(err.Error(), "unchanged") {
		t.Fatalf("err = %v", err)
	}
	if after, _ := os.ReadFile(s.Path()); !bytes.Equal(before, after) {
		t.Error("the saved file changed")
	}
}
