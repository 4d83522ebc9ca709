package main

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/quiz"
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
	if f, _ := openResults(p.deck, p.resume); f.Stem != stem || f.Dir != dir {
		t.Errorf("a resumed lecture keeps its results in %+v, want %s in %s", f, stem, dir)
	}
	if f, _ := openResults(p.deck, nil); f.Stem == stem {
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
	if f, _ := openResults(p.deck, p.resume); classroom.HighestAnonymous(f.Base.Answers) != 6 {
		t.Errorf("the resumed lecture's anonymous students are numbered after %d, want after 6", classroom.HighestAnonymous(f.Base.Answers))
	}
}

// TestLectureResumeAnswers: a resumed lecture finds the answers its hub
// held beside the results files; a damaged answers file, results file or
// resume record is set aside (or left, and never written over) with a
// message naming it, and nothing is lost.
func TestLectureResumeAnswers(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("FAULTLINE_STATE_DIR", dir)
	var o lectureOptions
	p, err := o.plan(env{}, []string{"availability"})
	if err != nil {
		t.Fatal(err)
	}
	q := p.bank.ByLesson("availability")[0]
	h := classroom.NewHub(classroom.Config{})
	h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	ana, _ := h.Join("ana", "127.0.0.1:1")
	card, _ := h.Card(q.ID)
	var resp quiz.Response = quiz.BoolResponse(true)
	switch q.Type {
	case quiz.Single, quiz.Multi:
		resp = quiz.ChoiceResponse{len(card.Question.Choices) - 1}
	case quiz.NumericType:
		resp = quiz.TextResponse(quiz.Solve(card).Texts[0])
	}
	if err := h.Submit(ana, q.ID, resp); err != nil {
		t.Fatalf("answering %s (%s): %v", q.ID, q.Type, err)
	}
	file, _ := openResults(p.deck, nil)
	if _, err := classroom.NewResultsKeeper(h, file, nil).Save(); err != nil {
		t.Fatal(err)
	}
	resumeSaver(func() string { return "K7MQ3P" }, file.Stem, nil)(lecture.State{Deck: p.deck.ID(), Slide: 2})

	o.resume = true
	if p, err = o.plan(env{}, []string{"availability"}); err != nil {
		t.Fatal(err)
	}
	file2, notice := openResults(p.deck, p.resume)
	snap, notice2, err := loadAnswers(file2, p.resume)
	if notice != "" || notice2 != "" || err != nil || file2.Stem != file.Stem {
		t.Fatalf("resuming: %q, %q, %v, stem %s", notice, notice2, err, file2.Stem)
	}
	h2 := classroom.NewHub(classroom.Config{Answers: snap, Bank: p.bank.ByID})
	ana2, _ := h2.Join("ana", "127.0.0.1:2")
	if got, ok := h2.SentBy(ana2, q.ID); !ok || !reflect.DeepEqual(got.Response, resp) {
		t.Errorf("after --resume ana's card shows %+v (%v), want %v", got, ok, resp)
	}

	// A damaged answers file: set aside, named, nothing taken back.
	if err := os.WriteFile(file2.AnswersPath(), []byte("{oops"), 0o600); err != nil {
		t.Fatal(err)
	}
	snap, notice, err = loadAnswers(file2, p.resume)
	if err != nil || len(snap.Questions) != 0 || !strings.Contains(notice, file2.AnswersPath()) || !strings.Contains(notice, "kept as") {
		t.Errorf("a damaged answers file: %q, %v", notice, err)
	}
	// Damaged results: left as they are, named, new files started.
	if err := os.WriteFile(file2.JSONPath(), []byte("{oops"), 0o600); err != nil {
		t.Fatal(err)
	}
	file3, notice := openResults(p.deck, p.resume)
	if file3.Stem == file.Stem || !strings.Contains(notice, file2.JSONPath()) || !strings.Contains(notice, file3.JSONPath()) {
		t.Errorf("damaged results: stem %s, notice %q", file3.Stem, notice)
	}
	if data, _ := os.ReadFile(file2.JSONPath()); string(data) != "{oops" {
		t.Errorf("the damaged results were changed: %q", data)
	}
	// A damaged resume record: --resume refuses, naming it, and keeps it aside.
	record := filepath.Join(dir, lecture.ResumeFile)
	if err := os.WriteFile(record, []byte("{oops"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "lecture", "availability", "--resume")
	if code != 2 || out != "" || !strings.Contains(errOut, record) || !strings.Contains(errOut, "kept as") {
		t.Errorf("a damaged resume record: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if matches, _ := filepath.Glob(record + ".unusable-*"); len(matches) != 1 {
		t.Errorf("the damaged record is not kept aside: %v", matches)
	}
}
