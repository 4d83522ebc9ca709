package progress

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestResetKeepsABackup: a reset leaves an empty state in the progress
// file and the old file, byte for byte, in the backup it names.
func TestResetKeepsABackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s := Open(path)
	at := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	if _, err := s.Update(func(st *State) { st.MarkRead("fallacies", "latency", 1, 6, at) }); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, backup, err := s.Reset(at)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Lessons) != 0 || st.Last.Lesson != "" {
		t.Errorf("reset returned %+v, want an empty state", st)
	}
	if want := path + ".backup-20260314T093000Z"; backup != want {
		t.Errorf("backup at %q, want %q", backup, want)
	}
	if kept, _ := os.ReadFile(backup); string(kept) != string(before) {
		t.Errorf("the backup holds %q, want the old file %q", kept, before)
	}
	loaded, notice, err := s.Load()
	if err != nil || notice != "" || len(loaded.Lessons) != 0 {
		t.Errorf("after the reset Load gives %+v, %q, %v; want an empty state", loaded, notice, err)
	}
}

// TestResetWithoutAFile: nothing saved yet means nothing to back up.
func TestResetWithoutAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	_, backup, err := Open(path).Reset(time.Now())
	if err != nil || backup != "" {
		t.Errorf("Reset with no file: backup %q, err %v; want none and no error", backup, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("no empty progress file after the reset: %v", err)
	}
}

// TestResetKeepsACorruptFile: a file that is not progress data is backed
// up too; nothing is ever thrown away.
func TestResetKeepsACorruptFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, backup, err := Open(path).Reset(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := os.ReadFile(backup); string(kept) != "{not json" {
		t.Errorf("the backup holds %q", kept)
	}
}
