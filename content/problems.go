package content

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"

	"faultline/lessons"
)

// problems collects the problems of a deck, with file paths inside it.
type problems struct {
	list []lessons.Problem
}

// add records a problem at file:line.
func (ps *problems) add(file string, line int, format string, args ...any) {
	ps.list = append(ps.list, lessons.Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// addErr records the problems of a loader's error: every problem of a
// *lessons.Error, or the error as a problem of the whole folder.
func (ps *problems) addErr(err error) {
	var le *lessons.Error
	if errors.As(err, &le) {
		ps.list = append(ps.list, le.Problems...)
		return
	}
	ps.add(".", 0, "%v", err)
}

// err returns nil if nothing was recorded, or a *lessons.Error holding the
// problems sorted by file and line, each file path put under dir.
func (ps *problems) err(dir string) error {
	if len(ps.list) == 0 {
		return nil
	}
	out := make([]lessons.Problem, len(ps.list))
	for i, p := range ps.list {
		p.File = inDir(dir, p.File)
		out[i] = p
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return &lessons.Error{Problems: out}
}

// inDir puts a slash path of a deck under the deck's folder, as the
// instructor would type it, safe to print.
func inDir(dir, name string) string {
	if dir == "" {
		return name
	}
	return lessons.Sanitize(filepath.Join(dir, filepath.FromSlash(name)))
}
