package classroom_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/quiz"
)

// TestResultsKeeper: students answer a match and a numeric question; the
// keeper writes JSON and CSV that read back equal to the hub's answers,
// writes again only when they change, and a resumed lecture (a new hub
// over the same files) keeps what was written before.
func TestResultsKeeper(t *testing.T) {
	dir := t.TempDir()
	clock := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	h := classroom.NewHub(classroom.Config{Now: now})
	match, numeric := firstOfType(t, quiz.Match), firstOfType(t, quiz.NumericType)
	names := []string{"ana", "=HYPERLINK(\"x\")", "@bo"}
	var students []*classroom.Student
	for i, n := range names {
		s, err := h.Join(n, "127.0.0.1:"+string(rune('1'+i)))
		if err != nil {
			t.Fatal(err)
		}
		students = append(students, s)
	}
	answer := func(q quiz.Question, s *classroom.Student, good bool) {
		t.Helper()
		card, _ := h.Card(q.ID)
		right, wrong := rightAndWrong(card)
		r := wrong
		if good {
			r = right
		}
		if err := h.Submit(s, q.ID, r); err != nil {
			t.Fatal(err)
		}
	}
	h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(match, false)}})
	clock = clock.Add(8 * time.Second)
	answer(match, students[0], true)
	answer(match, students[1], false)
	h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(numeric, false)}})
	clock = clock.Add(1500 * time.Millisecond)
	answer(numeric, students[2], true)

	file, err := lecture.OpenResults(dir, "", "deck", nil, clock)
	if err != nil {
		t.Fatal(err)
	}
	k := classroom.NewResultsKeeper(h, file, now)
	said, err := k.Save()
	if err != nil {
		t.Fatal(err)
	}
	if want := "3 answers in " + file.Stem + ".json and .csv"; said != want {
		t.Errorf("Save says %q, want %q", said, want)
	}
	fromJSON, err := lecture.ReadResults(file.JSONPath())
	if err != nil {
		t.Fatal(err)
	}
	fromCSV, err := lecture.ReadResults(file.CSVPath())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromJSON.Answers, fromCSV.Answers) {
		t.Errorf("JSON and CSV differ:\n%+v\n%+v", fromJSON.Answers, fromCSV.Answers)
	}
	a := fromJSON.Answers
	// By question as asked, then by name ("=" sorts before "a").
	type row struct {
		q, who  string
		correct bool
		secs    float64
	}
	want := []row{{match.ID, `=HYPERLINK("x")`, false, 8}, {match.ID, "ana", true, 8}, {numeric.ID, "@bo", true, 1.5}}
	var got []row
	for _, x := range a {
		got = append(got, row{x.Question, x.Student, x.Correct, x.Seconds})
	}
	if !reflect.DeepEqual(got, want) || a[0].Prompt != match.Prompt {
		t.Errorf("answers read back: %+v\nwant %+v", a, want)
	}
	for _, x := range a {
		if x.Answer == "" {
			t.Errorf("%s's answer to %s has no words", x.Student, x.Question)
		}
	}

	if said, err := k.SaveIfChanged(); said != "" || err != nil {
		t.Errorf("nothing changed, yet SaveIfChanged said %q, %v", said, err)
	}
	answer(numeric, students[0], false)
	if said, err := k.SaveIfChanged(); !strings.HasPrefix(said, "4 answers") || err != nil {
		t.Errorf("after a new answer SaveIfChanged said %q, %v", said, err)
	}

	// The presenter restarts with --resume: a new hub, the same files.
	h2 := classroom.NewHub(classroom.Config{Now: now})
	file2, err := lecture.OpenResults(dir, file.Stem, "deck", nil, clock.Add(time.Hour))
	if err != nil || file2.Stem != file.Stem {
		t.Fatalf("resumed on %q, %v", file2.Stem, err)
	}
	k2 := classroom.NewResultsKeeper(h2, file2, now)
	if said, _ := k2.SaveIfChanged(); said != "" {
		t.Errorf("a resumed lecture without new answers rewrote the files: %q", said)
	}
	if said, err := k2.Save(); !strings.HasPrefix(said, "4 answers") || err != nil {
		t.Errorf("the resumed lecture lost earlier answers: %q, %v", said, err)
	}
}

// TestAnonymousAcrossRestart: a student who gives no name answers, the
// presenter restarts with --resume, and a different student who gives no
// name answers the same question. The numbering carries on past the
// results file's highest "student-N", so the second is not taken for the
// first and both answers are kept.
func TestAnonymousAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	clock := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	q := firstOfType(t, quiz.Single)
	answerAll := func(h *classroom.Hub, good bool, names ...string) []string {
		t.Helper()
		h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
		card, _ := h.Card(q.ID)
		right, wrong := rightAndWrong(card)
		r := wrong
		if good {
			r = right
		}
		var got []string
		for i, n := range names {
			s, err := h.Join(n, "127.0.0.1:"+string(rune('1'+i)))
			if err != nil {
				t.Fatal(err)
			}
			if err := h.Submit(s, q.ID, r); err != nil {
				t.Fatal(err)
			}
			got = append(got, s.Name())
		}
		return got
	}

	file, err := lecture.OpenResults(dir, "", "deck", nil, clock)
	if err != nil {
		t.Fatal(err)
	}
	h := classroom.NewHub(classroom.Config{Now: now, NumberedBefore: classroom.HighestAnonymous(file.Base.Answers)})
	before := answerAll(h, true, "", "ana", "")
	if want := []string{"student-1", "ana", "student-3"}; !reflect.DeepEqual(before, want) {
		t.Fatalf("before the restart the students are %q, want %q", before, want)
	}
	if _, err := classroom.NewResultsKeeper(h, file, now).Save(); err != nil {
		t.Fatal(err)
	}

	// The presenter restarts with --resume: a new hub, the same files.
	file2, err := lecture.OpenResults(dir, file.Stem, "deck", nil, clock.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if got := classroom.HighestAnonymous(file2.Base.Answers); got != 3 {
		t.Fatalf("the results hold student-3 at most; HighestAnonymous says %d", got)
	}
	h2 := classroom.NewHub(classroom.Config{Now: now, NumberedBefore: classroom.HighestAnonymous(file2.Base.Answers)})
	after := answerAll(h2, false, "", "")
	if want := []string{"student-4", "student-5"}; !reflect.DeepEqual(after, want) {
		t.Fatalf("after the restart the students are %q, want %q", after, want)
	}
	if _, err := classroom.NewResultsKeeper(h2, file2, now).Save(); err != nil {
		t.Fatal(err)
	}
	r, err := lecture.ReadResults(file.JSONPath())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, a := range r.Answers {
		if a.Question == q.ID {
			got[a.Student] = a.Correct
		}
	}
	want := map[string]bool{"student-1": true, "ana": true, "student-3": true, "student-4": false, "student-5": false}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("answers to %s after the restart, by student (right or not): %v, want %v", q.ID, got, want)
	}
}

// TestResultsKeeperRun saves in the background when answers change, and
// stops with its context.
func TestResultsKeeperRun(t *testing.T) {
	dir := t.TempDir()
	h := classroom.NewHub(classroom.Config{})
	q := firstOfType(t, quiz.TrueFalse)
	h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	s, _ := h.Join("ana", "127.0.0.1:1")
	if err := h.Submit(s, q.ID, quiz.BoolResponse(true)); err != nil {
		t.Fatal(err)
	}
	file, _ := lecture.OpenResults(dir, "", "deck", nil, time.Now())
	k := classroom.NewResultsKeeper(h, file, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { k.Run(ctx, time.Millisecond, nil); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := lecture.ReadResults(filepath.Join(dir, file.Stem+".json")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run wrote nothing")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
}
