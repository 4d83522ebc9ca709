package presenter

import (
	"fmt"
	"strings"
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// TestResumedRoomKeepsAnswers: three students answer, the presenter
// restarts with --resume (a new hub given the old one's Snapshot): the
// footer says the answers are back, "N of M answered" counts the student
// who returns, and the revealed chart counts all three answers.
func TestResumedRoomKeepsAnswers(t *testing.T) {
	m, hub := newJoinPresenter(t, 100, 30)
	slide := slideWithBlock(t, m, "quiz", "fallacies-3")
	m.move(lecture.Nav{Slide: slide})
	answerAll(t, m, hub, 2, 2, 0)
	before := hub.Tally(m.slideQuestion().q.ID)

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
	if got := plain(m2); !strings.Contains(got, "3 earlier answers back") {
		t.Errorf("the resumed presenter does not say the answers are back:\n%s", got)
	}
	if _, err := hub2.Join("s1", "127.0.0.1:2001"); err != nil {
		t.Fatal(err)
	}
	press(m2, "right", "left") // a key: the notice goes, the slide is published again
	if got := plain(m2); !strings.Contains(got, "1 of 1 answered") {
		t.Errorf("a returning student who answered before the restart is not counted:\n%s", got)
	}
	press(m2, "enter", "r")
	got := plain(m2)
	for _, want := range []string{"Results", fmt.Sprintf("%d right", before.Right), fmt.Sprintf("%d wrong", before.Wrong), "3 answered"} {
		if !strings.Contains(got, want) {
			t.Errorf("the chart after the restart lacks %q:\n%s", want, got)
		}
	}
}
