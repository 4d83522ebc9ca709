package classroom

import (
	"sync"
	"time"
)

// Student is one connected student session, made by Hub.Join.
type Student struct {
	name   string
	key    string // name folded for comparison; answers are kept under it
	addr   string
	joined time.Time

	mu   sync.Mutex // guards ch sends and close, last and gone
	ch   chan Frame
	last uint64 // Seq of the newest frame delivered
	gone bool   // Leave was called; ch is closed
}

// Frames returns the student's frames: a one-slot channel that always holds
// the newest frame not yet received. A student who joins late finds the
// current frame there at once; one who reads slowly skips straight to the
// latest. After the Closing frame nothing more is sent. The channel is closed
// by Hub.Leave.
func (s *Student) Frames() <-chan Frame { return s.ch }

// Name returns the student's display name: sanitised and unique among the
// students connected when they joined.
func (s *Student) Name() string { return s.name }

// Addr returns the remote address the student joined from.
func (s *Student) Addr() string { return s.addr }

// Joined returns when the student joined, by the Hub's clock.
func (s *Student) Joined() time.Time { return s.joined }

// deliver puts f in the student's slot, replacing a frame not yet read. It
// never blocks: the only senders hold s.mu, and the slot is emptied first.
// Frames older than one already delivered are dropped, so a student never
// goes back in time.
func (s *Student) deliver(f Frame) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gone || f.Seq <= s.last {
		return
	}
	select {
	case <-s.ch:
	default:
	}
	select {
	case s.ch <- f:
		s.last = f.Seq
	default:
	}
}

// leave closes the student's channel once.
func (s *Student) leave() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gone {
		return
	}
	s.gone = true
	close(s.ch)
}

// left reports whether the student has left.
func (s *Student) left() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gone
}
