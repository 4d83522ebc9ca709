package statedir

import (
	"errors"
	"fmt"

	"faultline/internal/termtext"
)

// ErrSymlink is wrapped by the error for a state file or lock file that is
// a symbolic link: faultline never follows one inside its state directory.
var ErrSymlink = errors.New("is a symbolic link")

// ErrNotRegular is wrapped by the error for a state file that is not a
// regular file (a directory, a FIFO, a device).
var ErrNotRegular = errors.New("is not a regular file")

// Error is a problem with one file of the state directory, saying which
// file and what to do about it.
type Error struct {
	// Path is the file.
	Path string
	// Problem says what is wrong, e.g. "is a symbolic link".
	Problem string
	// Advice, if set, says what the user can do.
	Advice string
	// Err is the underlying error, if any.
	Err error
}

func (e *Error) Error() string {
	msg := quotePath(e.Path) + " " + e.Problem
	if e.Advice != "" {
		msg += "; " + e.Advice
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// TooLargeError says a state file is bigger than its reader accepts.
type TooLargeError struct {
	// Path is the file.
	Path string
	// Size is its size in bytes, Limit the most accepted.
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s is %s, more than the %s faultline reads", quotePath(e.Path), Size(e.Size), Size(e.Limit))
}

// Size formats a byte count for people: "812 bytes", "64 KiB", "54.2 MiB".
func Size(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<10))) + " KiB"
	case n < 1<<30:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<20))) + " MiB"
	}
	return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<30))) + " GiB"
}

// trimZero drops a ".0" decimal.
func trimZero(s string) string {
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		return s[:len(s)-2]
	}
	return s
}

// symlinkError is the error for a symbolic link at path.
func symlinkError(path string) error {
	return &Error{Path: path, Problem: "is a symbolic link", Err: ErrSymlink,
		Advice: "faultline does not follow links in its state directory; remove the link (or move the file it points to in its place)"}
}

// quotePath shows a path whole, in double quotes, with anything a terminal
// could act on escaped (termtext.Quote would cut a long path).
func quotePath(path string) string { return `"` + termtext.Neutralize(path) + `"` }
