//go:build !unix

package statedir

import "errors"

// mkfifo is unavailable off Unix.
func mkfifo(string) error { return errors.New("no named pipes") }
