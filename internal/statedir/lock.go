package statedir

import (
	"fmt"
	"os"
)

// Lock is an exclusive lock held on a lock file.
type Lock struct{ f *os.File }

// Acquire takes an exclusive lock on the lock file at path (by convention
// the state file's name with ".lock" added), creating it with mode 0600,
// and its directory with mode 0700, if needed, and waiting while another
// process holds it. A symbolic link at path is refused, so a planted link
// never creates or touches its target. The lock file is never removed:
// removing it would let two processes lock different files.
func Acquire(path string) (*Lock, error) {
	if err := EnsureDir(dirOf(path)); err != nil {
		return nil, err
	}
	f, err := openFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock file: %w", err)
	}
	fi, err := f.Stat()
	if err == nil {
		err = checkRegular(path, fi)
	}
	if err == nil {
		err = lockFile(f)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock file: %w", err)
	}
	return &Lock{f: f}, nil
}

// Release gives the lock up.
func (l *Lock) Release() error {
	err := unlockFile(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	return err
}
