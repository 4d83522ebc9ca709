// Package quiz is faultline's question bank: loading and checking the YAML
// banks under quizzes/, grading answers of every question type, running a
// quiz session and scheduling spaced review.
//
// Load reads quizzes/LESSON.yaml files from any fs.FS, computes every numeric
// answer with the calc package (answers are never typed into a bank) and
// reports every problem as FILE:LINE: problem in a *lessons.Error.
//
// Deal is the one place a question's choices, items and match sides are
// put in the order shown and lettered (with Letter): the order depends only
// on the question's id and a seed, and every screen that shows a question
// outside a quiz session (a lesson's card, the question opened live from
// it, the lecture's card, the classroom, the handout) deals with ShownSeed,
// so all of them show the same letters. Sessions deal with their own seed.
//
// Everything here is pure: no I/O beyond the fs.FS given to Load, no terminal,
// and no clock — functions that need the time take it as an argument.
//
// The built-in bank is held to cue limits by its tests: the right answer of
// a single-choice item is the longest choice in 15 to 35% of items, no
// position holds more than 40% of right answers in file order, and no
// count of right choices covers more than half the multiple-answer items,
// which may have anything from one right choice to all of them right.
package quiz
