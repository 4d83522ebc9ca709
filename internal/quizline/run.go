package quizline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"faultline/internal/progress"
	"faultline/internal/termtext"
	"faultline/quiz"
)

// Options are what a run needs besides its questions.
type Options struct {
	// Seed fixes the order of the questions and of their choices.
	Seed uint64
	// Now is the clock answers are scheduled by; nil means time.Now.
	Now func() time.Time
	// Lesson is the lesson whose quiz this is: a run taken to the end saves
	// its score. Empty for review and mixed quizzes.
	Lesson string
	// Mode decides the rules, as on the full screen: self-study (the zero
	// value) gives a wrong answer one more try, review does not.
	Mode quiz.Mode
	// Save applies a change to the saved progress; nil saves nothing.
	// The error, if any, is told to the student and the quiz goes on.
	Save func(func(*progress.State)) error
}

// now is the clock of the run.
func (o Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// Outcome is how asking one question ended.
type Outcome int

const (
	// Answered: the question was answered or skipped; the session moved on.
	Answered Outcome = iota
	// Left: the student typed q to leave.
	Left
	// Ended: input ended.
	Ended
)

// Run asks questions one by one on in and out and returns the session,
// for its score and mistakes, and how it ended: Answered when every
// question was asked, else Left or Ended before the last (then the answers
// given are saved for review, but no score).
func Run(in *bufio.Scanner, out io.Writer, questions []quiz.Question, opt Options) (*quiz.Session, Outcome) {
	s := NewSession(questions, opt)
	for !s.Done() {
		fmt.Fprintln(out)
		fmt.Fprintf(out, "Question %d of %d\n", s.Position()+1, s.Len())
		if o := Ask(in, out, s, opt); o != Answered {
			if o == Ended {
				fmt.Fprintln(out)
			}
			return s, o
		}
	}
	if a, ok := s.Attempt(opt.now()); ok && opt.Lesson != "" {
		save(out, opt, func(st *progress.State) { st.RecordAttempt(opt.Lesson, a) })
	}
	t := s.Score()
	fmt.Fprintln(out)
	if t.Hinted > 0 {
		fmt.Fprintln(out, quiz.HintedText(t.Hinted))
	}
	fmt.Fprintf(out, "Score: %d of %d\n", t.Correct, t.Total)
	return s, Answered
}

// NewSession deals questions with opt's seed and its mode's rules.
func NewSession(questions []quiz.Question, opt Options) *quiz.Session {
	s := quiz.NewSession(questions, opt.Seed)
	s.AllowSecondTry(opt.Mode.SecondTry())
	return s
}

// Ask asks the current question of s: its lines, then answer lines until
// one is graded (h shows the question's hint first, noted with the answer) (with a second try after a wrong first one, when s allows
// it) or an empty line skips it. A graded first try is saved for review
// (only the first try counts); the feedback and the explanation follow.
// Then s moves to the next question. Ask returns Left when the student
// types q, and Ended when input ends first, leaving s where it was.
func Ask(in *bufio.Scanner, out io.Writer, s *quiz.Session, opt Options) Outcome {
	card, ok := s.Current()
	if !ok {
		return Answered
	}
	for _, l := range Lines(card) {
		fmt.Fprintln(out, l)
	}
	hint := termtext.Clean(card.Question.Hint)
	prompt := "Answer (Enter skips, q leaves): "
	if hint != "" {
		prompt = "Answer (h for a hint, Enter skips, q leaves): "
	}
	for {
		fmt.Fprint(out, prompt)
		if !in.Scan() {
			return Ended
		}
		line := in.Text()
		switch word := strings.ToLower(strings.TrimSpace(line)); {
		case word == "q":
			return Left
		case word == "h" && hint != "" && !s.SecondTry():
			// Before the first answer, as on the full screen; it is
			// noted with the answer that follows.
			s.UseHint()
			fmt.Fprintln(out, "Hint: "+hint)
			prompt = "Answer (Enter skips, q leaves): "
			continue
		}
		if trimmed := termtext.Clean(line); len(trimmed) == 0 || isBlank(trimmed) {
			if s.SecondTry() {
				// Giving up the second try: the first stands, explained.
				first, _ := s.Result()
				feedback(out, card, first)
				if s.Hinted() {
					fmt.Fprintln(out, quiz.HintedNote)
				}
				s.Skip()
				return Answered
			}
			fmt.Fprintln(out, "Skipped.")
			s.Skip()
			return Answered
		}
		r, msg := Parse(card, line)
		if msg != "" {
			fmt.Fprintln(out, msg)
			continue
		}
		second := s.SecondTry()
		res := s.Answer(r)
		if !second && (!res.Retry || s.SecondTry()) {
			first, _ := s.Result()
			id, correct, hinted, at := card.Question.ID, first.Correct, s.Hinted(), opt.now()
			save(out, opt, func(st *progress.State) { st.SetRecord(id, quiz.ScheduleAnswer(st.Quiz[id], correct, hinted, at)) })
		}
		if res.Retry {
			// Unreadable for grading, or a wrong first try: ask again.
			fmt.Fprintln(out, res.Feedback)
			if s.SecondTry() {
				prompt = "Second try (Enter shows the answer, q leaves): "
			}
			continue
		}
		feedback(out, card, res)
		if second {
			fmt.Fprintln(out, quiz.SecondTryNote)
		}
		if s.Hinted() {
			fmt.Fprintln(out, quiz.HintedNote)
		}
		s.Next()
		return Answered
	}
}

// isBlank reports whether s holds only spaces and tabs.
func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' {
			return false
		}
	}
	return true
}

// feedback says right or wrong, the answer in the terms of the lines, and
// why.
func feedback(out io.Writer, card quiz.Card, res quiz.Result) {
	q := card.Question
	switch {
	case res.Correct:
		fmt.Fprintln(out, res.Feedback)
	case q.Type == quiz.Single || q.Type == quiz.Multi:
		// The grade names choices by letter; here they are numbered.
		verdict := "Not quite."
		if res.Score > 0 {
			verdict = fmt.Sprintf("Not quite: %.0f%% credit.", res.Score*100)
		}
		fmt.Fprintf(out, "%s The answer is %s\n", verdict, solution(card))
	case q.Type == quiz.Order || q.Type == quiz.Match:
		fmt.Fprintf(out, "%s The answer is %s.\n", res.Feedback, solution(card))
	default:
		fmt.Fprintln(out, res.Feedback)
	}
	fmt.Fprintln(out, "Why: "+termtext.Clean(q.Explanation))
}

// save applies fn to the saved progress, telling the student when it fails.
func save(out io.Writer, opt Options, fn func(*progress.State)) {
	if opt.Save == nil {
		return
	}
	if err := opt.Save(fn); err != nil {
		fmt.Fprintln(out, "Could not save your answer: "+err.Error())
	}
}
