package progress

import (
	"fmt"
	"time"

	"faultline/internal/statedir"
)

// moveAside renames the unusable progress file to
// progress.json.<tag>-<timestamp> (adding .1, .2, … if that name is
// taken; the tag is "corrupt", or "too-large" for a file over
// MaxFileSize) and returns the notice for the student. The caller holds
// the lock.
func (s *Store) moveAside(bad *unreadableError) (Notice, error) {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	tag := bad.tag
	if tag == "" {
		tag = "corrupt"
	}
	target, err := statedir.MoveAside(s.path, tag, now())
	if err != nil {
		return "", fmt.Errorf("%w; moving it aside failed: %w", bad, err)
	}
	return Notice(fmt.Sprintf("Your progress file %s (%v); it is kept as %s, and you start afresh.", bad.what, bad.err, target)), nil
}
