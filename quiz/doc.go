// Package quiz is faultline's question bank: loading and checking the YAML
// banks under quizzes/, grading answers of every question type, running a
// quiz session and scheduling spaced review.
//
// Load reads quizzes/LESSON.yaml files from any fs.FS, computes every numeric
// answer with the calc package (answers are never typed into a bank) and
// reports every problem as FILE:LINE: problem in a *lessons.Error.
//
// Everything here is pure: no I/O beyond the fs.FS given to Load, no terminal,
// and no clock — functions that need the time take it as an argument.
package quiz
