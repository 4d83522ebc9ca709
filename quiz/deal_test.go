package quiz_test

import (
	"reflect"
	"slices"
	"testing"

	"faultline/quiz"
)

// dealFixture is a question with every shuffled part.
func dealFixture(id string) quiz.Question {
	return quiz.Question{
		ID:      id,
		Type:    quiz.Single,
		Choices: []quiz.Choice{{Text: "a", Correct: true}, {Text: "b"}, {Text: "c"}, {Text: "d"}, {Text: "e"}},
		Items:   []string{"fault", "error", "failure"},
		Pairs:   []quiz.Pair{{Left: "1", Right: "one"}, {Left: "2", Right: "two"}, {Left: "3", Right: "three"}},
	}
}

// TestDealDependsOnlyOnIDAndSeed: the same question and seed give the same
// card however often and beside whatever it is dealt; another seed or id
// may give another.
func TestDealDependsOnlyOnIDAndSeed(t *testing.T) {
	q := dealFixture("fallacies-3")
	first := quiz.Deal(q, quiz.ShownSeed)
	quiz.Deal(dealFixture("other-1"), quiz.ShownSeed)
	if again := quiz.Deal(q, quiz.ShownSeed); !reflect.DeepEqual(first, again) {
		t.Errorf("dealt twice: %+v then %+v", first, again)
	}
	if q.Choices[0].Text != "a" || q.Pairs[0].Left != "1" {
		t.Error("Deal modified the question it was given")
	}
	differs := false
	for seed := uint64(1); seed < 20 && !differs; seed++ {
		differs = !reflect.DeepEqual(first, quiz.Deal(q, seed))
	}
	if !differs {
		t.Error("nineteen seeds all deal the same card")
	}
}

// TestDealNeverSolves: order and match questions never start out in the
// right order, and every choice and pair is kept.
func TestDealNeverSolves(t *testing.T) {
	for seed := range uint64(200) {
		q := dealFixture("q")
		c := quiz.Deal(q, seed)
		if slices.Equal(c.ItemOrder, []int{0, 1, 2}) {
			t.Fatalf("seed %d: items shown in the right order", seed)
		}
		solved := true
		for k, j := range c.RightOrder {
			solved = solved && j == k
		}
		if solved {
			t.Fatalf("seed %d: right sides shown in the pairs' order", seed)
		}
		if len(c.Question.Choices) != len(q.Choices) || len(c.Question.Pairs) != len(q.Pairs) {
			t.Fatalf("seed %d: lost a choice or pair: %+v", seed, c.Question)
		}
	}
}

// TestSessionDealsLikeDeal: a session shows each question with the letters
// Deal gives it for the session's seed, so a question opened live with
// ShownSeed matches the lesson's card.
func TestSessionDealsLikeDeal(t *testing.T) {
	qs := []quiz.Question{dealFixture("x-1"), dealFixture("x-2"), dealFixture("x-3")}
	for _, seed := range []uint64{quiz.ShownSeed, 7} {
		s := quiz.NewSession(qs, seed)
		for range qs {
			c, _ := s.Current()
			if want := quiz.Deal(lookup(qs, c.Question.ID), seed); !reflect.DeepEqual(c, want) {
				t.Errorf("seed %d, %s: session shows %+v, Deal gives %+v", seed, c.Question.ID, c, want)
			}
			s.Answer(quiz.ChoiceResponse{0})
			if !s.Next() {
				t.Fatal("the session did not move on")
			}
		}
	}
}

func lookup(qs []quiz.Question, id string) quiz.Question {
	for _, q := range qs {
		if q.ID == id {
			return q
		}
	}
	return quiz.Question{}
}

func TestLetter(t *testing.T) {
	for i, want := range map[int]string{0: "A", 2: "C", 25: "Z", 26: "?", -1: "?"} {
		if got := quiz.Letter(i); got != want {
			t.Errorf("Letter(%d) = %q, want %q", i, got, want)
		}
	}
}
