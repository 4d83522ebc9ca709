package link

import (
	"path/filepath"

	"faultline/internal/statedir"
)

// SocketName is the file name of the presenter's socket.
const SocketName = "lecture.sock"

// DefaultSocketPath returns where the presenter listens: SocketName in
// faultline's runtime directory, $XDG_RUNTIME_DIR/faultline when
// XDG_RUNTIME_DIR is set to an absolute path, else the state directory
// (see statedir.RuntimeDir).
func DefaultSocketPath() (string, error) {
	dir, err := statedir.RuntimeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, SocketName), nil
}
