// Package sweep holds only tests: it draws every screen of faultline (the
// course, the calculators, quizzes, scenarios, the lecture, the student's
// view) at every size from below each screen's minimum to 200×60, with
// and without colour, and types hostile text into every text field, and
// fails on any frame that does not fit its window, hides the focused item,
// cuts words without saying so or loses the help line's way out. It is a
// package of its own so that it may open every screen, which screens may
// not do, and so that it runs beside the other packages' tests.
package sweep
