package link

import (
	"testing"

	"faultline/internal/statedir"
)

func TestDefaultSocketPath(t *testing.T) {
	tests := []struct {
		name, runtime, state, want string
	}{
		{"runtime dir", "/run/user/1000", "/state", "/run/user/1000/faultline/lecture.sock"},
		{"relative runtime dir ignored", "run", "/state", "/state/lecture.sock"},
		{"no runtime dir", "", "/state", "/state/lecture.sock"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("XDG_RUNTIME_DIR", tt.runtime)
			t.Setenv(statedir.EnvDir, tt.state)
			got, err := DefaultSocketPath()
			if err != nil || got != tt.want {
				t.Errorf("DefaultSocketPath() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
