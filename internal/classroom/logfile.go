package classroom

import (
	"errors"
	"io/fs"
	"os"
	"sync"

	"faultline/internal/statedir"
)

// DefaultLogMax is the size at which the classroom's log is rotated: the
// log and its one older file never hold much more than twice this.
const DefaultLogMax = 1 << 20

// Log is an append-only log file that never grows much past its cap:
// once a write would take it over, the file becomes path + ".1" (replacing
// the previous one) and a fresh file is started. It is safe for concurrent
// use.
type Log struct {
	path string
	max  int64

	mu   sync.Mutex
	f    *os.File
	size int64
}

// OpenLog opens the log at path through statedir (0600, no symbolic
// links), appending to what is there, rotating at max bytes; max below 1
// means DefaultLogMax.
func OpenLog(path string, max int64) (*Log, error) {
	if max < 1 {
		max = DefaultLogMax
	}
	l := &Log{path: path, max: max}
	if err := l.open(); err != nil {
		return nil, err
	}
	return l, nil
}

// open opens the current file and learns its size.
func (l *Log) open() error {
	f, err := statedir.OpenAppend(l.path)
	if err != nil {
		return err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	l.f, l.size = f, fi.Size()
	return nil
}

// Write appends p, rotating first if p would take the file past its cap.
// A line is never split between the two files.
func (l *Log) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return 0, fs.ErrClosed
	}
	if l.size > 0 && l.size+int64(len(p)) > l.max {
		if err := l.rotate(); err != nil {
			return 0, err
		}
	}
	n, err := l.f.Write(p)
	l.size += int64(n)
	return n, err
}

// rotate moves the current file to path + ".1" and starts a new one. The
// caller holds mu.
func (l *Log) rotate() error {
	err := l.f.Close()
	l.f = nil
	if rerr := os.Rename(l.path, l.path+".1"); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
		err = errors.Join(err, rerr)
	}
	if oerr := l.open(); oerr != nil {
		return errors.Join(err, oerr)
	}
	return err
}

// Close closes the log; writes after it fail.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
