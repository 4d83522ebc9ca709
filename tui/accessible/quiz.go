package accessible

import (
	"fmt"
	"time"

	"faultline/internal/quizline"
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
// lesson whose quiz it is, so a run to the end saves its score. It returns
// false when input ends.
func (r *session) runQuiz(title string, qs []quiz.Question, lesson string, mode quiz.Mode) bool {
	r.println("")
	r.println(title)
	r.println(fmt.Sprintf("%d questions. An empty answer skips a question; q leaves the quiz.", len(qs)))
	if mode.SecondTry() {
		r.println("A wrong answer gets one more try before the explanation; the first try is the one that counts.")
	}
	_, outcome := quizline.Run(r.in, r.out, qs, quizline.Options{Seed: r.seed, Now: time.Now, Lesson: lesson, Mode: mode, Save: r.update})
	if outcome != quizline.Answered {
		r.println("The quiz ended early: your answers are kept for review, but no score is recorded.")
	}
	return outcome != quizline.Ended
}
