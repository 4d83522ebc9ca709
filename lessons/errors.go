package lessons

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"faultline/internal/termtext"
)

// Problem is one thing wrong with a course's files.
type Problem struct {
	// File is the path inside the loaded file system.
	File string
	// Line is the 1-based line the problem is on, or 0 for the whole file.
	Line int
	// Message says what is wrong, naming the offending value.
	Message string
}

// String formats the problem as FILE:LINE: message (FILE: message when the
// problem concerns the whole file).
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Message)
}

// Error is returned by Load when the course's files break the format. It
// holds every problem found, not only the first.
type Error struct {
	// Problems are sorted by file, then line.
	Problems []Problem
}

// Error lists the problems one per line, each as FILE:LINE: problem.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Problems collects the problems found while content is loaded, so that
// a loader reports all of them at once. The zero value is ready to use.
type Problems struct {
	list     []Problem
	warnings []Problem
}

// Warn records something changed at file:line that does not stop the load,
// such as a control sequence removed.
func (ps *Problems) Warn(file string, line int, format string, args ...any) {
	ps.warnings = append(ps.warnings, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// Warnings returns the warnings recorded so far, in the order they came.
func (ps *Problems) Warnings() []Problem { return ps.warnings }

// sequenceRemoved is the warning for text that lost a control sequence.
const sequenceRemoved = "control sequence removed"

// cleanValue returns a YAML value, in which escapes such as "\e" can make
// control characters, cleaned by termtext.Clean and trimmed, with a warning
// at file:line when something was removed.
func cleanValue(file string, line int, value string, ps *Problems) string {
	s := termtext.Clean(value)
	if s != value {
		ps.Warn(file, line, sequenceRemoved)
	}
	return strings.TrimSpace(s)
}

// Add records a problem at file:line.
func (ps *Problems) Add(file string, line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// AddErr records every problem of an *Error, or err itself as a problem
// of the whole folder (file ".").
func (ps *Problems) AddErr(err error) {
	var le *Error
	if errors.As(err, &le) {
		ps.list = append(ps.list, le.Problems...)
		return
	}
	ps.Add(".", 0, "%v", err)
}

// Append records problems found elsewhere.
func (ps *Problems) Append(list ...Problem) { ps.list = append(ps.list, list...) }

// List returns the problems recorded so far, in the order they came.
func (ps *Problems) List() []Problem { return ps.list }

// Err returns nil if nothing was recorded, or an *Error holding the
// problems sorted by file and line.
func (ps *Problems) Err() error {
	if len(ps.list) == 0 {
		return nil
	}
	sort.SliceStable(ps.list, func(i, j int) bool {
		a, b := ps.list[i], ps.list[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return &Error{Problems: ps.list}
}
