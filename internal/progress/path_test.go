package progress

import (
	"path/filepath"
	"testing"
)

func TestDefaultPath(t *testing.T) {
	tests := []struct {
		name     string
		stateDir string
		xdg      string
		home     string
		want     string
	}{
		{"home fallback", "", "", "/home/ada", "/home/ada/.local/state/faultline/progress.json"},
		{"xdg state home", "", "/xdg/state", "/home/ada", "/xdg/state/faultline/progress.json"},
		{"relative xdg ignored", "", "rel/state", "/home/ada", "/home/ada/.local/state/faultline/progress.json"},
		{"override wins over xdg", "/class/room", "/xdg/state", "/home/ada", "/class/room/progress.json"},
		{"override without home", "/class/room", "", "", "/class/room/progress.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvStateDir, tt.stateDir)
			t.Setenv("XDG_STATE_HOME", tt.xdg)
			t.Setenv("HOME", tt.home)
			got, err := DefaultPath()
			if err != nil {
				t.Fatal(err)
			}
			if got != filepath.FromSlash(tt.want) {
				t.Errorf("DefaultPath() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDefaultPathNoHome(t *testing.T) {
	t.Setenv(EnvStateDir, "")
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "")
	if got, err := DefaultPath(); err == nil {
		t.Errorf("DefaultPath() = %q, want an error without HOME or XDG_STATE_HOME", got)
	}
}
