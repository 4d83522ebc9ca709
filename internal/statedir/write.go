package statedir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Failpoint, in tests, is called before each step of WriteFileWith
// ("write", then "rename"); an error it returns makes that step fail.
type Failpoint func(step string) error

// WriteFile replaces the file at path with data so that, whatever
// happens, the file on disk is either the old one or the new one in
// full: a temporary file (mode 0600) in the same directory is written and
// synced, renamed over path, and the directory is synced. The directory
// is made with mode 0700 if missing. On failure the temporary file is
// removed and the old file is left as it was. A symbolic link at path is
// replaced by the file, never written through.
func WriteFile(path string, data []byte) error { return WriteFileWith(path, data, nil) }

// WriteFileWith is WriteFile with a failpoint for tests; nil means none.
func WriteFileWith(path string, data []byte, fail Failpoint) (err error) {
	if fail == nil {
		fail = func(string) error { return nil }
	}
	dir := dirOf(path)
	if err := EnsureDir(dir); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	if err = fail("write"); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = fail("rename"); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	return SyncDir(dir)
}

// WriteNew stores data at path, which must not exist yet, so that path
// either does not exist or holds data in full: a temporary file (mode
// 0600) is written, synced and hard-linked to path, then the directory is
// synced. The directory is made with mode 0700 if missing. If anything
// (a file or a symbolic link) is at path, the error wraps fs.ErrExist and
// path is left alone.
func WriteNew(path string, data []byte) error {
	dir := dirOf(path)
	if err := EnsureDir(dir); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := writeSynced(f, data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Link(tmp, path); err != nil {
		return err
	}
	return SyncDir(dir)
}

// writeSynced makes f private, writes data to it and flushes it to disk.
func writeSynced(f *os.File, data []byte) error {
	if err := f.Chmod(0o600); err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}

// asideLayout is the time stamp in the name of a file moved aside; it has
// no colons so that the name is valid on every file system.
const asideLayout = "20060102T150405Z"

// MoveAside renames the file at path to path.TAG-<UTC time stamp> (adding
// .1, .2, … if that name is taken), syncs the directory and returns the
// new name: an unusable file is kept for the user, never deleted. The
// caller holds the file's lock.
func MoveAside(path, tag string, now time.Time) (string, error) {
	target := freeName(path, tag, now)
	if err := os.Rename(path, target); err != nil {
		return "", err
	}
	return target, SyncDir(dirOf(path))
}

// Backup stores data beside path as path.TAG-<UTC time stamp> (adding .1,
// .2, … if that name is taken), written as WriteNew writes (never over
// another file, whole or not at all), and returns the backup's name. The
// file at path is left as it is.
func Backup(path, tag string, data []byte, now time.Time) (string, error) {
	for range 100 {
		target := freeName(path, tag, now)
		err := WriteNew(target, data)
		if !errors.Is(err, fs.ErrExist) {
			if err != nil {
				return "", err
			}
			return target, nil
		}
		// Another process took the name between the look and the write.
	}
	return "", fmt.Errorf("no free name for a backup of %s", quotePath(path))
}

// freeName is path.TAG-<UTC time stamp>, with .1, .2, … added while that
// name is taken.
func freeName(path, tag string, now time.Time) string {
	base := path + "." + tag + "-" + now.UTC().Format(asideLayout)
	target := base
	for i := 1; ; i++ {
		if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
			return target
		}
		target = fmt.Sprintf("%s.%d", base, i)
	}
}

// dirOf is the directory of path.
func dirOf(path string) string { return filepath.Dir(path) }
