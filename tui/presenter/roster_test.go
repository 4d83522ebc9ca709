package presenter

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
)

// TestRosterShowsNamesNotAnswers: w lists who is here and, on a question
// slide, who has answered, but no one's answer; w and esc return.
func TestRosterShowsNamesNotAnswers(t *testing.T) {
	m, hub, quizAt := newClassPresenter(t)
	press(m, "w")
	if got := plain(m); !strings.Contains(got, "0 students joined") || !strings.Contains(got, "No one has joined yet") {
		t.Errorf("empty roster:\n%s", got)
	}
	press(m, "esc")
	m.move(lecture.Nav{Slide: quizAt, Step: m.deck.Slides[quizAt].Steps})
	press(m, "down", "up") // publishes the question
	f, _ := hub.Current()
	if firstQuestion(f) == nil {
		t.Fatal("no question published")
	}
	ana, _ := hub.Join("ana", "127.0.0.1:1")
	if _, err := hub.Join("bo", "127.0.0.1:2"); err != nil {
		t.Fatal(err)
	}
	if err := hub.Answer(ana, firstQuestion(f).ID, 1); err != nil {
		t.Fatal(err)
	}
	press(m, "w")
	got := plain(m)
	for _, want := range []string{"Who is here", "2 students joined · 1 answered question fallacies-3, 1 waiting", "✓ ana", "· bo", "no one's answer is shown"} {
		if !strings.Contains(got, want) {
			t.Errorf("roster lacks %q:\n%s", want, got)
		}
	}
	for _, choice := range firstQuestion(f).Choices {
		if strings.Contains(got, choice) {
			t.Errorf("the roster shows a choice's text %q:\n%s", choice, got)
		}
	}
	press(m, "x")
	if got := plain(m); !strings.Contains(got, "w or esc returns to the slide") || !strings.Contains(got, "✓ ana") {
		t.Errorf("a stray key left the roster or said nothing:\n%s", got)
	}
	for _, back := range []string{"w", "esc"} {
		press(m, back)
		if m.mode != modeSlides {
			t.Errorf("%s did not return to the slide", back)
		}
		press(m, "w")
	}
}

// TestRosterPages: a room larger than a screen pages with ↑/↓, and every
// name is on some page.
func TestRosterPages(t *testing.T) {
	m, _ := newJoinPresenter(t, 80, 24)
	joinN(t, m.class.Hub, 200)
	press(m, "w")
	seen := map[string]bool{}
	pages := 0
	for ; pages < 20; pages++ {
		for _, f := range strings.Fields(plain(m)) {
			seen[f] = true
		}
		before := plain(m)
		press(m, "down")
		if plain(m) == before {
			break
		}
	}
	if pages == 0 {
		t.Errorf("200 names fit one 80×24 page?\n%s", plain(m))
	}
	for i := range 200 {
		if !seen[fmt.Sprintf("s%d", i)] {
			t.Errorf("s%d is on no page", i)
		}
	}
}

// TestRosterNotServed: without --serve, w and e say the lecture is not
// served.
func TestRosterNotServed(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "fallacies")
	for _, k := range []string{"w", "e"} {
		press(m, k)
		if m.mode != modeSlides || !strings.Contains(plain(m), notServedNotice) {
			t.Errorf("%s without --serve:\n%s", k, plain(m))
		}
	}
}

// TestExportKey: e saves the results in the background and says where,
// or why not; it works from the slides, the join screen and the roster.
func TestExportKey(t *testing.T) {
	m, _ := newJoinPresenter(t, 100, 30)
	calls := 0
	var fail error
	m.class.SaveResults = func() (string, error) {
		calls++
		return "3 answers in lecture-results-x.json and .csv", fail
	}
	for _, keys := range [][]string{{"e"}, {"j", "e"}, {"w", "e"}} {
		var cmd tea.Cmd
		for _, k := range keys {
			_, cmd = m.Update(keyMsg(k))
		}
		if cmd == nil {
			t.Fatalf("%v: no command", keys)
		}
		deliver(t, m, cmd)
		if got := plain(m); !strings.Contains(got, "results saved: 3 answers in lecture-results-x.json") {
			t.Errorf("%v: no word of the save:\n%s", keys, got)
		}
		press(m, "esc")
	}
	if calls != 3 {
		t.Errorf("saved %d times, want 3", calls)
	}
	fail = errors.New("disk full")
	_, cmd := m.Update(keyMsg("e"))
	deliver(t, m, cmd)
	if got := plain(m); !strings.Contains(got, "results not saved: disk full") {
		t.Errorf("a failed save says nothing:\n%s", got)
	}
}

// deliver runs cmd, and the commands of a batch, and hands m the
// results-saved message among what they return; the clock's tick, which
// returns only after a second, is not waited for.
func deliver(t *testing.T, m *Presenter, cmd tea.Cmd) {
	t.Helper()
	got := make(chan tea.Msg, 8)
	var run func(c tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		go func() {
			msg := c()
			if batch, ok := msg.(tea.BatchMsg); ok {
				for _, c := range batch {
					run(c)
				}
				return
			}
			got <- msg
		}()
	}
	run(cmd)
	for {
		select {
		case msg := <-got:
			if saved, ok := msg.(resultsSavedMsg); ok {
				m.Update(saved)
				return
			}
		case <-time.After(10 * time.Second):
			t.Fatal("e gave no results-saved message")
		}
	}
}

// saveWithE saves the results of m's lecture of lessons with e, as the
// lecture's real keeper does, in a fresh directory, and returns the files.
func saveWithE(t *testing.T, m *Presenter, hub *classroom.Hub, lessons ...string) lecture.ResultsFile {
	t.Helper()
	file, err := lecture.OpenResults(t.TempDir(), "", m.deck.ID(), lessons, start)
	if err != nil {
		t.Fatal(err)
	}
	m.class.SaveResults = classroom.NewResultsKeeper(hub, file, nil).Save
	_, cmd := m.Update(keyMsg("e"))
	deliver(t, m, cmd)
	return file
}

// TestExportWritesResults: e with the lecture's real keeper writes JSON
// and CSV that read back equal, with the students' answers in words.
func TestExportWritesResults(t *testing.T) {
	m, hub, quizAt := newClassPresenter(t)
	m.move(lecture.Nav{Slide: quizAt, Step: m.deck.Slides[quizAt].Steps})
	press(m, "down", "up") // publishes the question
	f, _ := hub.Current()
	if firstQuestion(f) == nil {
		t.Fatal("no question published")
	}
	for i, name := range []string{"ana", "=1+1", "-bo"} {
		s, err := hub.Join(name, fmt.Sprintf("127.0.0.1:%d", i+1))
		if err != nil {
			t.Fatal(err)
		}
		if err := hub.Answer(s, firstQuestion(f).ID, i%len(firstQuestion(f).Choices)); err != nil {
			t.Fatal(err)
		}
	}
	file := saveWithE(t, m, hub, "fallacies")
	if got := plain(m); !strings.Contains(got, "results saved: 3 answers in "+file.Stem+".json and .csv") {
		t.Errorf("no word of the save:\n%s", got)
	}
	fromJSON, err := lecture.ReadResults(file.JSONPath())
	if err != nil {
		t.Fatal(err)
	}
	fromCSV, err := lecture.ReadResults(file.CSVPath())
	if err != nil {
		t.Fatal(err)
	}
	if len(fromJSON.Answers) != 3 || !reflect.DeepEqual(fromJSON.Answers, fromCSV.Answers) {
		t.Errorf("JSON %+v\nCSV %+v", fromJSON.Answers, fromCSV.Answers)
	}
	for _, a := range fromJSON.Answers {
		if a.Question != firstQuestion(f).ID || a.Prompt == "" || a.Answer == "" {
			t.Errorf("answer %+v lacks its question, prompt or words", a)
		}
	}
}
