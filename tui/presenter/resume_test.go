package presenter

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// TestResumedRoomKeepsAnswers: three students answer and the presenter
// reveals the chart, then restarts with --resume (a new hub given the old
// one's Snapshot): the footer says the answers are back, the chart is on
// show again and counts all three answers, and "N of M answered" counts
// the student who returns.
func TestResumedRoomKeepsAnswers(t *testing.T) {
	m, hub := newJoinPresenter(t, 100, 30)
	slide := slideWithBlock(t, m, "quiz", "fallacies-3")
	m.move(lecture.Nav{Slide: slide})
	answerAll(t, m, hub, 2, 2, 0)
	before := hub.Tally(m.slideQuestion().q.ID)
	press(m, "enter", "r", "esc")
	chart := []string{"Results", fmt.Sprintf("%d right", before.Right), fmt.Sprintf("%d wrong", before.Wrong), "3 answered"}
	for _, want := range chart {
		if got := plain(m); !strings.Contains(got, want) {
			t.Fatalf("the chart before the restart lacks %q:\n%s", want, got)
		}
	}

	c, bank := loadCourse(t)
	hub2 := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P", Answers: hub.Snapshot(), Bank: bank.ByID})
	if got := hub2.Restored(); got.Answers != 3 {
		t.Fatalf("the new hub took back %+v, want 3 answers", got)
	}
	ctx := &common.Context{Styles: theme.New(true), Course: c}
	m2 := New(ctx, Options{Deck: m.deck, Bank: bank, Now: (&clock{t: start}).now,
		Classroom: &Classroom{Hub: hub2, Connect: "ssh -p 2299 127.0.0.1", Fingerprint: testFingerprint},
		Resume:    &lecture.Resume{Slide: slide}, Notice: "3 earlier answers back"})
	m2.Update(sizeMsg(100, 30))
	got := plain(m2)
	for _, want := range append(chart, "3 earlier answers back") {
		if !strings.Contains(got, want) {
			t.Errorf("the resumed presenter lacks %q:\n%s", want, got)
		}
	}
	if _, err := hub2.Join("s1", "127.0.0.1:2001"); err != nil {
		t.Fatal(err)
	}
	press(m2, "right", "left") // a key: the notice goes, the slide is published again
	if got := plain(m2); !strings.Contains(got, "1 of 1 answered") {
		t.Errorf("a returning student who answered before the restart is not counted:\n%s", got)
	}
	f, _ := hub2.Current()
	if q := firstQuestion(f); q == nil || !q.Revealed || !slices.Equal(q.Tally, before.Counts) {
		t.Errorf("students see %+v after the restart, want the reveal with counts %v", q, before.Counts)
	}
	press(m2, "r")
	if got := plain(m2); strings.Contains(got, "Results") {
		t.Errorf("r hides the chart after the restart as before it:\n%s", got)
	}
}
