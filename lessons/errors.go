package lessons

import (
	"fmt"
	"sort"
	"strings"
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

// problems collects Problems while a course is loaded.
type problems struct {
	list []Problem
}

// add records a problem at file:line.
func (ps *problems) add(file string, line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// err returns nil if nothing was recorded, or an *Error holding the problems
// sorted by file and line.
func (ps *problems) err() error {
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
