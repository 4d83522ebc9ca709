package content

import (
	"bytes"
	"errors"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
)

// globs are the files of a deck, as the loaders look for them.
var globs = []string{lessons.LessonGlob, lessons.GlossaryGlob, quiz.BankGlob}

// checkText reports deck files that are not UTF-8 text: a binary file or a
// file saved in another encoding would otherwise load as a flood of
// confusing format problems. It returns a warning for every line holding a
// control sequence, which the loaders remove, and the names of the files it
// reported, which the loaders are then not shown.
func checkText(fsys fs.FS, ps *problems) (warnings []lessons.Problem, rejected map[string]bool) {
	rejected = map[string]bool{}
	for _, g := range globs {
		names, err := fs.Glob(fsys, g)
		if err != nil {
			ps.Add(g, 0, "cannot list: %v", err)
			continue
		}
		for _, name := range names {
			data, err := fs.ReadFile(fsys, name)
			n := len(ps.List())
			switch {
			case errors.Is(err, errLeavesDeck):
				ps.Add(name, 0, "%v", errLeavesDeck)
			case err != nil:
				ps.Add(name, 0, "cannot read: %v", err)
			case bytes.IndexByte(data, 0) >= 0:
				ps.Add(name, 0, "looks like a binary file, not text: content files are UTF-8 Markdown or YAML")
			case !utf8.Valid(data):
				ps.Add(name, 0, "is not UTF-8 text: save it as UTF-8")
			default:
				text := strings.ReplaceAll(string(data), "\r\n", "\n") // Windows line ends are fine
				_, lines := termtext.CleanLines(text)
				for _, line := range lines {
					warnings = append(warnings, lessons.Problem{File: name, Line: line, Message: "control sequence removed"})
				}
			}
			if len(ps.List()) > n {
				rejected[name] = true
			}
		}
	}
	return warnings, rejected
}

// withoutFS is a file system without some of its files: they are neither
// listed nor opened.
type withoutFS struct {
	fsys  fs.FS
	names map[string]bool
}

// Open opens name unless it is left out.
func (w withoutFS) Open(name string) (fs.File, error) {
	if w.names[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return w.fsys.Open(name)
}

// ReadDir lists a directory without the files left out.
func (w withoutFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(w.fsys, name)
	kept := entries[:0]
	for _, e := range entries {
		if !w.names[path.Join(name, e.Name())] {
			kept = append(kept, e)
		}
	}
	return kept, err
}
