package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"faultline/calc"
	"faultline/internal/termtext"
)

// usageError is bad input on the command line: a subcommand exits 2 with
// one line on stderr and nothing on stdout.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// badInput wraps a message as a usageError.
func badInput(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitCode maps an error from a command to the process's exit status:
// 0 for none, 2 for bad input, 1 for anything else.
func exitCode(err error) int {
	var ue usageError
	var ie *calc.InputError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue), errors.As(err, &ie):
		return 2
	}
	return 1
}

// quotePath returns err's message with the path of the file error inside
// it, if any, quoted by termtext.Quote: os errors print the path as typed,
// escape sequences and all.
func quotePath(err error) string {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" {
		msg = strings.Replace(msg, pe.Op+" "+pe.Path+":", pe.Op+" "+termtext.Quote(pe.Path)+":", 1)
	}
	return msg
}

// forFlag names the flag a calc value came from in its message, so that
// `--window ”` says `invalid --window "": it is empty` rather than
// `invalid duration ""`. Other errors are returned as they are.
func forFlag(flag string, err error) error {
	var ie *calc.InputError
	if errors.As(err, &ie) {
		named := *ie
		named.What = "--" + flag
		return &named
	}
	return err
}
