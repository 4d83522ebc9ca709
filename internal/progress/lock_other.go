//go:build !unix

package progress

import "os"

// locksAcrossProcesses reports whether Update excludes other processes
// (and other Stores for the same file), not only its own Store.
const locksAcrossProcesses = false

// lockFile does nothing where flock is unavailable: updates from one Store
// are still serialized by its mutex, but separate processes are not.
func lockFile(*os.File) error { return nil }

// unlockFile does nothing where flock is unavailable.
func unlockFile(*os.File) error { return nil }

// syncDir does nothing where directories cannot be synced.
func syncDir(string) error { return nil }
