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
	var all []Question
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
			}
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(all, func(i, j int) bool { return order[all[i].Lesson] < order[all[j].Lesson] })
	b := NewBank(all)
	b.Warnings = ps.Warnings()
	return b, nil
}

// courseIDs lists the course's lesson ids, for messages.
func courseIDs(c *lessons.Course) []string {
	if c == nil {
		return nil
	}
	return c.IDs()
}
