package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"faultline/internal/lecture"
)

// TestOfferToCarryOnARecentLecture: a lecture started without --resume on
// a terminal, less than offerResumeWithin after the last lecture of the
// same lessons stopped, asks whether to carry it on (y, n, nothing else
// taken for an answer) and says with what; an old record, another deck's
// or none asks nothing.
func TestOfferToCarryOnARecentLecture(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("FAULTLINE_STATE_DIR", dir)
	var plain lectureOptions
	p, err := plain.plan(env{}, []string{"availability"})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	offer := func(answer string) (*lecture.Resume, string) {
		var errOut strings.Builder
		r := offerResume(env{stdin: strings.NewReader(answer), stderr: &errOut}, p.deck, now)
		return r, errOut.String()
	}
	if r, said := offer("y\n"); r != nil || said != "" {
		t.Fatalf("with no record: %+v, said %q", r, said)
	}
	save := resumeSaver(func() string { return "K7MQ3P" }, "lecture-results-20261205T080000Z", nil)
	save(lecture.State{Deck: p.deck.ID(), Slide: 2, Elapsed: 4 * time.Minute})
	path := filepath.Join(dir, lecture.ResumeFile)
	if err := os.Chtimes(path, now, now.Add(-4*time.Minute)); err != nil {
		t.Fatal(err)
	}

	r, said := offer("y\n")
	if r == nil || r.Slide != 2 || r.JoinCode != "K7MQ3P" {
		t.Errorf("y did not carry the lecture on: %+v", r)
	}
	for _, want := range []string{"stopped 4 minutes ago, at slide 3 of", "join code K7MQ3P", "y/n"} {
		if !strings.Contains(said, want) {
			t.Errorf("the offer lacks %q: %q", want, said)
		}
	}
	if r, said := offer("n\n"); r != nil || !strings.Contains(said, "Starting a new lecture.") {
		t.Errorf("n: %+v, said %q", r, said)
	}
	if r, said := offer("\nmaybe\nYES\n"); r == nil || strings.Count(said, "y/n") != 3 || !strings.Contains(said, `"maybe" is not an answer`) {
		t.Errorf("an empty line and a wrong word are asked again: %+v, said %q", r, said)
	}
	if r, said := offer(""); r != nil || !strings.Contains(said, "No answer: starting a new lecture.") {
		t.Errorf("the end of input: %+v, said %q", r, said)
	}
	if r, said := offer("\x1b[31m\n\n\n"); r != nil || strings.Contains(said, "\x1b") {
		t.Errorf("three non-answers: %+v, said %q", r, said)
	}

	if err := os.Chtimes(path, now, now.Add(-offerResumeWithin-time.Minute)); err != nil {
		t.Fatal(err)
	}
	if r, said := offer("y\n"); r != nil || said != "" {
		t.Errorf("a record older than %v: %+v, said %q", offerResumeWithin, r, said)
	}
	other, err := plain.plan(env{}, []string{"fallacies"})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, now, now); err != nil {
		t.Fatal(err)
	}
	var errOut strings.Builder
	if r := offerResume(env{stdin: strings.NewReader("y\n"), stderr: &errOut}, other.deck, now); r != nil || errOut.Len() != 0 {
		t.Errorf("another deck's record: %+v, said %q", r, errOut.String())
	}
}
