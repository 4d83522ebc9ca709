// Package quizline runs a quiz line by line on plain text input and output,
// for screen readers, pipes and scripts: `faultline quiz LESSON
// --accessible` and the accessible course's quizzes and review.
//
// A question is printed as written in the bank; its choices (and the left
// side of a match) one per line, numbered "1. text" in the dealt order; a
// match's right side lettered "a. text". The answer line takes the
// number(s), t or f, a value with its unit, an order as numbers, or pairs
// as "1a 2c"; an empty line skips the question, h shows its hint (noted
// with the answer) and q leaves the quiz. The run ends with
// "Score: X of Y". Grading, dealing and scheduling come from package quiz.
package quizline
