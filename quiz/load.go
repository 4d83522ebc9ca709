package quiz

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"faultline/lessons"
)

// BankGlob matches the bank files inside the file system given to Load.
const BankGlob = "quizzes/*.yaml"

// Load reads every quizzes/LESSON.yaml file in fsys, checks it against
// course and computes numeric answers with calc. If anything breaks the bank
// format it returns a nil Bank and a *lessons.Error listing every problem as
// FILE:LINE: problem. Questions come in course order of their lessons, then
// in file order. All loaded text is passed through lessons.Sanitize.
func Load(fsys fs.FS, course *lessons.Course) (*Bank, error) {
	files, err := fs.Glob(fsys, BankGlob)
	if err != nil {
		return nil, err
	}
	ps := &problems{}
	order := map[string]int{}
	if course != nil {
		for _, l := range course.Lessons {
			order[l.ID] = l.Order
		}
	}
	seen := map[string]string{}
	var all []Question
	for _, file := range files {
		lesson := strings.TrimSuffix(path.Base(file), ".yaml")
		if _, ok := order[lesson]; !ok {
			ps.add(file, 0, "no lesson %q in the course: a bank file is named after the lesson it tests (%s)", lesson, strings.Join(courseIDs(course), ", "))
			continue
		}
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			ps.add(file, 0, "cannot read: %v", err)
			continue
		}
		for _, e := range parseFile(file, lesson, data, ps) {
			if where, dup := seen[e.q.ID]; dup && e.q.ID != "" {
				ps.add(file, e.line("id"), "question id %q is already used at %s", e.q.ID, where)
				continue
			}
			seen[e.q.ID] = fmt.Sprintf("%s:%d", file, e.q.Line)
			if checkQuestion(&e, course, ps) && !e.broken {
				all = append(all, e.q)
			}
		}
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	sort.SliceStable(all, func(i, j int) bool { return order[all[i].Lesson] < order[all[j].Lesson] })
	return NewBank(all), nil
}

// courseIDs lists the course's lesson ids, for messages.
func courseIDs(c *lessons.Course) []string {
	if c == nil {
		return nil
	}
	return c.IDs()
}

// problems collects the problems found while a bank is loaded.
type problems struct {
	list []lessons.Problem
}

// add records a problem at file:line.
func (ps *problems) add(file string, line int, format string, args ...any) {
	ps.list = append(ps.list, lessons.Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// err returns nil if nothing was recorded, or a *lessons.Error holding the
// problems sorted by file and line.
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
	return &lessons.Error{Problems: ps.list}
}
