package content

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"

	"faultline/assets"
	"faultline/lessons"
	"faultline/quiz"
)

// Builtin loads the course embedded in faultline and its question bank,
// with every live block checked as Load checks a deck's.
func Builtin() (*lessons.Course, *quiz.Bank, error) {
	var ps problems
	course, bank := loadFS(assets.FS, &ps)
	if course != nil {
		ps.Append(Check(course.Lessons, bank)...)
	}
	if err := ps.err(""); err != nil {
		return nil, nil, err
	}
	return course, bank, nil
}

// Load reads the instructor's deck in the folder dir. Without withCourse
// the deck replaces the built-in course; with it, the built-in lessons come
// first and the deck's follow, their orders continuing after the built-in
// ones (a deck's order 1 becomes the built-in course's last order plus one),
// and the glossaries and banks are merged, so a deck's quiz blocks may show
// built-in questions. A deck lesson whose id the built-in course already
// uses is an error naming both files.
//
// Problems come back as a *lessons.Error whose file paths start with dir,
// every problem of the deck in one run: text, lessons, quiz bank and live
// blocks are all checked whatever the others found;
// the deck's lessons and questions carry those paths in their File field.
// Load never panics on any folder: a missing folder, an empty one, binary
// files, files of more than MaxFileSize bytes and files that are not
// regular files are all reported as problems.
func Load(dir string, withCourse bool) (*lessons.Course, *quiz.Bank, error) {
	var ps problems
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		ps.Add("", 0, "no such content folder")
	case err != nil:
		ps.Add("", 0, "cannot open the content folder: %v", err)
	case !info.IsDir():
		ps.Add("", 0, "is not a folder: --content wants a folder holding lessons/*.md")
	}
	if err := ps.err(dir); err != nil {
		return nil, nil, err
	}
	fsys := guardFS{fsys: os.DirFS(dir), root: dir}
	course, bank := loadFS(fsys, &ps)
	if course == nil {
		return nil, nil, ps.err(dir)
	}
	warnings := course.Warnings
	for i := range bank.Questions {
		bank.Questions[i].File = inDir(dir, bank.Questions[i].File)
	}
	first := 0 // index of the deck's first lesson in course.Lessons
	if withCourse {
		builtin, builtinBank, err := Builtin()
		if err != nil {
			return nil, nil, err
		}
		first = len(builtin.Lessons)
		course, bank = merge(builtin, builtinBank, course, bank, fsys, &ps)
	}
	deck := course.Lessons[first:]
	ps.Append(Check(deck, bank)...)
	if err := ps.err(dir); err != nil {
		return nil, nil, err
	}
	for i := range deck {
		deck[i].File = inDir(dir, deck[i].File)
	}
	for i := range warnings {
		warnings[i].File = inDir(dir, warnings[i].File)
	}
	// A raw sequence inside a YAML value is found both in the file's text
	// and in the value: one warning per line.
	sort.SliceStable(warnings, func(i, j int) bool {
		a, b := warnings[i], warnings[j]
		return a.File < b.File || a.File == b.File && a.Line < b.Line
	})
	course.Warnings = slices.Compact(warnings)
	return course, bank, nil
}

// loadFS reads a course and its bank from fsys, recording in ps every
// problem of the files' text, the lessons and the bank. With problems, the
// course and bank are as far as they could be read, for checking further;
// the course is nil only when fsys could not be listed. A file that is not
// text is reported once and then left out, rather than read as a flood of
// format problems.
func loadFS(fsys fs.FS, ps *problems) (*lessons.Course, *quiz.Bank) {
	warnings, rejected := checkText(fsys, ps)
	if len(rejected) > 0 {
		fsys = withoutFS{fsys: fsys, names: rejected}
	}
	course, err := lessons.LoadAll(fsys)
	if err != nil {
		ps.AddErr(err)
	}
	if course == nil {
		return nil, nil
	}
	course.Warnings = append(warnings, course.Warnings...)
	bank, err := quiz.LoadAll(fsys, course)
	if err != nil {
		ps.AddErr(err)
	}
	if bank == nil {
		bank = quiz.NewBank(nil)
	}
	course.Warnings = append(course.Warnings, bank.Warnings...)
	return course, bank
}

// frontMatterLine returns the line of key in a lesson's front matter, or 1
// when it cannot be found.
func frontMatterLine(fsys fs.FS, name, key string) int {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return 1
	}
	for i, line := range strings.Split(string(data), "\n") {
		if i > 0 && strings.TrimSpace(line) == "---" {
			break
		}
		if k, _, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == key {
			return i + 1
		}
	}
	return 1
}
