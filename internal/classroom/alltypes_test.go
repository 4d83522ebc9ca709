package classroom_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/quiz"
)

// firstOfType is the built-in bank's first question of type t.
func firstOfType(t testing.TB, typ quiz.Type) quiz.Question {
	t.Helper()
	_, bank := coursetest.Course(t)
	for _, q := range bank.Questions {
		if q.Type == typ {
			return q
		}
	}
	t.Fatalf("the built-in bank has no %s question", typ)
	return quiz.Question{}
}

// rightAndWrong are a right and a wrong response to card, as a student's
// screen sends them.
func rightAndWrong(c quiz.Card) (right, wrong quiz.Response) {
	q := c.Question
	n := func(k int) []int {
		s := make([]int, k)
		for i := range s {
			s[i] = i
		}
		return s
	}
	switch q.Type {
	case quiz.Single, quiz.Multi:
		var good, bad quiz.ChoiceResponse
		for i, ch := range q.Choices {
			if ch.Correct {
				good = append(good, i)
			} else if len(bad) == 0 {
				bad = append(bad, i)
			}
		}
		return good, bad
	case quiz.TrueFalse:
		return quiz.BoolResponse(q.Answer), quiz.BoolResponse(!q.Answer)
	case quiz.NumericType:
		bad := "1s"
		if q.Numeric.Kind == quiz.Percent {
			bad = "1%"
		}
		return quiz.TextResponse(q.Numeric.ValueText()), quiz.TextResponse(bad)
	case quiz.Classify:
		good, bad := quiz.ClassResponse{}, quiz.ClassResponse{}
		for _, d := range quiz.Dimensions {
			good[d.Name], bad[d.Name] = q.Classes[d.Name], q.Classes[d.Name]
		}
		d := quiz.Dimensions[0]
		bad[d.Name] = d.Classes[0]
		if q.Classes[d.Name] == d.Classes[0] {
			bad[d.Name] = d.Classes[1]
		}
		return good, bad
	case quiz.Order:
		bad := n(len(q.Items))
		slices.Reverse(bad)
		return quiz.OrderResponse(n(len(q.Items))), quiz.OrderResponse(bad)
	case quiz.Match:
		bad := n(len(q.Pairs))
		bad[0], bad[1] = bad[1], bad[0]
		return quiz.MatchResponse(n(len(q.Pairs))), quiz.MatchResponse(bad)
	}
	return nil, nil
}

// TestEveryTypeIsGradedAndTallied: for every question type, students'
// answers are graded by quiz on the card as dealt, split right and wrong,
// counted by answer, and kept as records with the answer in words.
func TestEveryTypeIsGradedAndTallied(t *testing.T) {
	for _, typ := range quiz.Types {
		t.Run(string(typ), func(t *testing.T) {
			q := firstOfType(t, typ)
			clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
			h := classroom.NewHub(classroom.Config{Now: func() time.Time { return clock }})
			h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
			card, ok := h.Card(q.ID)
			if !ok || !slices.Equal(card.ItemOrder, quiz.Deal(q, quiz.ShownSeed).ItemOrder) {
				t.Fatalf("Card(%s) = %+v, %v: not the card as dealt", q.ID, card, ok)
			}
			right, wrong := rightAndWrong(card)
			ana, _ := h.Join("ana", "192.0.2.1:1")
			bo, _ := h.Join("bo", "192.0.2.1:2")
			cy, _ := h.Join("cy", "192.0.2.1:3")
			clock = clock.Add(12 * time.Second)
			for _, a := range []struct {
				s *classroom.Student
				r quiz.Response
			}{{ana, right}, {bo, wrong}, {cy, right}} {
				if err := h.Submit(a.s, q.ID, a.r); err != nil {
					t.Fatalf("%s answers %v: %v", a.s.Name(), a.r, err)
				}
			}
			tl := h.Tally(q.ID)
			if tl.Answered != 3 || tl.Right != 2 || tl.Wrong != 1 {
				t.Fatalf("Tally = %+v, want 3 answered, 2 right, 1 wrong", tl)
			}
			said := quiz.Describe(card, right)
			rightText, rightKeys := said.Line(typ), strings.Join(said.Keys, ", ")
			if len(tl.Common) != 2 || tl.Common[0] != (classroom.Common{Answer: rightText, Keys: rightKeys, Count: 2, Correct: true}) || tl.Common[1].Count != 1 || tl.Common[1].Correct {
				t.Fatalf("Common = %+v, want %q twice and right first, then the wrong one", tl.Common, rightText)
			}
			if want := typ == quiz.Single || typ == quiz.Multi || typ == quiz.TrueFalse; (tl.Counts != nil) != want {
				t.Errorf("Counts = %v: per-choice counts only on choice questions", tl.Counts)
			}
			recs := h.Records()
			if len(recs) != 3 || recs[0] != (classroom.Record{Question: q.ID, Student: "ana", Answer: rightText, Correct: true, Elapsed: 12 * time.Second}) {
				t.Fatalf("Records = %+v", recs)
			}
			if recs[1].Student != "bo" || recs[1].Correct || recs[1].Answer == "" {
				t.Fatalf("bo's record = %+v, want wrong with the answer in words", recs[1])
			}
		})
	}
}

// TestUnreadableAnswerRecordsNothing: an answer quiz cannot grade comes
// back with what to fix and is not counted.
func TestUnreadableAnswerRecordsNothing(t *testing.T) {
	q := firstOfType(t, quiz.NumericType)
	h := classroom.NewHub(classroom.Config{})
	h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, false)}})
	s, _ := h.Join("ana", "192.0.2.1:1")
	err := h.Submit(s, q.ID, quiz.TextResponse("  "))
	var u *classroom.Unreadable
	if !errors.As(err, &u) || u.Feedback == "" {
		t.Fatalf("nothing typed: err %v, want Unreadable with what to fix", err)
	}
	if tl := h.Tally(q.ID); tl.Answered != 0 {
		t.Fatalf("Tally = %+v after an unreadable answer", tl)
	}
	if err := h.Submit(s, q.ID, quiz.BoolResponse(true)); !errors.As(err, &u) {
		t.Fatalf("an answer of the wrong type: err %v, want Unreadable", err)
	}
}

// TestChangeUntilClosedThenReopenAndReset: an answer can be changed while
// the question is open, not once the presenter closes it; reopening takes
// answers again, and a reset forgets them all and restarts the clock.
func TestChangeUntilClosedThenReopenAndReset(t *testing.T) {
	q := firstOfType(t, quiz.Match)
	clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	h := classroom.NewHub(classroom.Config{Now: func() time.Time { return clock }})
	publish := func(revealed bool) *classroom.Question {
		ana, _ := h.Join("watcher", "192.0.2.9:1")
		defer h.Leave(ana)
		h.Publish(classroom.Frame{Questions: []*classroom.Question{classroom.QuestionFrom(q, revealed)}})
		f := <-ana.Frames()
		return f.Questions[0]
	}
	publish(false)
	card, _ := h.Card(q.ID)
	right, wrong := rightAndWrong(card)
	s, _ := h.Join("ana", "192.0.2.1:1")
	clock = clock.Add(5 * time.Second)
	if err := h.Submit(s, q.ID, wrong); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(5 * time.Second)
	if err := h.Submit(s, q.ID, right); err != nil {
		t.Fatalf("changing the answer while open: %v", err)
	}
	if r := h.Records(); len(r) != 1 || !r[0].Correct || r[0].Changed != 1 || r[0].Elapsed != 10*time.Second {
		t.Fatalf("Records after a change = %+v, want one right answer, changed once, 10s", r)
	}
	if err := h.CloseQuestion(q.ID); err != nil {
		t.Fatal(err)
	}
	if got := publish(false); !got.Closed || got.Revealed {
		t.Fatalf("students see %+v after close: want closed, not revealed", got)
	}
	if err := h.Submit(s, q.ID, wrong); !errors.Is(err, classroom.ErrClosed) {
		t.Fatalf("changing after close: err %v, want ErrClosed", err)
	}
	if tl := h.Tally(q.ID); !tl.Closed || tl.Right != 1 {
		t.Fatalf("Tally after close = %+v, want closed with the right answer kept", tl)
	}
	if err := h.ReopenQuestion(q.ID); err != nil {
		t.Fatal(err)
	}
	if got := publish(false); got.Closed {
		t.Fatal("students still see the question closed after reopening")
	}
	if err := h.Submit(s, q.ID, wrong); err != nil {
		t.Fatalf("changing after reopening: %v", err)
	}
	publish(true) // the reveal closes answers again
	if err := h.Submit(s, q.ID, right); !errors.Is(err, classroom.ErrClosed) {
		t.Fatalf("answering after the reveal: err %v, want ErrClosed", err)
	}
	clock = clock.Add(time.Minute)
	if err := h.ResetQuestion(q.ID); err != nil {
		t.Fatal(err)
	}
	if tl := h.Tally(q.ID); tl.Answered != 0 || tl.Closed || len(tl.Common) != 0 || len(h.Records()) != 0 {
		t.Fatalf("after reset: Tally %+v, records %v; want nothing and open", tl, h.Records())
	}
	if _, ok := h.SentBy(s, q.ID); ok {
		t.Fatal("the student's answer survived the reset")
	}
	clock = clock.Add(3 * time.Second)
	if err := h.Submit(s, q.ID, right); err != nil {
		t.Fatalf("answering after reset: %v", err)
	}
	if r := h.Records(); len(r) != 1 || r[0].Elapsed != 3*time.Second || r[0].Changed != 0 {
		t.Fatalf("Records after reset = %+v, want 3s from the reset, unchanged", r)
	}
	for _, f := range []func(string) error{h.CloseQuestion, h.ReopenQuestion, h.ResetQuestion} {
		if err := f("never-shown"); !errors.Is(err, classroom.ErrNoQuestion) {
			t.Errorf("on a question never shown: err %v, want ErrNoQuestion", err)
		}
	}
}
