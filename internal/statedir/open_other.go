//go:build !unix

package statedir

import "os"

// LocksAcrossProcesses reports whether Acquire excludes other processes,
// not only other goroutines that share a lock by other means.
const LocksAcrossProcesses = false

// openFile opens path with flag after checking that it is not a symbolic
// link (without O_NOFOLLOW the check and the open are not one step).
func openFile(path string, flag int, perm os.FileMode) (*os.File, error) {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		return nil, symlinkError(path)
	}
	return os.OpenFile(path, flag, perm)
}

// lockFile does nothing where flock is unavailable.
func lockFile(*os.File) error { return nil }

// unlockFile does nothing where flock is unavailable.
func unlockFile(*os.File) error { return nil }

// SyncDir does nothing where directories cannot be synced.
func SyncDir(string) error { return nil }
