package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"faultline/internal/statedir"
)

// Reset starts the student afresh: under the lock, the progress file as it
// is on disk is copied to progress.json.backup-<time stamp> (see
// statedir.Backup), then replaced atomically by an empty state. It returns
// the fresh state and the backup's path, empty when there was no file to
// keep. If the backup cannot be written nothing is reset.
func (s *Store) Reset(now time.Time) (State, string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fresh := NewState()
	var backup string
	err := s.locked(func() error {
		data, err := statedir.ReadFile(s.path, MaxFileSize)
		var big *statedir.TooLargeError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			// Nothing saved yet: nothing to keep.
		case errors.As(err, &big):
			// Too big to copy through memory: keep the file itself.
			if backup, err = statedir.MoveAside(s.path, "backup", now); err != nil {
				return fmt.Errorf("progress: not reset: keeping a backup of %s failed: %w", s.path, err)
			}
		case err != nil:
			return fmt.Errorf("progress: not reset: %w", err)
		default:
			if backup, err = statedir.Backup(s.path, "backup", data, now); err != nil {
				return fmt.Errorf("progress: not reset: keeping a backup of %s failed: %w", s.path, err)
			}
		}
		out, err := json.MarshalIndent(fresh, "", "  ")
		if err != nil {
			return fmt.Errorf("progress: encode %s: %w", s.path, err)
		}
		return s.writeAtomic(append(out, '\n'))
	})
	if err != nil {
		return State{}, "", err
	}
	return fresh, backup, nil
}
