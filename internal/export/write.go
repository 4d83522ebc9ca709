package export

import (
	"io"
	"strconv"

	"faultline/lessons"
	"faultline/quiz"
)

// Render returns the handout of ls in format f; bank supplies the
// questions of quiz blocks and may be nil when there are none.
func Render(f Format, ls []lessons.Lesson, bank *quiz.Bank) ([]byte, error) {
	switch f {
	case Markdown:
		return []byte(MarkdownText(ls, bank)), nil
	case HTML:
		s, err := HTMLText(ls, bank)
		return []byte(s), err
	}
	_, err := ParseFormat(string(f))
	return nil, err
}

// Write renders the handout of ls in format f and writes it to w. Nothing
// is written when the handout cannot be rendered.
func Write(w io.Writer, f Format, ls []lessons.Lesson, bank *quiz.Bank) error {
	data, err := Render(f, ls, bank)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// itoa formats n in decimal.
func itoa(n int) string { return strconv.Itoa(n) }
