package classroom

import "errors"

// Errors returned by Hub.Join and Hub.Answer.
var (
	// ErrFull: MaxStudents sessions are already connected.
	ErrFull = errors.New("classroom: the lecture is full")
	// ErrEnded: the lecture is over (Hub.Close was called).
	ErrEnded = errors.New("classroom: the lecture has ended")
	// ErrChoice: the choice is not one of the question's.
	ErrChoice = errors.New("classroom: no such choice")
	// ErrClosed: the presenter closed the question or revealed its
	// answer; answers are no longer taken.
	ErrClosed = errors.New("classroom: answers are closed")
	// ErrNoQuestion: no question with this ID has been published.
	ErrNoQuestion = errors.New("classroom: no such question")
	// ErrNotJoined: the student is nil or has left.
	ErrNotJoined = errors.New("classroom: not joined")
)
