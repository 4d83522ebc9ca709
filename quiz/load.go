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
// in file order. All loaded text is passed through termtext.Clean.
func Load(fsys fs.FS, course *lessons.Course) (*Bank, error) {
	b, err := LoadAll(fsys, course)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// LoadAll is Load for a checker that lists every problem of a deck in one
// run: with the error it also returns a bank holding every question that
// has an id, broken or not, so that quiz blocks naming them are not
// reported missing. That bank is for finding more problems, never for
// asking.
func LoadAll(fsys fs.FS, course *lessons.Course) (*Bank, error) {
	files, err := fs.Glob(fsys, BankGlob)
	if err != nil {
		return nil, err
	}
	ps := &lessons.Problems{}
	order := map[string]int{}
	if course != nil {
		for _, l := range course.Lessons {
			order[l.ID] = l.Order
		}
	}
	seen := map[string]string{}
	var all, broken []Question
	for _, file := range files {
		lesson := strings.TrimSuffix(path.Base(file), ".yaml")
		if _, ok := order[lesson]; !ok {
			ps.Add(file, 0, "no lesson %q in the course: a bank file is named after the lesson it tests (%s)", lesson, strings.Join(courseIDs(course), ", "))
			continue
		}
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			ps.Add(file, 0, "cannot read: %v", err)
			continue
		}
		for _, e := range parseFile(file, lesson, data, ps) {
			if where, dup := seen[e.q.ID]; dup && e.q.ID != "" {
				ps.Add(file, e.line("id"), "question id %q is already used at %s", e.q.ID, where)
				continue
			}
			seen[e.q.ID] = fmt.Sprintf("%s:%d", file, e.q.Line)
			if checkQuestion(&e, course, ps) && !e.broken {
				all = append(all, e.q)
			} else if e.q.ID != "" {
				broken = append(broken, e.q)
			}
		}
	}
	err = ps.Err()
	if err != nil {
		all = append(all, broken...)
	}
	sort.SliceStable(all, func(i, j int) bool { return order[all[i].Lesson] < order[all[j].Lesson] })
	b := NewBank(all)
	b.Warnings = ps.Warnings()
	return b, err
}

// courseIDs lists the course's lesson ids, for messages.
func courseIDs(c *lessons.Course) []string {
	if c == nil {
		return nil
	}
	return c.IDs()
}
