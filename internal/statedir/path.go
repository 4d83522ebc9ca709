package statedir

import (
	"errors"
	"os"
	"path/filepath"
)

// EnvDir names the environment variable that, when set, is used as the
// state directory instead of the XDG one (for tests and instructors).
const EnvDir = "FAULTLINE_STATE_DIR"

// Dir returns faultline's state directory: $FAULTLINE_STATE_DIR if set,
// else $XDG_STATE_HOME/faultline, else ~/.local/state/faultline. A
// relative XDG_STATE_HOME is ignored, as the XDG base directory
// specification asks. Nothing is created.
func Dir() (string, error) {
	if dir := os.Getenv(EnvDir); dir != "" {
		return dir, nil
	}
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "faultline"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	if home == "" {
		return "", errors.New("cannot find the home directory; set XDG_STATE_HOME or " + EnvDir)
	}
	return filepath.Join(home, ".local", "state", "faultline"), nil
}

// Path returns the file name in the state directory.
func Path(name string) (string, error) {
	dir, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, name), nil
}

// RuntimeDir returns where faultline puts files that live only while it
// runs (the lecture's notes socket): $XDG_RUNTIME_DIR/faultline when
// XDG_RUNTIME_DIR is an absolute path, else the state directory.
func RuntimeDir() (string, error) {
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "faultline"), nil
	}
	return Dir()
}

// EnsureDir creates dir with mode 0700 (and its parents) if it does not
// exist yet. An existing directory keeps the mode it has; something else
// at dir is an error naming it.
func EnsureDir(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return &Error{Path: dir, Problem: "is not a directory"}
		}
		return nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	// MkdirAll honours the umask; make the mode exactly 0700.
	return os.Chmod(dir, 0o700)
}
