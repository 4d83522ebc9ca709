//go:build unix

package statedir

import (
	"errors"
	"os"
	"syscall"
)

// LocksAcrossProcesses reports whether Acquire excludes other processes,
// not only other goroutines that share a lock by other means.
const LocksAcrossProcesses = true

// openFile opens path with flag, never following a symbolic link as the
// last element (O_NOFOLLOW), and without blocking on a FIFO. A link is
// refused with an error wrapping ErrSymlink.
func openFile(path string, flag int, perm os.FileMode) (*os.File, error) {
	f, err := os.OpenFile(path, flag|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_CLOEXEC, perm)
	if err == nil {
		return f, nil
	}
	// Linux says ELOOP, some BSDs EMLINK or EFTYPE: ask the file itself.
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
		return nil, symlinkError(path)
	}
	return nil, err
}

// lockFile takes an exclusive flock on f, waiting for other holders.
func lockFile(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// unlockFile releases the flock on f.
func unlockFile(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}

// SyncDir flushes dir's entries to disk so a rename or link in it
// survives a crash. File systems that cannot sync a directory are not an
// error.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return err
	}
	return nil
}
