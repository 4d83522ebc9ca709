package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
)

// MaxFileSize is the largest content file a deck may hold, in bytes. A
// lesson is a few kilobytes; anything near this limit is a mistake.
const MaxFileSize = 1 << 20

// guardFS serves a folder's regular files of at most MaxFileSize bytes and
// refuses the rest with an error naming what is wrong, before opening them,
// so that a named pipe, a device or a huge file can neither block nor flood
// the loader. When root is set (the folder fsys serves), a file or folder
// reached through a symbolic link that leads outside root is refused too:
// a deck shared as a folder must not read the instructor's other files.
type guardFS struct {
	fsys fs.FS
	root string
}

// errLeavesDeck refuses a symbolic link to a place outside the deck.
var errLeavesDeck = errors.New("symlink leaves the deck")

// Open opens name if it is a directory or a small enough regular file.
func (g guardFS) Open(name string) (fs.File, error) {
	info, err := fs.Stat(g.fsys, name)
	if err != nil {
		return nil, err
	}
	if err := acceptable(info); err != nil {
		// The loaders name the file; the reason alone reads best after it.
		return nil, err
	}
	if err := g.inside(name); err != nil {
		return nil, err
	}
	return g.fsys.Open(name)
}

// ReadDir lists a directory of the folder.
func (g guardFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := g.inside(name); err != nil {
		return nil, err
	}
	return fs.ReadDir(g.fsys, name)
}

// inside returns errLeavesDeck if name, with every symbolic link on its
// path followed, is outside the root folder. A name that cannot be
// resolved is left to Open to report.
func (g guardFS) inside(name string) error {
	if g.root == "" {
		return nil
	}
	root, err := filepath.EvalSymlinks(g.root)
	if err != nil {
		return nil
	}
	real, err := filepath.EvalSymlinks(filepath.Join(g.root, filepath.FromSlash(name)))
	if err != nil {
		return nil
	}
	if rel, err := filepath.Rel(root, real); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return errLeavesDeck
	}
	return nil
}

// acceptable reports why a file may not be loaded, or nil.
func acceptable(info fs.FileInfo) error {
	switch {
	case info.IsDir():
		return nil
	case !info.Mode().IsRegular():
		return fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	case info.Size() > MaxFileSize:
		return fmt.Errorf("%d bytes is too large: content files are limited to %d bytes (1 MiB)", info.Size(), MaxFileSize)
	}
	return nil
}
