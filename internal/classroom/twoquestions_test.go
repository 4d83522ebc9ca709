package classroom

import (
	"errors"
	"reflect"
	"testing"
)

// twoQuestionFrame is a slide with two questions, the second revealed
// when revealSecond is set.
func twoQuestionFrame(revealSecond bool) Frame {
	f := frame(3)
	f.Questions = []*Question{
		{ID: "q-1", Prompt: "First?", Choices: []string{"a", "b"}, Correct: []int{0}},
		{ID: "q-2", Prompt: "Second?", Choices: []string{"x", "y", "z"}, Correct: []int{2}, Revealed: revealSecond},
	}
	return f
}

// TestTwoQuestionsOnOneSlide: every question of a slide reaches students
// and is answered, closed, revealed and reset on its own.
func TestTwoQuestionsOnOneSlide(t *testing.T) {
	h := NewHub(Config{})
	ana := join(t, h, "ana")
	bo := join(t, h, "bo")
	h.Publish(twoQuestionFrame(false))
	got := receive(t, ana)
	if len(got.Questions) != 2 || got.QuestionByID("q-2") == nil || got.QuestionByID("q-2").Prompt != "Second?" || got.QuestionByID("nope") != nil {
		t.Fatalf("students got questions %+v, want both", got.Questions)
	}
	for _, a := range []struct {
		s      *Student
		id     string
		choice int
	}{{ana, "q-1", 0}, {ana, "q-2", 1}, {bo, "q-2", 2}} {
		if err := h.Answer(a.s, a.id, a.choice); err != nil {
			t.Fatalf("%s answering %s: %v", a.s.Name(), a.id, err)
		}
	}
	if t1, t2 := h.Tally("q-1"), h.Tally("q-2"); !reflect.DeepEqual(t1.Counts, []int{1, 0}) || !reflect.DeepEqual(t2.Counts, []int{0, 1, 1}) {
		t.Fatalf("tallies %v and %v, want [1 0] and [0 1 1]", t1.Counts, t2.Counts)
	}

	// Closing the first leaves the second open.
	if err := h.CloseQuestion("q-1"); err != nil {
		t.Fatal(err)
	}
	if err := h.Answer(bo, "q-1", 1); !errors.Is(err, ErrClosed) {
		t.Fatalf("answer to the closed question: %v, want ErrClosed", err)
	}
	if err := h.Answer(bo, "q-2", 0); err != nil {
		t.Fatalf("answer to the open one: %v", err)
	}

	// Revealing the second fills its tally only, and closes it alone.
	h.Publish(twoQuestionFrame(true))
	got = receive(t, ana)
	first, second := got.QuestionByID("q-1"), got.QuestionByID("q-2")
	if first.Revealed || first.Tally != nil || first.Correct != nil || !first.Closed {
		t.Fatalf("first question after the second's reveal: %+v, want closed, not revealed", first)
	}
	if !second.Revealed || !reflect.DeepEqual(second.Tally, []int{1, 1, 0}) || !second.Closed {
		t.Fatalf("second question revealed: %+v, want tally [1 1 0]", second)
	}

	// Resetting the first forgets its answers only.
	if err := h.ResetQuestion("q-1"); err != nil {
		t.Fatal(err)
	}
	if t1, t2 := h.Tally("q-1"), h.Tally("q-2"); t1.Answered != 0 || t1.Closed || t2.Answered != 2 {
		t.Fatalf("after resetting q-1: %+v and %+v, want q-1 empty and open, q-2's two answers kept", t1, t2)
	}
	if _, ok := h.SentBy(ana, "q-2"); !ok {
		t.Fatal("ana's answer to q-2 lost with the reset of q-1")
	}
	// Students hear of the reset with the next frame, of that question only.
	h.Publish(twoQuestionFrame(false))
	got = receive(t, ana)
	if got.QuestionByID("q-1").Resets != 1 || got.QuestionByID("q-2").Resets != 0 {
		t.Fatalf("after resetting q-1 students see resets %d and %d, want 1 and 0", got.QuestionByID("q-1").Resets, got.QuestionByID("q-2").Resets)
	}
}
