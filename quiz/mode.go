package quiz

import "fmt"

// Mode is what a quiz is taken for; it decides the rules the quiz keeps,
// the same on the full screen and line by line.
type Mode int

const (
	// SelfStudy is a lesson's quiz, the mixed quiz or a check inside a
	// lesson: practice, where a wrong answer may be tried once more
	// before it is explained.
	SelfStudy Mode = iota
	// Review asks the questions due for review: one try, since the point
	// is to find out what the student recalls.
	Review
)

// ModeOf is Review when review is set, else SelfStudy.
func ModeOf(review bool) Mode {
	if review {
		return Review
	}
	return SelfStudy
}

// SecondTry reports whether a wrong answer may be tried once more in a
// quiz taken for m (see Session.AllowSecondTry).
func (m Mode) SecondTry() bool { return m == SelfStudy }

// SecondTryNote follows the feedback to a second try.
const SecondTryNote = "That was your second try: the first is the one that counts."

// HintedNote follows the feedback to an answer given after the hint.
const HintedNote = "You answered after the hint; it is noted in your results."

// HintedText says how many answers of a quiz were given after their hint:
// "1 answer given after its hint."
func HintedText(n int) string {
	if n == 1 {
		return "1 answer given after its hint."
	}
	return fmt.Sprintf("%d answers given after their hints.", n)
}
