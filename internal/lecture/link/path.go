package link

import (
	"os"
	"path/filepath"

	"faultline/internal/progress"
)

// SocketName is the file name of the presenter's socket.
const SocketName = "lecture.sock"

// DefaultSocketPath returns where the presenter listens:
// $XDG_RUNTIME_DIR/faultline/lecture.sock when XDG_RUNTIME_DIR is set to an
// absolute path, else lecture.sock beside faultline's progress file (see
// progress.DefaultPath).
func DefaultSocketPath() (string, error) {
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "faultline", SocketName), nil
	}
	p, err := progress.DefaultPath()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(p), SocketName), nil
}
