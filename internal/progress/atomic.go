package progress

import (
	"fmt"

	"faultline/internal/statedir"
)

// writeAtomic replaces the progress file with data so that, whatever
// happens, the file on disk is either the old one or the new one in full
// (see statedir.WriteFile).
func (s *Store) writeAtomic(data []byte) error {
	if err := statedir.WriteFileWith(s.path, data, s.failpoint); err != nil {
		return fmt.Errorf("progress: save %s: %w", s.path, err)
	}
	return nil
}
