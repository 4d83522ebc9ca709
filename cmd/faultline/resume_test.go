package main

import (
	"maps"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
)

// TestLectureResume checks --resume: nothing to resume and another deck's
// record are bad input naming why; the presenter's record is written as
// it moves, with the join code, and carried on.
func TestLectureResume(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("FAULTLINE_STATE_DIR", dir)
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"nothing yet", []string{"lecture", "fallacies", "--resume"}, "--resume: no lecture to resume yet"},
		{"with notes", []string{"lecture", "--notes", "--resume"}, "it takes no lessons, --duration, --content or --resume"},
	} {
		out, errOut, code := run(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2 and %q", tt.name, code, out, errOut, tt.want)
		}
	}

	var plain lectureOptions
	p, err := plain.plan(env{}, []string{"availability"})
	if err != nil {
		t.Fatal(err)
	}
	deck := p.deck.ID()
	code := "K7MQ3P"
	stem := "lecture-results-20260314T093000Z"
	known := map[string]string{}
	save := resumeSaver(func() string { return code }, stem, func() map[string]string { return maps.Clone(known) })
	save(lecture.State{Deck: deck, Slide: 3, Step: 1, Elapsed: 4 * time.Minute})
	if _, errOut, _ := run(t, "lecture", "fallacies", "--resume"); !strings.Contains(errOut, "the last lecture was of other lessons") {
		t.Errorf("another deck's record: %q", errOut)
	}
	save(lecture.State{Deck: deck, Slide: 3, Step: 1, Elapsed: 4*time.Minute + 2*time.Second}) // only the clock: not yet
	r, err := lecture.LoadResume(filepath.Join(dir, lecture.ResumeFile))
	if err != nil || r.Nav() != (lecture.Nav{Slide: 3, Step: 1}) || r.Elapsed != 4*time.Minute || r.JoinCode != code {
		t.Fatalf("record %+v, %v", r, err)
	}
	save(lecture.State{Deck: deck, Slide: 4, Elapsed: 5 * time.Minute}) // a move: at once
	if r, _ = lecture.LoadResume(filepath.Join(dir, lecture.ResumeFile)); r.Slide != 4 || r.Elapsed != 5*time.Minute {
		t.Errorf("after a move the record is %+v", r)
	}
	// A student known by their key: at once, without a move.
	known["SHA256:abc"] = "student-7"
	save(lecture.State{Deck: deck, Slide: 4, Elapsed: 5*time.Minute + time.Second})
	if r, _ = lecture.LoadResume(filepath.Join(dir, lecture.ResumeFile)); r.Anonymous["SHA256:abc"] != "student-7" {
		t.Errorf("a student known by their key is not in the record %+v", r)
	}
	var o lectureOptions
	o.resume = true
	p, err = o.plan(env{}, []string{"availability"})
	if err != nil {
		t.Fatal(err)
	}
	if p.resume == nil || p.resume.Slide != 4 || p.resume.JoinCode != code || p.resume.Results != stem || p.resume.Anonymous["SHA256:abc"] != "student-7" {
		t.Errorf("--resume carries on %+v", p.resume)
	}
	// The classroom's results go on in the same files.
	if f := openResults(p.deck, p.resume); f.Stem != stem || f.Dir != dir {
		t.Errorf("a resumed lecture keeps its results in %+v, want %s in %s", f, stem, dir)
	}
	if f := openResults(p.deck, nil); f.Stem == stem {
		t.Error("a new lecture writes the last lecture's results files")
	}
	// Students who give no name are numbered on from the files' highest.
	if _, err := lecture.OpenResults(dir, stem, deck, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	earlier := lecture.Results{Version: lecture.ResultsVersion, Deck: deck, Started: time.Now().UTC(),
		Answers: []lecture.Answer{{Question: "availability-1", Student: "student-6", Answer: "B"}}}
	if _, err := (lecture.ResultsFile{Dir: dir, Stem: stem, Base: earlier}).Save(nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	if n := classroom.HighestAnonymous(openResults(p.deck, p.resume).Base.Answers); n != 6 {
		t.Errorf("the resumed lecture's anonymous students are numbered after %d, want after 6", n)
	}
}
