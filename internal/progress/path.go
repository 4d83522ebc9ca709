package progress

import (
	"errors"
	"os"
	"path/filepath"
)

// FileName is the name of the progress file inside the state directory.
const FileName = "progress.json"

// EnvStateDir names the environment variable that, when set, is used as the
// state directory instead of the XDG one (for tests and instructors).
const EnvStateDir = "FAULTLINE_STATE_DIR"

// DefaultPath returns where faultline keeps progress: the file FileName in
// $FAULTLINE_STATE_DIR if set, else in $XDG_STATE_HOME/faultline, else in
// ~/.local/state/faultline. A relative XDG_STATE_HOME is ignored, as the
// XDG base directory specification asks.
func DefaultPath() (string, error) {
	if dir := os.Getenv(EnvStateDir); dir != "" {
		return filepath.Join(dir, FileName), nil
	}
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "faultline", FileName), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	if home == "" {
		return "", errors.New("progress: cannot find the home directory; set XDG_STATE_HOME or " + EnvStateDir)
	}
	return filepath.Join(home, ".local", "state", "faultline", FileName), nil
}
