// Package progress saves a faultline student's progress between runs: which
// lesson sections they have read, which lessons they have completed, where
// they left off, and the history of every quiz question for spaced review.
//
// The state lives in one JSON file under the XDG state directory (see
// DefaultPath). Every write is atomic (a temporary file in the same
// directory, fsync, rename, fsync of the directory) and private (file mode
// 0600, directory 0700). A file that cannot be read or decoded is moved
// aside to progress.json.corrupt-<timestamp> and the student starts afresh
// with a Notice saying so; nothing is ever silently thrown away.
//
// Store.Update holds an exclusive lock on a sibling lock file while it
// re-reads the file, applies a change and writes it back, so two faultline
// processes saving at the same time never lose each other's progress.
//
// The package uses only the standard library and never reads the clock on
// its own: every time stamp is passed in by the caller.
package progress
