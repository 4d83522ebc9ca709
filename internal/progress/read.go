package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"

	"faultline/internal/statedir"
)

// unreadableError says the progress file exists but cannot be used: it
// could not be read, or its contents are not progress data.
type unreadableError struct {
	what string // "was corrupt", "was too large" or "could not be read"
	err  error
	tag  string // names the file moved aside: "corrupt" (the default) or "too-large"
}

func (e *unreadableError) Error() string {
	return fmt.Sprintf("progress file %s: %v", e.what, e.err)
}

func (e *unreadableError) Unwrap() error { return e.err }

// readState reads and decodes the file at path. A missing file is a fresh
// state. A symbolic link is refused (statedir never follows one). Other
// I/O errors (for example too many open files) are returned as they are:
// they say nothing about the file, so it must not be moved aside.
func readState(path string) (State, error) {
	data, err := statedir.ReadFile(path, MaxFileSize)
	var big *statedir.TooLargeError
	switch {
	case err == nil:
		return decodeState(data)
	case errors.Is(err, fs.ErrNotExist):
		return NewState(), nil
	case errors.As(err, &big):
		return State{}, &unreadableError{what: "was too large", tag: "too-large",
			err: fmt.Errorf("%s; faultline reads up to %s", statedir.Size(big.Size), statedir.Size(big.Limit))}
	case errors.Is(err, statedir.ErrNotRegular):
		return State{}, &unreadableError{what: "could not be read", err: fmt.Errorf("%s is not a regular file", path)}
	case errors.Is(err, fs.ErrPermission):
		return State{}, &unreadableError{what: "could not be read", err: err}
	}
	return State{}, fmt.Errorf("progress: %w", err)
}

// decodeState turns file contents into a normalized State.
func decodeState(data []byte) (State, error) {
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return State{}, &unreadableError{what: "was corrupt", err: err}
	}
	if st.Version > Version {
		return State{}, fmt.Errorf("%w (version %d, this faultline reads up to %d)", ErrNewerVersion, st.Version, Version)
	}
	if st.Version < 0 {
		return State{}, &unreadableError{what: "was corrupt", err: fmt.Errorf("version %d", st.Version)}
	}
	st.normalize()
	return st, nil
}
