package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"faultline/internal/statedir"
)

// ErrNewerVersion is returned when the progress file was written by a newer
// faultline. The file is left untouched so that the newer faultline can
// still read it.
var ErrNewerVersion = errors.New("progress file was written by a newer faultline")

// Notice is a message for the student about something the store did on
// their behalf, such as moving a corrupt file aside. Empty means nothing
// happened worth telling.
type Notice string

// Store reads and writes one progress file. Its methods are safe to call
// from several goroutines, and Update is safe against other processes using
// the same file.
type Store struct {
	path string

	// Now gives the time used to name a corrupt file when it is moved
	// aside; nil means time.Now. It is read nowhere else.
	Now func() time.Time

	mu     sync.Mutex // serializes this Store's updates and guards notice
	notice Notice

	// failpoint, when set (only by tests), is called before each step of a
	// save; an error it returns makes that step fail.
	failpoint func(step string) error
}

// Open returns a store for the progress file at path. Nothing is read or
// created until Load or Update is called.
func Open(path string) *Store {
	return &Store{path: path}
}

// Path returns the path of the progress file.
func (s *Store) Path() string { return s.path }

// Load reads the saved state. A missing file gives a fresh State and no
// error. A corrupt or unreadable file is moved aside, a fresh State is
// returned and the Notice says where the old file went.
func (s *Store) Load() (State, Notice, error) {
	st, err := readState(s.path)
	var bad *unreadableError
	if !errors.As(err, &bad) {
		return st, "", err
	}
	// Move the file aside only while holding the lock, and only if it is
	// still bad: another process may have just replaced it with good data.
	var notice Notice
	err = s.locked(func() error {
		var err error
		st, notice, err = s.readOrRecover()
		return err
	})
	if err != nil {
		return State{}, "", err
	}
	return st, notice, nil
}

// Update applies fn to the state on disk and saves the result atomically.
// It holds an exclusive lock on the sibling file progress.json.lock from
// before it reads the file until after the new file is in place, so fn
// always sees the latest saved state and concurrent updates, from this or
// another process, never undo each other. If the file on disk is corrupt it
// is moved aside, fn is applied to a fresh State, and the notice is kept for
// TakeNotice. Update returns the state as saved.
func (s *Store) Update(fn func(*State)) (State, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var saved State
	err := s.locked(func() error {
		st, notice, err := s.readOrRecover()
		if err != nil {
			return err
		}
		if notice != "" {
			s.notice = notice
		}
		fn(&st)
		st.normalize()
		st.Version = Version
		data, err := json.MarshalIndent(st, "", "  ")
		if err != nil {
			return fmt.Errorf("progress: encode %s: %w", s.path, err)
		}
		if len(data)+1 > MaxFileSize {
			// Saving it would make the next start move it aside unread.
			return fmt.Errorf("progress: not saved: %s would take %s, more than the %s faultline reads; the saved file is unchanged",
				s.path, statedir.Size(int64(len(data)+1)), statedir.Size(MaxFileSize))
		}
		if err := s.writeAtomic(append(data, '\n')); err != nil {
			return err
		}
		saved = st
		return nil
	})
	return saved, err
}

// TakeNotice returns the notice left by the most recent Update that had to
// move a corrupt file aside, and clears it so it is shown only once.
func (s *Store) TakeNotice() Notice {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.notice
	s.notice = ""
	return n
}

// locked runs fn while holding the exclusive lock on the progress file
// (statedir.Acquire on progress.json.lock), creating the state directory
// (mode 0700) if needed. A symbolic link as lock file is refused.
func (s *Store) locked(fn func() error) error {
	l, err := statedir.Acquire(s.path + ".lock")
	if err != nil {
		return fmt.Errorf("progress: %w", err)
	}
	defer l.Release()
	return fn()
}

// readOrRecover reads the state and, if the file is corrupt or unreadable,
// moves it aside and returns a fresh state with a notice. The caller holds
// the lock.
func (s *Store) readOrRecover() (State, Notice, error) {
	st, err := readState(s.path)
	var bad *unreadableError
	if !errors.As(err, &bad) {
		return st, "", err
	}
	notice, err := s.moveAside(bad)
	if err != nil {
		return State{}, "", err
	}
	return NewState(), notice, nil
}
