package quiz_test

import (
	"reflect"
	"slices"
	"testing"

	"faultline/quiz"
)

// order lists a session's question ids and shown choice texts.
func order(s *quiz.Session) []string {
	var out []string
	for i := 0; i < s.Len(); i++ {
		c, _ := s.Current()
		out = append(out, c.Question.ID)
		for _, ch := range c.Question.Choices {
			out = append(out, ch.Text)
		}
		for _, p := range c.Question.Pairs {
			out = append(out, p.Left)
		}
		for _, k := range c.RightOrder {
			out = append(out, c.Question.Pairs[k].Right)
		}
		for _, k := range c.ItemOrder {
			out = append(out, c.Question.Items[k])
		}
		s.Answer(quiz.BoolResponse(true))
		s.Answer(quiz.ChoiceResponse{0})
		s.Answer(quiz.ClassResponse{})
		s.Answer(quiz.OrderResponse{0, 1, 2})
		s.Answer(quiz.MatchResponse{0, 1, 2})
		s.Answer(quiz.TextResponse("1h"))
		s.Answer(quiz.TextResponse("50"))
		if !s.Next() {
			panic("Next did not move after an answer")
		}
	}
	return out
}

func TestSessionDeterministic(t *testing.T) {
	qs := load(t, fixture(t)).Questions
	a, b := order(quiz.NewSession(qs, 42)), order(quiz.NewSession(qs, 42))
	if !reflect.DeepEqual(a, b) {
		t.Errorf("the same seed gave different orders:\n%q\n%q", a, b)
	}
	differ := 0
	for seed := uint64(1); seed <= 5; seed++ {
		if !reflect.DeepEqual(a, order(quiz.NewSession(qs, seed))) {
			differ++
		}
	}
	if differ < 4 {
		t.Errorf("only %d of 5 other seeds changed the order", differ)
	}
}

func TestSessionShufflesWithoutLosing(t *testing.T) {
	qs := load(t, fixture(t)).Questions
	orig := append([]quiz.Question(nil), qs...)
	for seed := uint64(0); seed < 50; seed++ {
		s := quiz.NewSession(qs, seed)
		seen := map[string]bool{}
		for !s.Done() {
			c, _ := s.Current()
			seen[c.Question.ID] = true
			q := c.Question
			if len(c.ItemOrder) > 0 && slices.Equal(c.ItemOrder, []int{0, 1, 2}) {
				t.Errorf("seed %d: %s shows its items already in order", seed, q.ID)
			}
			if len(c.RightOrder) > 0 && slices.Equal(c.RightOrder, []int{0, 1, 2}) {
				t.Errorf("seed %d: %s shows its rights already matched", seed, q.ID)
			}
			// The shuffled copy still grades right answers as right.
			var r quiz.Response
			switch q.Type {
			case quiz.Single, quiz.Multi:
				var picks quiz.ChoiceResponse
				for i, ch := range q.Choices {
					if ch.Correct {
						picks = append(picks, i)
					}
				}
				r = picks
			case quiz.Match:
				r = quiz.MatchResponse{0, 1, 2}
			default:
				s.Answer(quiz.BoolResponse(true))
				s.Answer(quiz.OrderResponse{0, 1, 2})
				s.Answer(quiz.TextResponse("1h"))
				s.Answer(quiz.TextResponse("50"))
				s.Answer(quiz.ClassResponse{})
			}
			if r != nil {
				if res := s.Answer(r); !res.Correct {
					t.Errorf("seed %d: the right answer to shuffled %s graded %+v", seed, q.ID, res)
				}
			}
			s.Next()
		}
		if len(seen) != len(qs) {
			t.Errorf("seed %d: %d questions shown, want %d", seed, len(seen), len(qs))
		}
	}
	if !reflect.DeepEqual(qs, orig) {
		t.Errorf("NewSession modified the questions given")
	}
}

func TestSessionFlow(t *testing.T) {
	b := load(t, fixture(t))
	q1, _ := b.ByID("alpha-3") // truefalse, answer false
	q2, _ := b.ByID("alpha-4") // 21m36s
	q3, _ := b.ByID("alpha-9") // order
	s := quiz.NewSession([]quiz.Question{q1, q2, q3}, 3)
	if s.Len() != 3 || s.Done() || s.Position() != 0 {
		t.Fatalf("new session: len %d done %v pos %d", s.Len(), s.Done(), s.Position())
	}
	if s.Next() {
		t.Errorf("Next moved before an answer")
	}
	if _, ok := s.Result(); ok {
		t.Errorf("Result before an answer")
	}
	for !s.Done() {
		c, ok := s.Current()
		if !ok {
			t.Fatal("Current is empty before the end")
		}
		switch c.Question.Type {
		case quiz.TrueFalse:
			if res := s.Answer(quiz.BoolResponse(true)); res.Correct {
				t.Errorf("wrong true/false graded right")
			}
			if res := s.Answer(quiz.BoolResponse(false)); res.Correct {
				t.Errorf("a second answer replaced the first")
			}
		case quiz.NumericType:
			if res := s.Answer(quiz.TextResponse("21")); !res.Retry {
				t.Errorf("a bare number was not refused: %+v", res)
			}
			if s.Next() {
				t.Errorf("Next moved after a refused answer")
			}
			if res := s.Answer(quiz.TextResponse("21m36s")); !res.Correct {
				t.Errorf("21m36s graded %+v", res)
			}
		case quiz.Order:
			s.Answer(quiz.OrderResponse{1, 0, 2})
		}
		if _, ok := s.Result(); !ok {
			t.Errorf("no result after answering %s", c.Question.ID)
		}
		s.Next()
	}
	if _, ok := s.Current(); ok {
		t.Errorf("Current after the end")
	}
	if res := s.Answer(quiz.BoolResponse(true)); !res.Retry {
		t.Errorf("Answer after the end: %+v", res)
	}
	got := s.Score()
	want := quiz.Tally{Points: 1 + 1.0/3, Correct: 1, Answered: 3, Total: 3}
	if got.Correct != want.Correct || got.Answered != want.Answered || got.Total != want.Total || !near(got.Points, want.Points) {
		t.Errorf("Score = %+v, want %+v", got, want)
	}
	ms := s.Mistakes()
	var mids []string
	for _, m := range ms {
		mids = append(mids, m.Question.ID)
		if m.Result.Correct || m.Response == nil {
			t.Errorf("mistake %s: %+v", m.Question.ID, m)
		}
	}
	slices.Sort(mids)
	if !reflect.DeepEqual(mids, []string{"alpha-3", "alpha-9"}) {
		t.Errorf("Mistakes = %q", mids)
	}
}

func TestEmptySession(t *testing.T) {
	s := quiz.NewSession(nil, 1)
	if !s.Done() || s.Next() || s.Score() != (quiz.Tally{}) || s.Mistakes() != nil {
		t.Errorf("an empty session is not done and empty")
	}
}
