package classroom

import (
	"errors"
	"reflect"
	"testing"
)

// quizFrame returns a frame carrying a three-choice question.
func quizFrame(revealed bool) Frame {
	f := frame(2)
	f.Questions = []*Question{{
		ID:          "availability-1",
		Prompt:      "Which is the weakest link?",
		Choices:     []string{"a", "b", "c"},
		Revealed:    revealed,
		Correct:     []int{1},
		Explanation: "because",
		Tally:       []int{9, 9, 9},
	}}
	return f
}

func TestAnswer(t *testing.T) {
	h := NewHub(Config{})
	ana := join(t, h, "ana")
	bo := join(t, h, "bo")
	gone := join(t, h, "gone")
	h.Leave(gone)
	h.Publish(quizFrame(false))
	tests := []struct {
		name    string
		s       *Student
		id      string
		choice  int
		wantErr error
	}{
		{"first answer", ana, "availability-1", 2, nil},
		{"changed answer", ana, "availability-1", 1, nil},
		{"same answer again", ana, "availability-1", 1, nil},
		{"negative choice", bo, "availability-1", -1, ErrChoice},
		{"choice past the end", bo, "availability-1", 3, ErrChoice},
		{"unknown question", bo, "nope-1", 0, ErrNoQuestion},
		{"student who left", gone, "availability-1", 0, ErrNotJoined},
		{"nil student", nil, "availability-1", 0, ErrNotJoined},
		{"other student", bo, "availability-1", 0, nil},
	}
	for _, tt := range tests {
		if err := h.Answer(tt.s, tt.id, tt.choice); !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: err %v, want %v", tt.name, err, tt.wantErr)
		}
	}
	want := Tally{Answered: 2, Present: 2, Connected: 2, Counts: []int{1, 1, 0}, Right: 1, Wrong: 1, // ana and bo, both here
		Common: []Common{{Answer: "B. b", Keys: "B", Count: 1, Correct: true}, {Answer: "A. a", Keys: "A", Count: 1}}}
	if got := h.Tally("availability-1"); !reflect.DeepEqual(got, want) {
		t.Fatalf("Tally = %+v, want %+v", got, want)
	}
	if c, ok := h.AnswerOf(ana, "availability-1"); !ok || c != 1 {
		t.Fatalf("AnswerOf(ana) = %d, %v; want 1, true", c, ok)
	}
	if sent, ok := h.SentBy(ana, "availability-1"); !ok || sent.Text != "B. b" || sent.Changed != 1 {
		t.Fatalf("SentBy(ana) = %+v, %v; want B. b changed once (twice sent the same counts once)", sent, ok)
	}
	if _, ok := h.AnswerOf(gone, "availability-1"); ok {
		t.Fatal("AnswerOf reports an answer the student never gave")
	}
}

func TestAnswersCountAfterLeaving(t *testing.T) {
	h := NewHub(Config{})
	h.Publish(quizFrame(false))
	s := join(t, h, "ana")
	if err := h.Answer(s, "availability-1", 0); err != nil {
		t.Fatal(err)
	}
	h.Leave(s)
	if got := h.Tally("availability-1"); got.Answered != 1 || got.Counts[0] != 1 {
		t.Fatalf("Tally after leaving = %+v, want the answer kept", got)
	}
}

func TestRevealClosesAnswersAndFillsTally(t *testing.T) {
	h := NewHub(Config{})
	ana := join(t, h, "ana")
	bo := join(t, h, "bo")
	h.Publish(quizFrame(false))
	before := receive(t, ana).Questions[0]
	if before.Correct != nil || before.Explanation != "" || before.Tally != nil {
		t.Fatalf("answer shown before the reveal: %+v", before)
	}
	if err := h.Answer(ana, "availability-1", 2); err != nil {
		t.Fatal(err)
	}
	h.Publish(quizFrame(true))
	after := receive(t, ana).Questions[0]
	if !reflect.DeepEqual(after.Tally, []int{0, 0, 1}) {
		t.Fatalf("revealed tally = %v, want the hub's [0 0 1]", after.Tally)
	}
	if !reflect.DeepEqual(after.Correct, []int{1}) || after.Explanation != "because" {
		t.Fatalf("revealed question %+v lacks the answer", after)
	}
	if err := h.Answer(bo, "availability-1", 1); !errors.Is(err, ErrClosed) {
		t.Fatalf("answer after reveal: err %v, want ErrClosed", err)
	}
	// Going back to the slide unrevealed does not reopen the question.
	h.Publish(quizFrame(false))
	if err := h.Answer(bo, "availability-1", 1); !errors.Is(err, ErrClosed) {
		t.Fatalf("answer after reveal and back: err %v, want ErrClosed", err)
	}
	if got := h.Tally("availability-1"); got.Answered != 1 {
		t.Fatalf("Tally = %+v, want one answer", got)
	}
}

func TestPublishDoesNotShareQuestion(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "ana")
	f := quizFrame(false)
	h.Publish(f)
	f.Questions[0].Choices[0] = "changed"
	if got := receive(t, s).Questions[0].Choices[0]; got != "a" {
		t.Fatalf("choice = %q: the presenter's question leaked to students", got)
	}
}

func TestTallyUnknownQuestion(t *testing.T) {
	if got := NewHub(Config{}).Tally("nope"); got.Answered != 0 || got.Counts != nil {
		t.Fatalf("Tally of an unknown question = %+v", got)
	}
}

func TestIsCorrect(t *testing.T) {
	q := &Question{Correct: []int{0, 2}}
	for choice, want := range []bool{true, false, true, false} {
		if got := q.IsCorrect(choice); got != want {
			t.Errorf("IsCorrect(%d) = %v, want %v", choice, got, want)
		}
	}
	if (*Question)(nil).IsCorrect(0) {
		t.Error("nil question has a correct choice")
	}
}

func TestAnswerSurvivesRejoiningUnderTheSameName(t *testing.T) {
	h := NewHub(Config{})
	h.Publish(quizFrame(false))
	ana := join(t, h, "Ana")
	if err := h.Answer(ana, "availability-1", 2); err != nil {
		t.Fatal(err)
	}
	h.Leave(ana)
	back := join(t, h, "ana")
	if c, ok := h.AnswerOf(back, "availability-1"); !ok || c != 2 {
		t.Fatalf("AnswerOf after rejoining = %d, %v; want 2, true", c, ok)
	}
	other := join(t, h, "ana") // a second Ana while the first is here is "ana-2"
	if _, ok := h.AnswerOf(other, "availability-1"); ok {
		t.Fatal("a different student inherited an answer")
	}
	if got := h.Tally("availability-1"); got.Answered != 1 || !reflect.DeepEqual(got.Counts, []int{0, 0, 1}) {
		t.Fatalf("Tally = %+v, want one answer for c", got)
	}
}

// TestTallyCountsStudentsPresentNow checks "N of M answered": only
// students connected now count on either side, while the distribution
// keeps every answer given.
func TestTallyCountsStudentsPresentNow(t *testing.T) {
	h := NewHub(Config{})
	h.Publish(quizFrame(false))
	ana, bo, cy := join(t, h, "ana"), join(t, h, "bo"), join(t, h, "cy")
	for _, s := range []*Student{ana, bo} {
		if err := h.Answer(s, "availability-1", 1); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string, present, connected, answered int) {
		t.Helper()
		tl := h.Tally("availability-1")
		if tl.Present != present || tl.Connected != connected || tl.Answered != answered || tl.Counts[1] != 2 {
			t.Errorf("%s: %d of %d answered (%d ever, counts %v), want %d of %d (%d ever, 2 for b)",
				when, tl.Present, tl.Connected, tl.Answered, tl.Counts, present, connected, answered)
		}
	}
	check("all here", 2, 3, 2)
	h.Leave(ana)
	check("ana left", 1, 2, 2)
	h.Leave(bo)
	h.Leave(cy)
	check("everyone left", 0, 0, 2)
	join(t, h, "ana") // back under the same name, with her answer
	check("ana back", 1, 1, 2)
	if tl := h.Tally("never-published"); tl.Connected != 1 || tl.Present != 0 {
		t.Errorf("a question never published: %+v", tl)
	}
}
