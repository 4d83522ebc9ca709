// Package accessible reads the course line by line, for screen readers and
// terminals without a full screen: no alternate screen, no animation, no
// colour, one prompt at a time.
package accessible

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"faultline/internal/progress"
	"faultline/internal/quizline"
	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/app"
)

// width is the column width text is wrapped to.
const width = 80

// Run lists the lessons, lets the student pick one by number and reads it
// section by section, saving progress as it goes. It returns when the
// student types q or input ends.
func Run(in io.Reader, out io.Writer, opt app.Options) error {
	ctx, notice := app.NewContext(opt)
	ctx.Plain = true // a screen reader gets text without escape codes
	render := app.NewSectionRenderer(ctx)
	r := &session{in: bufio.NewScanner(in), out: out, ctx: ctx, render: render, seed: uint64(time.Now().UnixNano())}
	if notice != "" {
		r.println(notice)
	}
	for {
		r.listLessons()
		answer, ok := r.ask(r.menuPrompt())
		if !ok || answer == "q" {
			return nil
		}
		if answer == "r" {
			if !r.review("") {
				return nil
			}
			continue
		}
		quizOf, isQuiz := strings.CutPrefix(answer, "q")
		n, err := strconv.Atoi(strings.TrimSpace(quizOf))
		if err != nil || n < 1 || n > len(ctx.Course.Lessons) {
			r.println(fmt.Sprintf("%s is not a lesson number; type 1 to %d to read a lesson, q and a number for its quiz (q1), r for review, or q to quit.",
				termtext.Quote(answer), len(ctx.Course.Lessons)))
			continue
		}
		l := ctx.Course.Lessons[n-1]
		if isQuiz {
			if !r.quiz(l) {
				return nil
			}
			continue
		}
		if !r.read(l) {
			return nil
		}
	}
}

// RunQuiz runs one quiz line by line, for `faultline quiz --accessible`:
// the questions due for review when review is set (of lesson only, when
// given), else lesson's quiz, or every question when lesson is empty.
// Questions and choices are dealt with seed.
func RunQuiz(in io.Reader, out io.Writer, opt app.Options, lesson string, review bool, seed uint64) error {
	ctx, notice := app.NewContext(opt)
	r := &session{in: bufio.NewScanner(in), out: out, ctx: ctx, seed: seed}
	if notice != "" {
		r.println(notice)
	}
	switch {
	case review:
		r.review(lesson)
	case lesson != "":
		if l, ok := ctx.Course.Lesson(lesson); ok {
			r.quiz(l)
		} else {
			r.runQuiz(lesson, ctx.Bank.ByLesson(lesson), lesson, quiz.SelfStudy)
		}
	default:
		r.runQuiz("Mixed: every question of the course", ctx.Bank.Questions, "", quiz.SelfStudy)
	}
	return nil
}

// menuPrompt asks for a lesson, a quiz or review, saying how many
// questions are due.
func (r *session) menuPrompt() string {
	if r.ctx.Bank == nil {
		return "Lesson number, or q to quit: "
	}
	due := len(quiz.Due(r.ctx.Progress.Quiz, r.ctx.Bank, time.Now()))
	return fmt.Sprintf("Lesson number to read, q and a number for its quiz (q1), r to review (%d due), or q to quit: ", due)
}

// quiz runs lesson l's quiz; it returns false when input ends.
func (r *session) quiz(l lessons.Lesson) bool {
	if r.ctx.Bank == nil || len(r.ctx.Bank.ByLesson(l.ID)) == 0 {
		r.println(l.Title + " has no quiz.")
		return true
	}
	return r.runQuiz("Quiz: "+l.Title, r.ctx.Bank.ByLesson(l.ID), l.ID, quiz.SelfStudy)
}

// review asks the questions due for review (of lesson only, when given);
// it returns false when input ends.
func (r *session) review(lesson string) bool {
	var qs []quiz.Question
	if r.ctx.Bank != nil {
		for _, q := range quiz.Due(r.ctx.Progress.Quiz, r.ctx.Bank, time.Now()) {
			if lesson == "" || q.Lesson == lesson {
				qs = append(qs, q)
			}
		}
	}
	if len(qs) == 0 {
		r.println("Nothing is due for review. A missed question comes back a day after you miss it.")
		return true
	}
	return r.runQuiz("Review: questions due", qs, "", quiz.Review)
}

// runQuiz asks qs titled title by mode's rules; lesson, when set, is the
// lesson whose quiz it is, so a run to the end saves its score. It returns
// false when input ends.
func (r *session) runQuiz(title string, qs []quiz.Question, lesson string, mode quiz.Mode) bool {
	r.println("")
	r.println(fmt.Sprintf("%s: %d questions. An empty answer skips a question; q leaves the quiz.", title, len(qs)))
	if mode.SecondTry() {
		r.println("A wrong answer gets one more try before the explanation; the first try is the one that counts.")
	}
	_, outcome := quizline.Run(r.in, r.out, qs, quizline.Options{Seed: r.seed, Now: time.Now, Lesson: lesson, Mode: mode, Save: r.update})
	if outcome != quizline.Answered {
		r.println("The quiz ended early: your answers are kept for review, but no score is recorded.")
	}
	return outcome != quizline.Ended
}

type session struct {
	in     *bufio.Scanner
	out    io.Writer
	ctx    *app.Context
	render app.RenderFunc
	seed   uint64 // deals the quizzes
}

func (r *session) println(s string) { fmt.Fprintln(r.out, s) }

// ask prints a prompt and reads one trimmed, lower-cased line; ok is false
// at the end of input.
func (r *session) ask(prompt string) (string, bool) {
	fmt.Fprint(r.out, prompt)
	if !r.in.Scan() {
		r.println("")
		return "", false
	}
	return strings.ToLower(strings.TrimSpace(r.in.Text())), true
}

func (r *session) listLessons() {
	r.println("")
	r.println("Lessons:")
	for i, l := range r.ctx.Course.Lessons {
		read, done := r.ctx.Progress.LessonSummary(l.ID)
		state := fmt.Sprintf("%d of %d sections read", read, len(l.Sections))
		if done {
			state = "completed"
		}
		if sc, ok := r.ctx.Progress.QuizScore(l.ID); ok {
			state += fmt.Sprintf(", quiz best %d of %d", sc.Best.Correct, sc.Best.Total)
		}
		r.println(fmt.Sprintf("%d. %s (%d minutes, %s). %s", i+1, l.Title, l.Minutes, state, l.Summary))
	}
}

// read pages through a lesson from where the student left off; it returns
// false when input ends.
func (r *session) read(l lessons.Lesson) bool {
	i := r.ctx.Progress.Resume(l.ID, len(l.Sections))
	show := true
	for {
		if show {
			r.showSection(l, i)
		}
		show = true
		last := i == len(l.Sections)-1
		prompt := "Enter for the next section, p for previous, q for the lesson list: "
		if last {
			prompt = "Last section. Enter to finish the lesson, p for previous, q for the lesson list: "
		}
		answer, ok := r.ask(prompt)
		switch {
		case !ok:
			return false
		case answer == "q":
			return true
		case answer == "p" && i == 0:
			r.println("This is the first section; there is none before it.")
			show = false
		case answer == "p":
			i--
		case answer != "":
			r.println(fmt.Sprintf("%q is not an answer here: press Enter, or type p or q.", answer))
			show = false
		case last:
			return r.finish(l)
		default:
			i++
		}
	}
}

// showSection prints section i of l and records it as read.
func (r *session) showSection(l lessons.Lesson, i int) {
	r.println("")
	r.println(fmt.Sprintf("%s, section %d of %d: %s", l.Title, i+1, len(l.Sections), l.Sections[i].Title))
	r.println("")
	r.println(strings.TrimRight(r.render(l, i, width), "\n"))
	r.save(l, i)
	r.println("")
}

func (r *session) save(l lessons.Lesson, i int) {
	mark := func(s *progress.State) { s.MarkRead(l.ID, l.Sections[i].ID, i, len(l.Sections), time.Now()) }
	if err := r.update(mark); err != nil {
		r.println("Could not save progress: " + err.Error())
	}
}

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

// finish ends a lesson read to its last section and offers its quiz; it
// returns false when input ends.
func (r *session) finish(l lessons.Lesson) bool {
	r.println("End of the lesson.")
	if r.ctx.Bank == nil || len(r.ctx.Bank.ByLesson(l.ID)) == 0 {
		return true
	}
	answer, ok := r.ask(fmt.Sprintf("Type y to take its quiz (%d questions), or Enter for the lesson list: ", len(r.ctx.Bank.ByLesson(l.ID))))
	if !ok {
		return false
	}
	if answer == "y" {
		return r.quiz(l)
	}
	return true
}
