package quizline

import (
	"bufio"
	"fmt"
	"strings"
	"testing"
	"time"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/internal/quizline/linetest"
	"faultline/quiz"
)

// bank is the built-in question bank, loaded once per test binary.
func bank(t *testing.T) *quiz.Bank {
	t.Helper()
	_, b := coursetest.Course(t)
	return b
}

// TestRunDrivesAWholeQuiz answers every question of a lesson's quiz from
// input lines, right, wrong, skipped and unreadable, and checks the lines
// shown, the feedback, the score and what is saved.
func TestRunDrivesAWholeQuiz(t *testing.T) {
	for _, lesson := range bank(t).Lessons() {
		t.Run(lesson, func(t *testing.T) {
			qs := bank(t).ByLesson(lesson)
			const seed = 7
			// The same seed deals the same session: the cards in the order asked.
			probe := quiz.NewSession(qs, seed)
			var in strings.Builder
			right := 0
			for i := 0; ; i++ {
				c, ok := probe.Current()
				if !ok {
					break
				}
				switch {
				case i == 1:
					in.WriteString("\n") // skipped
				case i%3 == 2:
					in.WriteString("nonsense 99\n") // asked again
					in.WriteString(linetest.Wrong(t, c) + "\n")
					// Self-study: one more try, right or given up; the
					// first try is what counts.
					if i%2 == 0 {
						in.WriteString(linetest.Right(c) + "\n")
					} else {
						in.WriteString("\n")
					}
				default:
					in.WriteString(linetest.Right(c) + "\n")
					right++
				}
				probe.Skip()
			}
			st := progress.NewState()
			save := func(fn func(*progress.State)) error { fn(&st); return nil }
			var out strings.Builder
			at := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
			s, outcome := Run(bufio.NewScanner(strings.NewReader(in.String())), &out, qs, Options{Seed: seed, Now: func() time.Time { return at }, Lesson: lesson, Save: save})
			tally := s.Score()
			text := out.String()
			if outcome != Answered || tally.Correct != right || tally.Answered != len(qs)-1 {
				t.Fatalf("outcome %v, tally %+v; want %d right of %d answered\n%s", outcome, tally, right, len(qs)-1, text)
			}
			if want := fmt.Sprintf("Score: %d of %d\n", right, len(qs)); !strings.HasSuffix(text, want) {
				t.Errorf("the run does not end with %q:\n%s", want, text[max(0, len(text)-300):])
			}
			for _, want := range []string{"Question 1 of", "\n1. ", "Skipped.", "Not quite", "Why: ", quiz.TryOnceMore, "Second try (", quiz.SecondTryNote} {
				if !strings.Contains(text, want) {
					t.Errorf("output lacks %q", want)
				}
			}
			if len(st.Quiz) != len(qs)-1 {
				t.Errorf("%d answers saved for review, want %d (all but the skipped one)", len(st.Quiz), len(qs)-1)
			}
			if sc, ok := st.QuizScore(lesson); !ok || sc.Last.Correct != right || sc.Last.Total != len(qs) {
				t.Errorf("QuizScore = %+v, %v; want %d of %d", sc, ok, right, len(qs))
			}
		})
	}
}

// TestRunEndedEarlyRecordsNoScore checks that input ending mid-quiz, or q, keeps
// the answers given for review and records no score.
func TestRunEndedEarlyRecordsNoScore(t *testing.T) {
	qs := bank(t).ByLesson("fallacies")
	probe := quiz.NewSession(qs, 1)
	c, _ := probe.Current()
	for _, tt := range []struct {
		then string
		want Outcome
	}{{"", Ended}, {"q\n", Left}, {" Q \n", Left}} {
		st := progress.NewState()
		var out strings.Builder
		_, outcome := Run(bufio.NewScanner(strings.NewReader(linetest.Right(c)+"\n"+tt.then)), &out, qs,
			Options{Seed: 1, Lesson: "fallacies", Save: func(fn func(*progress.State)) error { fn(&st); return nil }})
		if outcome != tt.want || strings.Contains(out.String(), "Score:") {
			t.Errorf("then %q: outcome %v (want %v), or printed a score:\n%s", tt.then, outcome, tt.want, out.String())
		}
		if _, ok := st.QuizScore("fallacies"); ok || len(st.Quiz) != 1 {
			t.Errorf("then %q: score recorded %v, %d answers kept; want none and 1", tt.then, ok, len(st.Quiz))
		}
	}
}

// TestReviewHasOneTry: in review a wrong answer is explained at once, as
// on the full screen; in self-study the same answer gets one more try.
func TestReviewHasOneTry(t *testing.T) {
	qs := bank(t).ByLesson("fallacies")[:1]
	c, _ := quiz.NewSession(qs, 1).Current()
	for _, tt := range []struct {
		mode    quiz.Mode
		retried bool
	}{{quiz.Review, false}, {quiz.SelfStudy, true}} {
		st := progress.NewState()
		var out strings.Builder
		input := linetest.Wrong(t, c) + "\n" + linetest.Right(c) + "\n"
		s, outcome := Run(bufio.NewScanner(strings.NewReader(input)), &out, qs,
			Options{Seed: 1, Mode: tt.mode, Save: func(fn func(*progress.State)) error { fn(&st); return nil }})
		tally := s.Score()
		text := out.String()
		if outcome != Answered || tally.Correct != 0 || tally.Answered != 1 {
			t.Errorf("mode %v: outcome %v, tally %+v; want the wrong first try to count\n%s", tt.mode, outcome, tally, text)
		}
		if got := strings.Contains(text, quiz.TryOnceMore); got != tt.retried {
			t.Errorf("mode %v: offered a second try %v, want %v\n%s", tt.mode, got, tt.retried, text)
		}
		if rec := st.Quiz[c.Question.ID]; rec.Seen != 1 || rec.Correct != 0 {
			t.Errorf("mode %v: record %+v, want the first try saved as wrong", tt.mode, rec)
		}
	}
}

// TestLinesNumberAndLetterAsDealt checks a match question's lines: left
// numbered in the dealt order, right lettered in its shown order.
func TestLinesNumberAndLetterAsDealt(t *testing.T) {
	for _, q := range bank(t).Questions {
		if q.Type != quiz.Match {
			continue
		}
		c := quiz.Deal(q, 3)
		lines := Lines(c)
		if lines[0] != q.Prompt {
			t.Errorf("first line %q, want the prompt as written", lines[0])
		}
		for i, p := range c.Question.Pairs {
			if want := fmt.Sprintf("%d. %s", i+1, p.Left); lines[1+i] != want {
				t.Errorf("line %d = %q, want %q", 1+i, lines[1+i], want)
			}
		}
		n := len(q.Pairs)
		for k, i := range c.RightOrder {
			if want := fmt.Sprintf("%c. %s", 'a'+k, c.Question.Pairs[i].Right); lines[1+n+k] != want {
				t.Errorf("line %d = %q, want %q", 1+n+k, lines[1+n+k], want)
			}
		}
		return
	}
	t.Fatal("no match question in the bank")
}

// TestParseNamesTheBadValue checks that unreadable answers are refused with
// a message naming the value.
func TestParseNamesTheBadValue(t *testing.T) {
	b := bank(t)
	byType := map[quiz.Type]quiz.Card{}
	for _, q := range b.Questions {
		if _, ok := byType[q.Type]; !ok {
			byType[q.Type] = quiz.Deal(q, 1)
		}
	}
	tests := []struct {
		typ  quiz.Type
		line string
		want string
	}{
		{quiz.Single, "9", `"9" is not a number from 1 to`},
		{quiz.Single, "1 2", "Give one number"},
		{quiz.Multi, "x", `"x" is not a number`},
		{quiz.TrueFalse, "yes", `Answer t or f, not "yes"`},
		{quiz.Classify, "1 2", "Give six numbers"},
		{quiz.Classify, "1 2 3 1 1 1", `"3" is not a number from 1 to 2`},
		{quiz.Match, "1z", `There is no pair "1z"`},
		{quiz.Match, "1a", "Item 2 has no letter"},
		{quiz.Match, "\x1b[31m", `Cannot read "\x1b[31m" as a pair`},
	}
	for _, tt := range tests {
		if _, msg := Parse(byType[tt.typ], tt.line); !strings.Contains(msg, tt.want) {
			t.Errorf("Parse(%s, %q) message %q, want %q", tt.typ, tt.line, msg, tt.want)
		}
	}
}

// TestHintBeforeAnswering: h shows the question's hint, as on the full
// screen, and the answer that follows is noted as given after it, in the
// saved record and in the run's end.
func TestHintBeforeAnswering(t *testing.T) {
	var qs []quiz.Question
	for _, q := range bank(t).ByLesson("fallacies") {
		if q.Hint != "" {
			qs = append(qs, q)
			break
		}
	}
	if len(qs) == 0 {
		t.Fatal("no fallacies question has a hint")
	}
	c, _ := quiz.NewSession(qs, 1).Current()
	st := progress.NewState()
	var out strings.Builder
	s, outcome := Run(bufio.NewScanner(strings.NewReader("h\n"+linetest.Right(c)+"\n")), &out, qs,
		Options{Seed: 1, Save: func(fn func(*progress.State)) error { fn(&st); return nil }})
	tally := s.Score()
	text := out.String()
	for _, want := range []string{"Answer (h for a hint, Enter skips, q leaves): ", "Hint: " + qs[0].Hint, quiz.HintedNote, quiz.HintedText(1) + "\nScore: 1 of 1\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if outcome != Answered || tally.Hinted != 1 || tally.Correct != 1 {
		t.Errorf("outcome %v, tally %+v; want one right answer after the hint", outcome, tally)
	}
	if rec := st.Quiz[qs[0].ID]; rec.Hinted != 1 || rec.Correct != 1 {
		t.Errorf("saved record %+v, want it right and hinted", rec)
	}
}
