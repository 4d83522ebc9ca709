package quizscreen

import (
	"faultline/quiz"
	"faultline/tui/common"
)

// Start returns the quiz screen a command line asks for: the due questions
// when review is set, else the quiz of lesson, or the mixed quiz over the
// whole bank when lesson is empty. With nothing due, the review screen
// says so. Self-study quizzes allow a second try; review does not.
func Start(ctx *common.Context, bank *quiz.Bank, lesson string, review bool, opt Options) common.Screen {
	opt.SecondTry = quiz.ModeOf(review).SecondTry()
	switch {
	case review:
		qs := quiz.Due(ctx.Progress.Quiz, bank, opt.now())
		if lesson != "" {
			qs = onlyLesson(qs, lesson)
		}
		return New(ctx, "Review", qs, opt)
	case lesson != "":
		title := lesson
		if l, ok := ctx.Course.Lesson(lesson); ok {
			title = l.Title
		}
		opt.Lesson = lesson
		return New(ctx, title, bank.ByLesson(lesson), opt)
	}
	return New(ctx, "Mixed: everything", bank.Questions, opt)
}

// onlyLesson keeps the questions of one lesson.
func onlyLesson(qs []quiz.Question, lesson string) []quiz.Question {
	var out []quiz.Question
	for _, q := range qs {
		if q.Lesson == lesson {
			out = append(out, q)
		}
	}
	return out
}
