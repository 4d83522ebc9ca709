package progress

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"faultline/quiz"
)

// newStore returns a store in a fresh state directory that does not exist
// yet, with a fixed clock for names of corrupt files.
func newStore(t *testing.T) *Store {
	t.Helper()
	s := Open(filepath.Join(t.TempDir(), "state", "faultline", FileName))
	s.Now = func() time.Time { return t0 }
	return s
}

// dirNames lists the names in dir, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestRoundTrip(t *testing.T) {
	s := newStore(t)
	rec := quiz.Record{Box: 2, Due: t0.Add(48 * time.Hour), Seen: 3, Correct: 2, Last: t0}
	saved, err := s.Update(func(st *State) {
		st.MarkRead("fallacies", "intro", 0, 2, t0)
		st.MarkRead("fallacies", "latency", 1, 2, t0.Add(time.Minute))
		st.MarkRead("chain", "fault", 2, 5, t0.Add(2*time.Minute))
		st.SetRecord("fallacies-01", rec)
	})
	if err != nil {
		t.Fatal(err)
	}
	got, notice, err := Open(s.Path()).Load()
	if err != nil || notice != "" {
		t.Fatalf("Load() notice %q, err %v", notice, err)
	}
	if !reflect.DeepEqual(got, saved) {
		t.Errorf("Load() = %+v\nwant   %+v", got, saved)
	}
	if got.Version != Version {
		t.Errorf("Version = %d, want %d", got.Version, Version)
	}
	if n, done := got.LessonSummary("fallacies"); n != 2 || !done {
		t.Errorf("fallacies summary = %d, %v; want 2, true", n, done)
	}
	if got.Resume("chain", 10) != 2 || got.Last != (Position{"chain", 2}) {
		t.Errorf("Resume(chain) = %d, Last = %+v", got.Resume("chain", 10), got.Last)
	}
	if r := got.Quiz["fallacies-01"]; !r.Due.Equal(rec.Due) || r.Box != 2 || r.Seen != 3 || r.Correct != 2 {
		t.Errorf("record = %+v, want %+v", r, rec)
	}
}

func TestUpdateSeesEarlierUpdates(t *testing.T) {
	s := newStore(t)
	for i := range 3 {
		if _, err := s.Update(func(st *State) {
			r := st.Quiz["q"]
			r.Seen++
			st.SetRecord("q", r)
		}); err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
	}
	st, _, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if st.Quiz["q"].Seen != 3 {
		t.Errorf("Seen = %d, want 3", st.Quiz["q"].Seen)
	}
}

func TestLoadMissingIsFresh(t *testing.T) {
	s := newStore(t)
	st, notice, err := s.Load()
	if err != nil || notice != "" {
		t.Fatalf("Load() notice %q, err %v", notice, err)
	}
	if !reflect.DeepEqual(st, NewState()) {
		t.Errorf("Load() = %+v, want a fresh state", st)
	}
	if _, err := os.Stat(filepath.Dir(s.Path())); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file created the state directory (stat err %v)", err)
	}
}

func TestModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permission bits")
	}
	s := newStore(t)
	if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 1, t0) }); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want fs.FileMode
	}{
		{filepath.Dir(s.Path()), 0o700 | fs.ModeDir},
		{filepath.Dir(filepath.Dir(s.Path())), 0o700 | fs.ModeDir},
		{s.Path(), 0o600},
		{s.Path() + ".lock", 0o600},
	}
	for _, tt := range tests {
		fi, err := os.Stat(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != tt.want {
			t.Errorf("mode of %s = %v, want %v", tt.path, fi.Mode(), tt.want)
		}
	}
}

func TestExistingDirModeKept(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permission bits")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(filepath.Join(dir, FileName)).Update(func(*State) {}); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o750 {
		t.Errorf("existing directory mode changed to %v", fi.Mode().Perm())
	}
}

func TestNoTempFilesLeft(t *testing.T) {
	s := newStore(t)
	for i := range 5 {
		if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", i, 5, t0) }); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{FileName, FileName + ".lock"}
	if got := dirNames(t, filepath.Dir(s.Path())); !reflect.DeepEqual(got, want) {
		t.Errorf("state directory holds %q, want %q", got, want)
	}
}

func TestFailedSaveKeepsOldFile(t *testing.T) {
	for _, step := range []string{"write", "rename"} {
		t.Run(step, func(t *testing.T) {
			s := newStore(t)
			if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 3, t0) }); err != nil {
				t.Fatal(err)
			}
			before, err := os.ReadFile(s.Path())
			if err != nil {
				t.Fatal(err)
			}
			boom := errors.New("disk on fire")
			s.failpoint = func(at string) error {
				if at == step {
					return boom
				}
				return nil
			}
			if _, err := s.Update(func(st *State) { st.MarkRead("chain", "b", 1, 3, t0) }); !errors.Is(err, boom) {
				t.Fatalf("Update err = %v, want %v", err, boom)
			}
			after, err := os.ReadFile(s.Path())
			if err != nil {
				t.Fatal(err)
			}
			if string(after) != string(before) {
				t.Errorf("file changed by a failed save:\n%s\nwant\n%s", after, before)
			}
			want := []string{FileName, FileName + ".lock"}
			if got := dirNames(t, filepath.Dir(s.Path())); !reflect.DeepEqual(got, want) {
				t.Errorf("state directory holds %q, want %q", got, want)
			}
		})
	}
}

func TestReadOnlyDirKeepsOldFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permission bits")
	}
	if os.Geteuid() == 0 {
		t.Skip("root ignores directory permissions; TestFailedSaveKeepsOldFile covers the same path")
	}
	s := newStore(t)
	if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 3, t0) }); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(s.Path())
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	if _, err := s.Update(func(st *State) { st.MarkRead("chain", "b", 1, 3, t0) }); err == nil {
		t.Fatal("Update into a read-only directory succeeded")
	}
	after, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if string(after) != string(before) {
		t.Errorf("file changed by a failed save")
	}
}

func TestUnencodableStateKeepsOldFile(t *testing.T) {
	s := newStore(t)
	if _, err := s.Update(func(st *State) { st.SetRecord("q", quiz.Record{Box: 1}) }); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(s.Path())
	// encoding/json refuses years past 9999.
	far := time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := s.Update(func(st *State) { st.SetRecord("q", quiz.Record{Due: far}) }); err == nil {
		t.Fatal("Update with an unencodable time succeeded")
	}
	after, _ := os.ReadFile(s.Path())
	if string(after) != string(before) {
		t.Errorf("file changed by a failed save")
	}
}

// writeRaw puts contents at the store's path, creating the directory.
func writeRaw(t *testing.T, s *Store, contents string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path(), []byte(contents), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestCorruptFileMovedAside(t *testing.T) {
	tests := []struct {
		name     string
		contents string
		wantWord string
	}{
		{"garbage", "not json at all", "was corrupt"},
		{"truncated", `{"version":1,"lessons":{"chain":{"read":{"a":tr`, "was corrupt"},
		{"empty", "", "was corrupt"},
		{"wrong shape", `[1,2,3]`, "was corrupt"},
		{"trailing garbage", `{"version":1}}`, "was corrupt"},
		{"negative version", `{"version":-1}`, "was corrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			writeRaw(t, s, tt.contents)
			st, notice, err := s.Load()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(st, NewState()) {
				t.Errorf("Load() = %+v, want a fresh state", st)
			}
			aside := s.Path() + ".corrupt-20260314T093000Z"
			for _, want := range []string{tt.wantWord, "it is kept as " + aside, "you start afresh"} {
				if !strings.Contains(string(notice), want) {
					t.Errorf("notice %q does not say %q", notice, want)
				}
			}
			kept, err := os.ReadFile(aside)
			if err != nil {
				t.Fatalf("corrupt file not kept: %v", err)
			}
			if string(kept) != tt.contents {
				t.Errorf("kept %q, want %q", kept, tt.contents)
			}
			if _, err := os.Stat(s.Path()); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("corrupt file still at %s", s.Path())
			}
			// The next load is clean and says nothing.
			if _, notice, err := s.Load(); notice != "" || err != nil {
				t.Errorf("second Load() notice %q, err %v", notice, err)
			}
		})
	}
}

func TestCorruptFileMovedAsideByUpdate(t *testing.T) {
	s := newStore(t)
	writeRaw(t, s, "{{{")
	st, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 2, t0) })
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := st.LessonSummary("chain"); n != 1 || len(st.Lessons) != 1 {
		t.Errorf("Update did not start fresh: %+v", st)
	}
	notice := s.TakeNotice()
	if !strings.Contains(string(notice), "was corrupt") || !strings.Contains(string(notice), ".corrupt-20260314T093000Z") {
		t.Errorf("TakeNotice() = %q", notice)
	}
	if again := s.TakeNotice(); again != "" {
		t.Errorf("second TakeNotice() = %q, want empty", again)
	}
	if _, err := s.Update(func(*State) {}); err != nil {
		t.Fatal(err)
	}
	if n := s.TakeNotice(); n != "" {
		t.Errorf("clean Update left notice %q", n)
	}
}

func TestCorruptNamesDoNotCollide(t *testing.T) {
	s := newStore(t)
	var notices []string
	for i := range 3 {
		writeRaw(t, s, "bad "+string(rune('a'+i)))
		_, notice, err := s.Load()
		if err != nil {
			t.Fatal(err)
		}
		notices = append(notices, string(notice))
	}
	base := s.Path() + ".corrupt-20260314T093000Z"
	for i, suffix := range []string{"", ".1", ".2"} {
		data, err := os.ReadFile(base + suffix)
		if err != nil {
			t.Fatalf("%s missing: %v", base+suffix, err)
		}
		if want := "bad " + string(rune('a'+i)); string(data) != want {
			t.Errorf("%s holds %q, want %q", base+suffix, data, want)
		}
		if !strings.Contains(notices[i], base+suffix+",") {
			t.Errorf("notice %d = %q, want it to name %s", i, notices[i], base+suffix)
		}
	}
}

func TestUnreadableFileMovedAside(t *testing.T) {
	// A directory where the file should be cannot be read as one, even by root.
	s := newStore(t)
	if err := os.MkdirAll(filepath.Join(s.Path(), "inner"), 0o700); err != nil {
		t.Fatal(err)
	}
	st, notice, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(notice), "could not be read") || !reflect.DeepEqual(st, NewState()) {
		t.Errorf("Load() = %+v, notice %q", st, notice)
	}
	if fi, err := os.Stat(s.Path() + ".corrupt-20260314T093000Z"); err != nil || !fi.IsDir() {
		t.Errorf("directory not moved aside: %v", err)
	}
	if _, err := s.Update(func(st *State) { st.MarkRead("chain", "a", 0, 1, t0) }); err != nil {
		t.Errorf("Update after moving aside: %v", err)
	}
}

func TestPermissionDeniedFileMovedAside(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permission bits")
	}
	if os.Geteuid() == 0 {
		t.Skip("root can read any file; TestUnreadableFileMovedAside covers the same path")
	}
	s := newStore(t)
	writeRaw(t, s, `{"version":1}`)
	if err := os.Chmod(s.Path(), 0); err != nil {
		t.Fatal(err)
	}
	_, notice, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(notice), "could not be read") {
		t.Errorf("notice = %q, want it to say the file could not be read", notice)
	}
	if _, err := os.Stat(s.Path() + ".corrupt-20260314T093000Z"); err != nil {
		t.Errorf("unreadable file not moved aside: %v", err)
	}
}

func TestNewerVersionLeftAlone(t *testing.T) {
	s := newStore(t)
	const newer = `{"version":99,"lessons":{}}`
	writeRaw(t, s, newer)
	if _, _, err := s.Load(); !errors.Is(err, ErrNewerVersion) {
		t.Errorf("Load() err = %v, want ErrNewerVersion", err)
	}
	if _, err := s.Update(func(*State) {}); !errors.Is(err, ErrNewerVersion) {
		t.Errorf("Update() err = %v, want ErrNewerVersion", err)
	}
	if data, _ := os.ReadFile(s.Path()); string(data) != newer {
		t.Errorf("newer file changed to %q", data)
	}
}

func TestStatePathIsAFile(t *testing.T) {
	parent := t.TempDir()
	blocker := filepath.Join(parent, "faultline")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(filepath.Join(blocker, FileName)).Update(func(*State) {}); err == nil {
		t.Error("Update succeeded with a file where the state directory should be")
	}
}
