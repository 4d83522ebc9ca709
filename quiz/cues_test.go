package quiz_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"faultline/assets"
	"faultline/calc"
	"faultline/lessons"
	"faultline/quiz"
)

// Limits on the cues a student could answer by without understanding.
const (
	// maxLongestRight is the largest share of single-choice items whose
	// right answer is the longest choice, ties included (chance is about
	// 30 %); minLongestRight is the smallest, so "never the longest" does
	// not become a cue of its own.
	maxLongestRight = 0.35
	minLongestRight = 0.15
	// maxPositionShare is the largest share of right answers any one
	// position may hold in file order.
	maxPositionShare = 0.40
	// maxRightCountShare is the largest share of multiple-answer items that
	// may have the same number of right choices.
	maxRightCountShare = 0.50
)

// cues are the statistics a test-wise student exploits.
type cues struct {
	singles, longestRight int
	// lengthRatio is the right answer's length over the mean distractor's,
	// averaged over single-choice items.
	lengthRatio float64
	// positions counts right answers (single and multi) at each position.
	positions  map[int]int
	rights     int
	multis     int
	rightCount map[int]int
}

// measure computes the cues of a bank in file order.
func measure(qs []quiz.Question) cues {
	c := cues{positions: map[int]int{}, rightCount: map[int]int{}}
	for _, q := range qs {
		if q.Type != quiz.Single && q.Type != quiz.Multi {
			continue
		}
		n := 0
		for i, ch := range q.Choices {
			if ch.Correct {
				c.positions[i]++
				c.rights++
				n++
			}
		}
		if q.Type == quiz.Multi {
			c.multis++
			c.rightCount[n]++
			continue
		}
		c.singles++
		right, longest, wrongSum := 0, 0, 0
		for _, ch := range q.Choices {
			l := utf8.RuneCountInString(ch.Text)
			if ch.Correct {
				right = l
				continue
			}
			longest = max(longest, l)
			wrongSum += l
		}
		if right >= longest {
			c.longestRight++
		}
		c.lengthRatio += float64(right) / (float64(wrongSum) / float64(len(q.Choices)-1))
	}
	if c.singles > 0 {
		c.lengthRatio /= float64(c.singles)
	}
	return c
}

func (c cues) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "single: right answer longest in %d of %d (%.0f %%), %.2f× a distractor's length\n",
		c.longestRight, c.singles, 100*float64(c.longestRight)/float64(c.singles), c.lengthRatio)
	fmt.Fprintf(&b, "right answers by position:")
	for p := 0; c.positions[p] > 0 || p < 4; p++ {
		fmt.Fprintf(&b, " %d:%d", p+1, c.positions[p])
	}
	fmt.Fprintf(&b, " of %d\nmulti: right choices per item:", c.rights)
	for n := 1; n <= quiz.MaxChoices; n++ {
		fmt.Fprintf(&b, " %d:%d", n, c.rightCount[n])
	}
	fmt.Fprintf(&b, " of %d", c.multis)
	return b.String()
}

// TestNoAnswerCues fails when the built-in bank lets a student pick the
// right answer by its length, its place or, in multiple-answer items, by
// how many are usually right.
func TestNoAnswerCues(t *testing.T) {
	b := builtinBank(t)
	c := measure(b.Questions)
	t.Logf("cue statistics of the built-in bank:\n%s", c)
	if share := float64(c.longestRight) / float64(c.singles); share > maxLongestRight || share < minLongestRight {
		t.Errorf("the right answer is the longest choice in %.0f %% of single-choice items; want %.0f %% to %.0f %%", 100*share, 100*minLongestRight, 100*maxLongestRight)
	}
	for p, n := range c.positions {
		if share := float64(n) / float64(c.rights); share > maxPositionShare {
			t.Errorf("position %d holds %.0f %% of the right answers in file order; want at most %.0f %%", p+1, 100*share, 100*maxPositionShare)
		}
	}
	for n, k := range c.rightCount {
		if share := float64(k) / float64(c.multis); share > maxRightCountShare {
			t.Errorf("%d of %d multiple-answer items have exactly %d right choices; want at most %.0f %%", k, c.multis, n, 100*maxRightCountShare)
		}
	}
}

// TestNumericHintsHideTheAnswer: the unit hint of a numeric question never
// shows its answer nor an example the grader would accept.
func TestNumericHintsHideTheAnswer(t *testing.T) {
	for _, q := range builtinBank(t).Questions {
		if q.Type != quiz.NumericType || q.Numeric == nil {
			continue
		}
		n := q.Numeric
		exact := n.Availability.String()
		if n.Kind == quiz.Duration {
			exact = calc.FormatDuration(n.Duration)
		}
		if strings.Contains(n.Unit, strings.TrimSuffix(exact, "%")) {
			t.Errorf("%s: the hint %q contains the answer %s", q.ID, n.Unit, exact)
		}
		for _, w := range strings.Fields(n.Unit) {
			if !strings.ContainsAny(w, "0123456789") {
				continue
			}
			if quiz.Grade(q, quiz.TextResponse(w)).Correct {
				t.Errorf("%s: the hint %q offers %s, which is graded right", q.ID, n.Unit, w)
			}
		}
	}
}

// TestCueMeasure checks the statistics on a made-up bank.
func TestCueMeasure(t *testing.T) {
	ch := func(text string, ok bool) quiz.Choice { return quiz.Choice{Text: text, Correct: ok} }
	c := measure([]quiz.Question{
		{Type: quiz.Single, Choices: []quiz.Choice{ch("long right", true), ch("no", false)}},
		{Type: quiz.Single, Choices: []quiz.Choice{ch("no", false), ch("yes", true), ch("maybe", false)}},
		{Type: quiz.Multi, Choices: []quiz.Choice{ch("a", true), ch("b", true), ch("c", false)}},
		{Type: quiz.TrueFalse},
	})
	if c.singles != 2 || c.longestRight != 1 || c.multis != 1 || c.rightCount[2] != 1 || c.rights != 4 || c.positions[0] != 2 || c.positions[1] != 2 {
		t.Errorf("measured %+v", c)
	}
}

// builtinBank loads the course's own bank.
func builtinBank(t *testing.T) *quiz.Bank {
	t.Helper()
	c, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	b, err := quiz.Load(assets.FS, c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
