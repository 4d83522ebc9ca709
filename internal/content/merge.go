package content

import (
	"io/fs"
	"sort"
	"strings"

	"faultline/lessons"
	"faultline/quiz"
)

// merge puts a deck beside the built-in course: the built-in lessons first,
// then the deck's with their orders moved after the built-in ones; the
// glossaries and banks joined. A deck lesson id or glossary term the
// built-in course already has is recorded in ps, at its line in the deck
// file (paths relative to the deck, as in fsys).
func merge(builtin *lessons.Course, builtinBank *quiz.Bank, deck *lessons.Course, deckBank *quiz.Bank, fsys fs.FS, ps *problems) (*lessons.Course, *quiz.Bank) {
	last := 0
	for _, l := range builtin.Lessons {
		last = max(last, l.Order)
	}
	c := &lessons.Course{Lessons: append([]lessons.Lesson(nil), builtin.Lessons...)}
	for _, l := range deck.Lessons {
		if prev, dup := builtin.Lesson(l.ID); dup {
			ps.Add(l.File, frontMatterLine(fsys, l.File, "id"),
				"lesson id %q is already used by the built-in course's %s; rename it, or drop --with-course to use the deck alone", l.ID, prev.File)
		}
		l.Order += last
		c.Lessons = append(c.Lessons, l)
	}

	terms := map[string]bool{}
	for _, t := range builtin.Glossary {
		terms[strings.ToLower(t.Term)] = true
	}
	c.Glossary = append([]lessons.Term(nil), builtin.Glossary...)
	for _, t := range deck.Glossary {
		if terms[strings.ToLower(t.Term)] {
			file, line := glossaryLine(fsys, t.Term)
			ps.Add(file, line, "glossary term %q is already defined by the built-in course; drop it or drop --with-course", t.Term)
			continue
		}
		c.Glossary = append(c.Glossary, t)
	}
	sort.SliceStable(c.Glossary, func(i, j int) bool {
		return strings.ToLower(c.Glossary[i].Term) < strings.ToLower(c.Glossary[j].Term)
	})

	qs := append(append([]quiz.Question(nil), builtinBank.Questions...), deckBank.Questions...)
	return c, quiz.NewBank(qs)
}

// glossaryLine finds the deck glossary file and line that define term, for
// a message; it falls back to the first glossary file, line 0.
func glossaryLine(fsys fs.FS, term string) (string, int) {
	files, _ := fs.Glob(fsys, lessons.GlossaryGlob)
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			continue
		}
		for i, line := range strings.Split(string(data), "\n") {
			k, v, ok := strings.Cut(strings.TrimLeft(strings.TrimSpace(line), "- "), ":")
			if ok && strings.TrimSpace(k) == "term" && strings.Trim(strings.TrimSpace(v), `"'`) == term {
				return f, i + 1
			}
		}
	}
	if len(files) > 0 {
		return files[0], 0
	}
	return lessons.GlossaryGlob, 0
}
