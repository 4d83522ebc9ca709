// Package accessible reads the course line by line, for screen readers and
// terminals without a full screen: no alternate screen, no animation, no
// colour, one prompt at a time. Everything the full-screen course offers
// is here: lessons with their checks, quizzes and review, the calculators,
// the glossary and the scenarios.
//
// Every prompt says what it accepts; an empty line or q goes back (in a
// quiz an empty line skips the question and q leaves); the end of input
// ends the session cleanly.
package accessible

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"faultline/internal/progress"
	"faultline/internal/termtext"
	"faultline/quiz"
	"faultline/tui/app"
	"faultline/tui/components/sectionview"
)

// width is the column width text is wrapped to.
const width = 80

// Run lists the lessons and offers the whole course from one menu:
// a lesson by number, its quiz, review, the calculators, the glossary and
// the scenarios. It saves progress as it goes and returns when the student
// types q or input ends.
func Run(in io.Reader, out io.Writer, opt app.Options) error {
	return run(in, out, opt, uint64(time.Now().UnixNano()))
}

// run is Run with the quizzes dealt by seed.
func run(in io.Reader, out io.Writer, opt app.Options, seed uint64) error {
	r := newSession(in, out, opt, seed)
	r.listLessons()
	for {
		r.println("")
		answer, ok := r.ask(r.menuPrompt())
		if !ok || answer == "q" {
			return nil
		}
		if !r.menu(answer) {
			return nil
		}
	}
}

// menu does what answer to the main menu asks; it returns false when
// input ends.
func (r *session) menu(answer string) bool {
	switch answer {
	case "":
		r.listLessons()
		return true
	case "r":
		return r.review("")
	case "n":
		if id, i, ok := r.ctx.Progress.Continue(r.ctx.Course); ok {
			if l, ok := r.ctx.Course.Lesson(id); ok {
				return r.readFrom(l, i)
			}
		}
		return r.read(r.ctx.Course.Lessons[0])
	case "m":
		if r.ctx.Bank == nil || len(r.ctx.Bank.Questions) == 0 {
			r.println("This course has no quiz.")
			return true
		}
		return r.runQuiz("Mixed: every question of the course", r.ctx.Bank.Questions, "", quiz.SelfStudy)
	case "c":
		return r.calculators()
	case "g":
		return r.glossary()
	case "s":
		return r.scenarios()
	}
	quizOf, isQuiz := strings.CutPrefix(answer, "q")
	n, err := strconv.Atoi(strings.TrimSpace(quizOf))
	if err != nil || n < 1 || n > len(r.ctx.Course.Lessons) {
		r.println(fmt.Sprintf("%s is not on the menu; type a lesson number from 1 to %d, n, q and a number for its quiz (q1), m, r, c, g, s, or q to quit.",
			termtext.Quote(answer), len(r.ctx.Course.Lessons)))
		return true
	}
	l := r.ctx.Course.Lessons[n-1]
	if isQuiz {
		return r.quiz(l)
	}
	return r.read(l)
}

// RunQuiz runs one quiz line by line, for `faultline quiz --accessible`:
// the questions due for review when review is set (of lesson only, when
// given), else lesson's quiz, or every question when lesson is empty.
// Questions and choices are dealt with seed.
func RunQuiz(in io.Reader, out io.Writer, opt app.Options, lesson string, review bool, seed uint64) error {
	r := newSession(in, out, opt, seed)
	r.once = true
	switch {
	case review:
		r.review(lesson)
	case lesson != "":
		if l, ok := r.ctx.Course.Lesson(lesson); ok {
			r.quiz(l)
		} else {
			r.runQuiz(lesson, r.ctx.Bank.ByLesson(lesson), lesson, quiz.SelfStudy)
		}
	default:
		r.runQuiz("Mixed: every question of the course", r.ctx.Bank.Questions, "", quiz.SelfStudy)
	}
	return nil
}

// session is one accessible session: where it reads and writes, the
// course and progress, and how it draws text.
type session struct {
	in   *bufio.Scanner
	out  io.Writer
	ctx  *app.Context
	text *sectionview.Renderer // plain: no escape codes
	seed uint64                // deals the quizzes
	once bool                  // one quiz, for a script: it ends with its score
}

// newSession opens the course and progress of opt, telling any notice
// (a progress file moved aside) first.
func newSession(in io.Reader, out io.Writer, opt app.Options, seed uint64) *session {
	ctx, notice := app.NewContext(opt)
	ctx.Plain = true // a screen reader gets text without escape codes
	text := sectionview.New(ctx.Styles, true)
	text.SetBank(ctx.Bank)
	text.SetPrinted(true)
	text.SetSpoken(true)
	r := &session{in: bufio.NewScanner(in), out: out, ctx: ctx, text: text, seed: seed}
	if notice != "" {
		r.println(notice)
	}
	return r
}

// menuPrompt says everything the main menu takes, with where Continue
// leads and how many questions are due.
func (r *session) menuPrompt() string {
	next := "n to start the course"
	if id, i, ok := r.ctx.Progress.Continue(r.ctx.Course); ok {
		if l, ok := r.ctx.Course.Lesson(id); ok {
			next = fmt.Sprintf("n to continue (lesson %d, section %d)", l.Order, i+1)
		}
	}
	if r.ctx.Bank == nil {
		return "Lesson number to read (Enter lists them), " + next + ", c for the calculators, g for the glossary, s for the scenarios, or q to quit: "
	}
	due := len(quiz.Due(r.ctx.Progress.Quiz, r.ctx.Bank, time.Now()))
	return fmt.Sprintf("Lesson number to read (Enter lists them), %s, q and a number for its quiz (q1), m for the mixed quiz, r to review (%d due), c for the calculators, g for the glossary, s for the scenarios, or q to quit: ", next, due)
}

func (r *session) println(s string) { fmt.Fprintln(r.out, s) }

// lines prints each of ls on a line of its own.
func (r *session) lines(ls []string) {
	for _, l := range ls {
		r.println(l)
	}
}

// line prints a prompt and reads one line, trimmed but as typed; ok is
// false at the end of input.
func (r *session) line(prompt string) (string, bool) {
	fmt.Fprint(r.out, prompt)
	if !r.in.Scan() {
		r.println("")
		return "", false
	}
	return strings.TrimSpace(r.in.Text()), true
}

// ask is line, lower-cased: for menus and choices.
func (r *session) ask(prompt string) (string, bool) {
	s, ok := r.line(prompt)
	return strings.ToLower(s), ok
}

// pick lists items numbered under title and asks for the number of one
// (what names an item: "a calculator"). It returns the index picked, or −1
// when the student goes back (ok) or input ends (not ok); a bad answer is
// named and asked again.
func (r *session) pick(title, what string, items []string) (index int, ok bool) {
	r.println("")
	r.println(title + ":")
	for i, item := range items {
		r.println(fmt.Sprintf("%d. %s", i+1, item))
	}
	for {
		answer, ok := r.ask(fmt.Sprintf("%s number, 1 to %d, or Enter or q to go back: ", strings.ToUpper(what[:1])+what[1:], len(items)))
		switch {
		case !ok:
			return -1, false
		case isBack(answer):
			return -1, true
		}
		if n, err := strconv.Atoi(answer); err == nil && n >= 1 && n <= len(items) {
			return n - 1, true
		}
		r.println(fmt.Sprintf("%s is not a %s: type a number from 1 to %d, or Enter or q to go back.", termtext.Quote(answer), what, len(items)))
	}
}

// isBack reports whether an answer asks to go back: an empty line or q.
func isBack(answer string) bool { return answer == "" || strings.EqualFold(answer, "q") }

// update applies fn to the saved progress, or to the progress in memory
// when there is no store.
func (r *session) update(fn func(*progress.State)) error {
	if r.ctx.Store == nil {
		fn(&r.ctx.Progress)
		return nil
	}
	st, err := r.ctx.Store.Update(fn)
	if err == nil {
		r.ctx.Progress = st
	}
	return err
}
