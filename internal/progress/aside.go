package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// corruptLayout is the time stamp in the name of a file moved aside; it has
// no colons so that the name is valid on every file system.
const corruptLayout = "20060102T150405Z"

// moveAside renames the unusable progress file to
// progress.json.corrupt-<timestamp> (adding .1, .2, … if that name is
// taken) and returns the notice for the student. The caller holds the lock.
func (s *Store) moveAside(bad *unreadableError) (Notice, error) {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	base := s.path + ".corrupt-" + now().UTC().Format(corruptLayout)
	target := base
	for i := 1; ; i++ {
		if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
			break
		}
		target = fmt.Sprintf("%s.%d", base, i)
	}
	if err := os.Rename(s.path, target); err != nil {
		return "", fmt.Errorf("%w; moving it aside failed: %w", bad, err)
	}
	if err := syncDir(filepath.Dir(s.path)); err != nil {
		return "", fmt.Errorf("progress: %w", err)
	}
	return Notice(fmt.Sprintf("progress file %s (%v); moved it to %s; starting fresh", bad.what, bad.err, target)), nil
}
