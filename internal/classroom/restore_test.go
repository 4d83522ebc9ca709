package classroom_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/quiz"
)

// room is one run of a lecture for the restart tests: a hub on a clock
// the test moves, the questions asked and the students by name.
type room struct {
	t        *testing.T
	clock    time.Time
	hub      *classroom.Hub
	qs       map[quiz.Type]quiz.Question
	students map[string]*classroom.Student
}

func (r *room) now() time.Time { return r.clock }

// ask publishes the question of type typ, revealed or not.
func (r *room) ask(typ quiz.Type, revealed bool) {
	r.hub.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(r.qs[typ], revealed)}})
}

// join brings a student in by name, or with no name by their key
// ("key:…"), and keeps them under who.
func (r *room) join(who string) *classroom.Student {
	r.t.Helper()
	name, id := who, ""
	if k, ok := strings.CutPrefix(who, "key:"); ok {
		name, id = "", "SHA256:"+k
	}
	s, err := r.hub.JoinAs(name, "127.0.0.1:4000", id)
	if err != nil {
		r.t.Fatal(err)
	}
	r.students[who] = s
	return s
}

// answer sends who's right or wrong answer to the question of type typ,
// after wait.
func (r *room) answer(who string, typ quiz.Type, good bool, wait time.Duration) {
	r.t.Helper()
	r.clock = r.clock.Add(wait)
	card, _ := r.hub.Card(r.qs[typ].ID)
	right, wrong := rightAndWrong(card)
	resp := wrong
	if good {
		resp = right
	}
	if err := r.hub.Submit(r.students[who], r.qs[typ].ID, resp); err != nil {
		r.t.Fatalf("%s answering %s: %v", who, typ, err)
	}
}

// before is the lecture up to the restart: four students (two named, one
// known by their key, one anonymous by the join code) answer a single
// choice, a numeric and a match question, some change their answers, the
// presenter reveals the first and closes the second.
func (r *room) before() {
	for _, who := range []string{"ana", "Bo", "key:k1", ""} {
		r.join(who)
	}
	r.ask(quiz.Single, false)
	r.answer("ana", quiz.Single, true, 4*time.Second)
	r.answer("Bo", quiz.Single, false, time.Second)
	r.answer("key:k1", quiz.Single, false, time.Second)
	r.answer("key:k1", quiz.Single, true, 2*time.Second) // changed once
	r.answer("", quiz.Single, false, time.Second)
	r.ask(quiz.Single, true)
	r.ask(quiz.NumericType, false)
	r.answer("ana", quiz.NumericType, true, 3*time.Second)
	r.answer("key:k1", quiz.NumericType, false, 5*time.Second)
	if err := r.hub.CloseQuestion(r.qs[quiz.NumericType].ID); err != nil {
		r.t.Fatal(err)
	}
	r.ask(quiz.Match, false)
	r.answer("Bo", quiz.Match, false, 7*time.Second)
	r.answer("ana", quiz.Match, false, 2*time.Second)
}

// after is the lecture after the restart: ana changes her match, Cy
// joins and answers it, the presenter reveals it.
func (r *room) after() {
	r.clock = r.clock.Add(time.Minute)
	r.answer("ana", quiz.Match, true, 2*time.Second)
	r.join("Cy")
	r.answer("Cy", quiz.Match, true, 3*time.Second)
	r.ask(quiz.Match, true)
}

// newRoom is a room on a new hub made with cfg, at start.
func newRoom(t *testing.T, start time.Time, cfg classroom.Config) *room {
	r := &room{t: t, clock: start, students: map[string]*classroom.Student{}, qs: map[quiz.Type]quiz.Question{}}
	for _, typ := range []quiz.Type{quiz.Single, quiz.NumericType, quiz.Match} {
		r.qs[typ] = firstOfType(t, typ)
	}
	cfg.Now = r.now
	r.hub = classroom.NewHub(cfg)
	return r
}

// answersOnly is r's answers: what a restart must keep the same.
func answersOnly(t *testing.T, path string) []lecture.Answer {
	t.Helper()
	r, err := lecture.ReadResults(path)
	if err != nil {
		t.Fatal(err)
	}
	return r.Answers
}

// TestRestartKeepsAnswers: students answer a single choice, a numeric and
// a match question; the presenter restarts with --resume (a new hub given
// the keeper's Snapshot). Students who come back by name or by key find
// their answers on their cards, "N of M answered" counts them, the
// revealed chart counts every answer, and the results exported at the end
// are those of a lecture that never restarted.
func TestRestartKeepsAnswers(t *testing.T) {
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	_, bank := coursetest.Course(t)

	// The lecture without a restart, for comparison.
	plainDir := t.TempDir()
	plain := newRoom(t, start, classroom.Config{})
	plain.before()
	plainFile, err := lecture.OpenResults(plainDir, "", "deck", nil, start)
	if err != nil {
		t.Fatal(err)
	}
	plainKeeper := classroom.NewResultsKeeper(plain.hub, plainFile, plain.now)
	if _, err := plainKeeper.Save(); err != nil {
		t.Fatal(err)
	}
	tallies := map[quiz.Type]classroom.Tally{}
	for typ, q := range plain.qs {
		tallies[typ] = plain.hub.Tally(q.ID)
	}
	plain.after()
	if _, err := plainKeeper.Final(); err != nil {
		t.Fatal(err)
	}

	// The same lecture, restarted between before and after.
	dir := t.TempDir()
	first := newRoom(t, start, classroom.Config{})
	first.before()
	file, err := lecture.OpenResults(dir, "", "deck", nil, start)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := classroom.NewResultsKeeper(first.hub, file, first.now).Final(); err != nil {
		t.Fatal(err)
	}
	known := first.hub.Known()

	file2, err := lecture.OpenResults(dir, file.Stem, "deck", nil, start.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	snap, notice, err := classroom.LoadAnswers(file2.AnswersPath(), file2.Stem, file2.Base, first.clock)
	if err != nil || notice != "" {
		t.Fatalf("the answers kept for --resume: %q, %v", notice, err)
	}
	second := newRoom(t, first.clock, classroom.Config{
		Answers: snap, Bank: bank.ByID, Known: known, NumberedBefore: classroom.HighestAnonymous(file2.Base.Answers),
	})
	if got := second.hub.Restored(); got != (classroom.Restored{Answers: 8}) {
		t.Errorf("the new hub took back %+v, want all 8 answers", got)
	}
	// The single choice's answer was on show, the others' not.
	if !second.hub.Shown(second.qs[quiz.Single].ID) || second.hub.Shown(second.qs[quiz.Match].ID) {
		t.Error("what was on show before the restart is not after it")
	}
	keeper := classroom.NewResultsKeeper(second.hub, file2, second.now)
	if said, err := keeper.SaveIfChanged(); said != "" || err != nil {
		t.Errorf("answers taken back, nothing new, yet the files were written again: %q, %v", said, err)
	}

	// Ana and the student with key k1 come back; Bo does not.
	ana := second.join("ana")
	keyed := second.join("key:k1")
	if keyed.Name() != first.students["key:k1"].Name() {
		t.Fatalf("the student with key k1 came back as %q, was %q", keyed.Name(), first.students["key:k1"].Name())
	}
	newcomer := second.join("")
	if newcomer.Name() == first.students[""].Name() {
		t.Errorf("a newcomer with no name took %q, an earlier student's name", newcomer.Name())
	}
	for _, c := range []struct {
		who  string
		s    *classroom.Student
		typ  quiz.Type
		want bool
	}{
		{"ana", ana, quiz.Single, true}, {"ana", ana, quiz.NumericType, true}, {"ana", ana, quiz.Match, true},
		{"key:k1", keyed, quiz.Single, true}, {"key:k1", keyed, quiz.NumericType, true}, {"key:k1", keyed, quiz.Match, false},
	} {
		id := second.qs[c.typ].ID
		was, wasOK := first.hub.SentBy(first.students[c.who], id)
		got, ok := second.hub.SentBy(c.s, id)
		if ok != c.want || ok != wasOK || !reflect.DeepEqual(got, was) {
			t.Errorf("%s's card for the %s question after the restart: %+v (%v), before %+v (%v)", c.s.Name(), c.typ, got, ok, was, wasOK)
		}
	}
	if got, ok := second.hub.SentBy(newcomer, second.qs[quiz.Single].ID); ok {
		t.Errorf("a newcomer's card shows an answer: %+v", got)
	}
	if pick, ok := second.hub.AnswerOf(ana, second.qs[quiz.Single].ID); !ok {
		t.Errorf("ana's single choice is not known after the restart")
	} else if was, _ := first.hub.AnswerOf(first.students["ana"], first.qs[quiz.Single].ID); pick != was {
		t.Errorf("ana's choice after the restart is %d, was %d", pick, was)
	}

	// Counts: every answer, and the present students who gave one.
	for typ, was := range tallies {
		got := second.hub.Tally(second.qs[typ].ID)
		if got.Answered != was.Answered || got.Closed != was.Closed || !reflect.DeepEqual(got.Counts, was.Counts) ||
			got.Right != was.Right || !reflect.DeepEqual(got.Common, was.Common) {
			t.Errorf("the %s question's tally after the restart %+v, before %+v", typ, got, was)
		}
	}
	if got := second.hub.Tally(second.qs[quiz.Single].ID); got.Present != 2 || got.Connected != 3 {
		t.Errorf("single choice: %d of %d answered, want 2 of 3 (ana and k1 answered before the restart)", got.Present, got.Connected)
	}
	if got := second.hub.Tally(second.qs[quiz.Match].ID); got.Present != 1 || got.Answered != 2 {
		t.Errorf("match: %d present answered, %d in all; want 1 (ana) and 2 (ana, Bo)", got.Present, got.Answered)
	}
	for _, s := range second.hub.Roster(second.qs[quiz.NumericType].ID) {
		if want := s.Name != newcomer.Name(); s.Answered != want {
			t.Errorf("the roster says %s answered the numeric question: %v, want %v", s.Name, s.Answered, want)
		}
	}

	// The revealed chart: the shares of every answer, as before.
	second.ask(quiz.Single, true)
	var f classroom.Frame
	for len(ana.Frames()) > 0 {
		f = <-ana.Frames()
	}
	if len(f.Questions) != 1 || !reflect.DeepEqual(f.Questions[0].Tally, tallies[quiz.Single].Counts) || !f.Questions[0].Closed {
		t.Errorf("the revealed chart after the restart: %+v, want counts %v", f.Questions, tallies[quiz.Single].Counts)
	}
	// The question closed before the restart is still closed.
	if err := second.hub.Submit(ana, second.qs[quiz.NumericType].ID, quiz.TextResponse("1s")); !errors.Is(err, classroom.ErrClosed) {
		t.Errorf("an answer to the question closed before the restart: %v, want ErrClosed", err)
	}

	// The rest of the lecture; the results are those of no restart.
	second.after()
	if _, err := keeper.Final(); err != nil {
		t.Fatal(err)
	}
	got, want := answersOnly(t, file.JSONPath()), answersOnly(t, plainFile.JSONPath())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("results after a restart:\n%+v\nwithout one:\n%+v", got, want)
	}
	if csv := answersOnly(t, file.CSVPath()); !reflect.DeepEqual(csv, want) {
		t.Errorf("CSV after a restart:\n%+v\nwant:\n%+v", csv, want)
	}
}

// TestRestartThenReset: a question reset after the restart forgets the
// answers given before it in the results too, as it would have without
// the restart.
func TestRestartThenReset(t *testing.T) {
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	_, bank := coursetest.Course(t)
	dir := t.TempDir()
	first := newRoom(t, start, classroom.Config{})
	first.before()
	file, _ := lecture.OpenResults(dir, "", "deck", nil, start)
	if _, err := classroom.NewResultsKeeper(first.hub, file, first.now).Save(); err != nil {
		t.Fatal(err)
	}
	file2, _ := lecture.OpenResults(dir, file.Stem, "deck", nil, start)
	snap, _, _ := classroom.LoadAnswers(file2.AnswersPath(), file2.Stem, file2.Base, start)
	second := newRoom(t, first.clock, classroom.Config{Answers: snap, Bank: bank.ByID})
	keeper := classroom.NewResultsKeeper(second.hub, file2, second.now)
	id := second.qs[quiz.Match].ID
	if err := second.hub.ResetQuestion(id); err != nil {
		t.Fatal(err)
	}
	if _, err := keeper.SaveIfChanged(); err != nil {
		t.Fatal(err)
	}
	for _, a := range answersOnly(t, file.JSONPath()) {
		if a.Question == id {
			t.Errorf("after a reset the results still hold %s's answer to %s", a.Student, id)
		}
	}
	if n := len(answersOnly(t, file.JSONPath())); n != 6 {
		t.Errorf("%d answers kept after resetting the match question, want the other 6", n)
	}
}

// TestLoadAnswersUnusable: a damaged file, another lecture's, another
// version's, or one that is not a file is moved aside with a notice
// naming it and where it went; nothing is taken back and nothing is lost.
func TestLoadAnswersUnusable(t *testing.T) {
	base := lecture.Results{Deck: "deck"}
	for _, tt := range []struct{ name, data, want string }{
		{"damaged", `{"version":1,"deck":"deck","results":"lecture-results-x","questions":[{`, "not JSON faultline wrote"},
		{"foreign", `{"version":1,"deck":"other","results":"lecture-results-x","questions":[]}`, "another lecture"},
		{"newer", `{"version":7,"deck":"deck","results":"lecture-results-x","questions":[]}`, "version 7"},
		{"not answers", `[1,2,3]`, "not JSON faultline wrote"},
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, lecture.AnswersPrefix+"x.json")
		if err := os.WriteFile(path, []byte(tt.data), 0o600); err != nil {
			t.Fatal(err)
		}
		s, notice, err := classroom.LoadAnswers(path, "lecture-results-x", base, time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
		if err != nil || len(s.Questions) != 0 {
			t.Errorf("%s: %+v, %v", tt.name, s, err)
		}
		aside := path + ".unusable-20260314T090000Z"
		if !strings.Contains(notice, path) || !strings.Contains(notice, aside) || !strings.Contains(notice, tt.want) {
			t.Errorf("%s: notice %q, want it to name %s, %s and say %q", tt.name, notice, path, aside, tt.want)
		}
		if data, err := os.ReadFile(aside); err != nil || string(data) != tt.data {
			t.Errorf("%s: the file kept aside holds %q, %v", tt.name, data, err)
		}
	}
	// Missing is no answers and nothing to say.
	s, notice, err := classroom.LoadAnswers(filepath.Join(t.TempDir(), "none.json"), "x", base, time.Now())
	if err != nil || notice != "" || len(s.Questions) != 0 {
		t.Errorf("no file: %+v, %q, %v", s, notice, err)
	}
}

// TestRestoreSkipsWhatChanged: answers to a question no longer in the
// bank, of another type, that do not read, or that read otherwise now are
// not taken back (the results keep them in words); the rest are.
func TestRestoreSkipsWhatChanged(t *testing.T) {
	_, bank := coursetest.Course(t)
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	first := newRoom(t, start, classroom.Config{})
	first.before()
	snap := first.hub.Snapshot()
	if len(snap.Questions) != 3 {
		t.Fatalf("snapshot of %d questions, want 3", len(snap.Questions))
	}
	single, numeric := &snap.Questions[0], &snap.Questions[1]
	single.Answers[0].Response = []byte(`"not a choice"`) // does not read
	single.Answers[1].Response = []byte(`[99]`)           // no such choice
	single.Answers[2].Answer = "Z. something else"        // reads otherwise now
	numeric.Type = quiz.Match                             // the question changed type
	snap.Questions = append(snap.Questions, classroom.SavedQuestion{ID: "gone-1", Type: quiz.Single,
		Answers: []classroom.SavedAnswer{{Student: "ana", Response: []byte(`[0]`), Answer: "A. x", At: start}}})
	h := classroom.NewHub(classroom.Config{Answers: snap, Bank: bank.ByID})
	if got, want := h.Restored(), (classroom.Restored{Answers: 1 + 2, Skipped: 3 + 2 + 1}); got != want {
		t.Errorf("restored %+v, want %+v", got, want)
	}
	if _, ok := h.Card(numeric.ID); ok {
		t.Error("a question whose type changed was taken back")
	}
	if tl := h.Tally(first.qs[quiz.Single].ID); tl.Answered != 1 {
		t.Errorf("single choice: %d answers taken back, want the one that still reads alike", tl.Answered)
	}
}

// TestLoadAnswersOlderThanResults: when the results were saved after the
// answers file (which could not be written then), only the answers the
// results hold alike are taken back.
func TestLoadAnswersOlderThanResults(t *testing.T) {
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	first := newRoom(t, start, classroom.Config{})
	first.before()
	dir := t.TempDir()
	file, _ := lecture.OpenResults(dir, "", "deck", nil, start)
	k := classroom.NewResultsKeeper(first.hub, file, first.now)
	if _, err := k.Save(); err != nil {
		t.Fatal(err)
	}
	kept, err := os.ReadFile(file.AnswersPath())
	if err != nil {
		t.Fatal(err)
	}
	first.clock = first.clock.Add(time.Minute)
	first.answer("Bo", quiz.Match, true, time.Second) // Bo changes his match
	if _, err := k.Save(); err != nil {
		t.Fatal(err)
	}
	// As if that second save could not write the answers file.
	if err := os.WriteFile(file.AnswersPath(), kept, 0o600); err != nil {
		t.Fatal(err)
	}
	file2, _ := lecture.OpenResults(dir, file.Stem, "deck", nil, start)
	snap, notice, err := classroom.LoadAnswers(file2.AnswersPath(), file2.Stem, file2.Base, start)
	if err != nil || notice != "" {
		t.Fatal(notice, err)
	}
	n := 0
	for _, q := range snap.Questions {
		for _, a := range q.Answers {
			n++
			if q.ID == first.qs[quiz.Match].ID && a.Student == "Bo" {
				t.Error("Bo's older match answer would be taken back over the newer one in the results")
			}
		}
	}
	if n != 7 {
		t.Errorf("%d answers taken back, want the 7 the results hold alike", n)
	}
}
