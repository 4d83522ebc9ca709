package main

import (
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// env is what a command may touch of the outside world; tests replace it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	environ        []string
	// isTerminal reports whether stdin and stdout are both terminals.
	isTerminal bool
}

func newEnv() env {
	return env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		environ:    os.Environ(),
		isTerminal: term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd()),
	}
}

// getenv returns the value of key in e.environ.
func (e env) getenv(key string) string {
	for _, kv := range e.environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// noColor reports whether NO_COLOR is set to any non-empty value.
func (e env) noColor() bool { return e.getenv("NO_COLOR") != "" }

// colorWriter wraps stdout so that styled text is downsampled to what the
// terminal supports, and stripped to plain text when stdout is not a
// terminal or NO_COLOR is set.
func (e env) colorWriter() *colorprofile.Writer {
	w := colorprofile.NewWriter(e.stdout, e.environ)
	if e.noColor() {
		w.Profile = colorprofile.NoTTY
	}
	return w
}
