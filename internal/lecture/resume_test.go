package lecture

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestResumeRoundTripCarriesOn(t *testing.T) {
	path := filepath.Join(t.TempDir(), ResumeFile)
	if _, err := LoadResume(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("no record: %v, want not exist", err)
	}
	st := State{Deck: "fallacies", Slide: 7, Step: 2, Elapsed: 12 * time.Minute}
	if err := SaveResume(path, ResumeFrom(st, "K7MQ3P")); err != nil {
		t.Fatal(err)
	}
	r, err := LoadResume(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Deck != "fallacies" || r.Nav() != (Nav{Slide: 7, Step: 2}) || r.JoinCode != "K7MQ3P" {
		t.Errorf("record %+v", r)
	}
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	tm := r.Timer(50*time.Minute, now)
	if e := tm.Elapsed(now.Add(time.Minute)); e != 13*time.Minute {
		t.Errorf("the timer carried on at %v, want 13m", e)
	}
	if left, _ := tm.Remaining(now); left != 38*time.Minute {
		t.Errorf("countdown %v left, want 38m", left)
	}
	r.Paused = true
	if e := r.Timer(0, now).Elapsed(now.Add(time.Hour)); e != 12*time.Minute {
		t.Errorf("a paused timer ran on: %v", e)
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadResume(path); err == nil {
		t.Error("a damaged record loaded")
	}
}
