package content

import (
	"fmt"
	"io/fs"
)

// MaxFileSize is the largest content file a deck may hold, in bytes. A
// lesson is a few kilobytes; anything near this limit is a mistake.
const MaxFileSize = 1 << 20

// guardFS serves a folder's regular files of at most MaxFileSize bytes and
// refuses the rest with an error naming what is wrong, before opening them,
// so that a named pipe, a device or a huge file can neither block nor flood
// the loader.
type guardFS struct {
	fsys fs.FS
}

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
	return g.fsys.Open(name)
}

// ReadDir lists a directory of the folder.
func (g guardFS) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(g.fsys, name)
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
