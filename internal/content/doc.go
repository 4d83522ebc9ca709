// Package content loads the lessons and quizzes faultline teaches from: the
// built-in course embedded in the binary, an instructor's own deck in a
// folder, or the deck beside the built-in course.
//
// A deck uses the layout of docs/content.md (lessons/*.md, glossary*.yaml,
// quizzes/*.yaml; the glossary and the quizzes are optional). Load reads it
// with lessons.Load and quiz.Load, then checks what a loader of lessons
// alone cannot: that every live block's arguments compute with calc, name a
// real scenario or name a question of the bank. Every problem is reported as
// FILE:LINE: problem in a *lessons.Error, with the deck's folder in the file
// path so the instructor can find it.
//
// The package is pure: it reads files and draws nothing. All text it returns
// has been passed through termtext.Clean by the loaders it calls.
package content
