package accessible

import (
	"fmt"
	"strings"
	"time"

	"faultline/internal/lessonend"
	"faultline/internal/quizline"
	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
)

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
// lesson whose quiz it is, so a run to the end saves its score. Taken to
// the end, it offers what the results screen offers: the quiz again, and
// a practice of the questions missed. It returns false when input ends.
func (r *session) runQuiz(title string, qs []quiz.Question, lesson string, mode quiz.Mode) bool {
	return r.takeQuiz(title, qs, lesson, mode, false)
}

// takeQuiz is runQuiz; a practice saves nothing at all.
func (r *session) takeQuiz(title string, qs []quiz.Question, lesson string, mode quiz.Mode, practice bool) bool {
	for {
		r.println("")
		r.println(title)
		r.println(fmt.Sprintf("%s. An empty answer skips a question; q leaves the quiz.", lessonend.Plural(len(qs), "question")))
		if practice {
			r.println("Practice: nothing is recorded, and review comes as scheduled.")
		}
		if mode.SecondTry() {
			r.println("A wrong answer gets one more try before the explanation; the first try is the one that counts.")
		}
		opt := quizline.Options{Seed: r.seed, Now: time.Now, Lesson: lesson, Mode: mode, Save: r.update}
		if practice {
			opt.Lesson, opt.Save = "", nil
		}
		s, outcome := quizline.Run(r.in, r.out, qs, opt)
		r.seed++ // a retake or a practice is dealt afresh
		switch outcome {
		case quizline.Ended:
			r.println("The quiz ended early: your answers are kept for review, but no score is recorded.")
			return false
		case quizline.Left:
			if !practice {
				r.println("The quiz ended early: your answers are kept for review, but no score is recorded.")
			}
			return true
		}
		if r.once {
			return true // a script's quiz ends with its score
		}
		missed := r.listMistakes(s.Mistakes())
		ways := "t to take it again"
		if len(missed) > 0 {
			ways += fmt.Sprintf(", p to practise the %d missed now (nothing is recorded)", len(missed))
		}
		for again := true; again; {
			answer, ok := r.ask("Type " + ways + "; or Enter or q for the menu: ")
			switch {
			case !ok:
				return false
			case isBack(answer):
				return true
			case answer == "t":
				again = false
			case answer == "p" && len(missed) > 0:
				return r.takeQuiz(strings.TrimSuffix(title, " · missed")+" · missed", missed, "", mode, true)
			default:
				r.println(fmt.Sprintf("%s is not an answer here: type %s, or press Enter.", termtext.Quote(answer), map[bool]string{true: "t or p", false: "t"}[len(missed) > 0]))
			}
		}
	}
}

// listMistakes says each question missed with the section behind it, and
// returns the questions.
func (r *session) listMistakes(ms []quiz.Mistake) []quiz.Question {
	if len(ms) == 0 {
		return nil
	}
	r.println(fmt.Sprintf("Missed (%d), with the section that teaches each:", len(ms)))
	qs := make([]quiz.Question, len(ms))
	for i, m := range ms {
		qs[i] = m.Question
		where := m.Question.Section
		if l, s, ok := r.ctx.Course.Resolve(m.Question.Section); ok {
			where = fmt.Sprintf("lesson %d, %s", l.Order, l.Sections[s].Title)
		}
		r.println(fmt.Sprintf("%d. %s (%s)", i+1, strings.Join(strings.Fields(termtext.Clean(m.Question.Prompt)), " "), where))
	}
	return qs
}
