package progress

import (
	"fmt"

	"faultline/internal/statedir"
)

// FileName is the name of the progress file inside the state directory.
const FileName = "progress.json"

// EnvStateDir names the environment variable that, when set, is used as the
// state directory instead of the XDG one (for tests and instructors).
const EnvStateDir = statedir.EnvDir

// MaxFileSize is the largest progress file read, in bytes. A whole
// course's progress takes a few tens of KiB; a bigger file is not ours
// and would stall the start, so it is moved aside like a corrupt one.
const MaxFileSize = 1 << 20

// DefaultPath returns where faultline keeps progress: the file FileName in
// the state directory (see statedir.Dir).
func DefaultPath() (string, error) {
	p, err := statedir.Path(FileName)
	if err != nil {
		return "", fmt.Errorf("progress: %w", err)
	}
	return p, nil
}
