package quizline

import (
	"bufio"
	"fmt"
	"io"
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
	// Save applies a change to the saved progress; nil saves nothing.
	// The error, if any, is told to the student and the quiz goes on.
	Save func(func(*progress.State)) error
}

// Run asks questions one by one on in and out and returns the final
// tally, or false when input ended before the last question (then the
// answers given are saved for review, but no score).
func Run(in *bufio.Scanner, out io.Writer, questions []quiz.Question, opt Options) (quiz.Tally, bool) {
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	s := quiz.NewSession(questions, opt.Seed)
	say := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	for {
		card, ok := s.Current()
		if !ok {
			break
		}
		say("")
		say("Question %d of %d", s.Position()+1, s.Len())
		for _, l := range Lines(card) {
			say("%s", l)
		}
		res, answered, open := ask(in, out, s, card)
		if !open {
			say("")
			return s.Score(), false
		}
		if !answered {
			say("Skipped.")
			s.Skip()
			continue
		}
		feedback(out, card, res)
		id, correct, at := card.Question.ID, res.Correct, now()
		save(out, opt, func(st *progress.State) { st.SetRecord(id, quiz.Schedule(st.Quiz[id], correct, at)) })
		s.Next()
	}
	if a, ok := s.Attempt(now()); ok && opt.Lesson != "" {
		save(out, opt, func(st *progress.State) { st.RecordAttempt(opt.Lesson, a) })
	}
	t := s.Score()
	say("")
	say("Score: %d of %d", t.Correct, t.Total)
	return t, true
}

// ask reads answer lines until one can be graded or is empty (a skip);
// open is false at the end of input.
func ask(in *bufio.Scanner, out io.Writer, s *quiz.Session, card quiz.Card) (res quiz.Result, answered, open bool) {
	for {
		fmt.Fprint(out, "Answer: ")
		if !in.Scan() {
			return quiz.Result{}, false, false
		}
		line := in.Text()
		if trimmed := termtext.Clean(line); len(trimmed) == 0 || isBlank(trimmed) {
			return quiz.Result{}, false, true
		}
		r, msg := Parse(card, line)
		if msg == "" {
			res = s.Answer(r)
			if !res.Retry {
				return res, true, true
			}
			msg = res.Feedback
		}
		fmt.Fprintln(out, msg)
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
