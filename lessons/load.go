package lessons

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"faultline/internal/termtext"
)

// Where Load looks for content inside its file system.
const (
	// LessonGlob matches the lesson files.
	LessonGlob = "lessons/*.md"
	// GlossaryGlob matches the glossary files at the root; all are merged.
	GlossaryGlob = "glossary*.yaml"
)

// Load reads a course from fsys: every lessons/*.md file and every
// glossary*.yaml file at the root, merged. It checks the whole course and, if
// anything breaks the format of docs/content.md, returns a nil Course and an
// *Error listing every problem as FILE:LINE: problem. All loaded text is
// passed through termtext.Clean.
func Load(fsys fs.FS) (*Course, error) {
	c, err := LoadAll(fsys)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// LoadAll is Load for a checker that lists every problem of a deck in one
// run: with the error it also returns the course as far as it could be
// read, so that the quiz bank and live blocks can be checked against it.
// A lesson whose front matter cannot be read is known there by the id
// its "id:" line seems to give, else by its file name. That course is for finding more problems, never for showing.
func LoadAll(fsys fs.FS) (*Course, error) {
	var ps Problems
	lessonFiles, err := fs.Glob(fsys, LessonGlob)
	if err != nil {
		return nil, fmt.Errorf("listing lessons: %w", err)
	}
	glossaryFiles, err := fs.Glob(fsys, GlossaryGlob)
	if err != nil {
		return nil, fmt.Errorf("listing glossaries: %w", err)
	}
	if len(lessonFiles) == 0 {
		ps.Add("lessons", 0, "no lesson files: want Markdown files matching %s", LessonGlob)
	}

	c := &Course{}
	var metas []lessonMeta
	for _, name := range lessonFiles {
		text, ok := readText(fsys, name, &ps)
		if !ok {
			continue
		}
		l, meta := parseLesson(termtext.Clean(name), text, &ps)
		if l.ID == "" {
			l.ID = guessID(text, l.File)
		}
		c.Lessons = append(c.Lessons, l)
		metas = append(metas, meta)
	}
	checkUnique(c.Lessons, metas, &ps)
	sort.SliceStable(c.Lessons, func(i, j int) bool { return c.Lessons[i].Order < c.Lessons[j].Order })

	var entries []glossaryEntry
	for _, name := range glossaryFiles {
		if text, ok := readText(fsys, name, &ps); ok {
			entries = append(entries, parseGlossary(termtext.Clean(name), text, &ps)...)
		}
	}
	c.Glossary = checkGlossary(c, entries, &ps)

	c.Warnings = ps.Warnings()
	return c, ps.Err()
}

// guessID is the id a lesson whose front matter could not be read seems
// to have: the value of its "id:" line, else its file name without ".md".
func guessID(text, file string) string {
	for i, line := range strings.Split(text, "\n") {
		if i > 0 && strings.TrimSpace(line) == "---" {
			break
		}
		if v, ok := strings.CutPrefix(line, "id:"); ok {
			if id := strings.Trim(strings.TrimSpace(v), `"'`); idPattern().MatchString(id) {
				return id
			}
		}
	}
	return strings.TrimSuffix(path.Base(file), ".md")
}

// readText reads a file as sanitised text, without a leading byte order mark.
func readText(fsys fs.FS, name string, ps *Problems) (string, bool) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		ps.Add(termtext.Clean(name), 0, "cannot read: %v", err)
		return "", false
	}
	// Line by line, so that a sequence left open cannot swallow the file.
	text, _ := termtext.CleanLines(strings.TrimPrefix(string(data), "\uFEFF"))
	return text, true
}

// checkUnique reports lesson ids and orders used by more than one lesson.
// lessons and metas are in file name order.
func checkUnique(lessons []Lesson, metas []lessonMeta, ps *Problems) {
	ids := map[string]Lesson{}
	orders := map[int]Lesson{}
	for i, l := range lessons {
		if l.ID != "" {
			if prev, dup := ids[l.ID]; dup {
				ps.Add(l.File, metas[i].idLine, "lesson id %q is already used by %s", l.ID, prev.File)
			} else {
				ids[l.ID] = l
			}
		}
		if l.Order != 0 {
			if prev, dup := orders[l.Order]; dup {
				ps.Add(l.File, metas[i].orderLine, "order %d is already used by %s", l.Order, prev.File)
			} else {
				orders[l.Order] = l
			}
		}
	}
}
