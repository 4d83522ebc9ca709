package link

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"faultline/internal/lecture"
	"faultline/internal/statedir"
)

// ErrPresenting is returned (wrapped) by Listen when another presenter
// already answers on the socket.
var ErrPresenting = errors.New("a presenter is already running")

// writeTimeout is how long one state may take to reach a follower before the
// follower is dropped as stuck. A follower that was dropped reconnects when
// it reads again, and then receives the current state.
var writeTimeout = 10 * time.Second

// Server is the presenter's end of the link. Its methods are safe for
// concurrent use.
type Server struct {
	path    string
	ln      *net.UnixListener
	file    os.FileInfo   // the socket file as created, to remove only our own
	timeout time.Duration // writeTimeout when the server started

	mu      sync.Mutex
	current []byte // the latest state as one JSON line; nil before the first Publish
	clients map[*client]struct{}
	closed  bool

	wg    sync.WaitGroup
	once  sync.Once
	quit  chan struct{}
	close error
}

// client is one connected follower: its connection and a mailbox holding at
// most the latest state not yet written to it.
type client struct {
	conn    net.Conn
	mailbox chan []byte
	done    chan struct{}
}

// Listen starts a presenter's server on the Unix socket at path, creating
// the socket's directory (mode 0700) if it is missing; an existing directory
// keeps its mode. The socket file is made mode 0600. A socket file left
// behind by a presenter that is gone is removed; if a presenter still answers
// on path, Listen fails with an error wrapping ErrPresenting. Listen also
// refuses to remove a file at path that is not a socket.
func Listen(path string) (*Server, error) {
	if err := statedir.EnsureDir(filepath.Dir(path)); err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	if err := removeStale(path); err != nil {
		return nil, err
	}
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	ln.SetUnlinkOnClose(false) // Close removes the file only if it is still ours
	fail := func(err error) (*Server, error) {
		ln.Close()
		os.Remove(path)
		return nil, fmt.Errorf("link: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return fail(err)
	}
	info, err := os.Lstat(path)
	if err != nil {
		return fail(err)
	}
	s := &Server{
		path:    path,
		ln:      ln,
		file:    info,
		timeout: writeTimeout,
		clients: make(map[*client]struct{}),
		quit:    make(chan struct{}),
	}
	s.wg.Add(1)
	go s.accept()
	return s, nil
}

// removeStale removes a socket file at path that nobody answers on. It fails
// if a presenter answers, or if the file is not a socket.
func removeStale(path string) error {
	info, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	if info.Mode()&os.ModeSocket == 0 {
		return fmt.Errorf("link: %s exists and is not a socket; not touching it", path)
	}
	if conn, err := net.DialTimeout("unix", path, time.Second); err == nil {
		conn.Close()
		return fmt.Errorf("link: %w on %s", ErrPresenting, path)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("link: removing stale socket: %w", err)
	}
	return nil
}

// Path returns the socket's path.
func (s *Server) Path() string { return s.path }

// Clients returns the number of connected followers.
func (s *Server) Clients() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.clients)
}

// Publish sends st to every follower and keeps it as the state new followers
// receive first. It never waits for a follower: a follower that has not yet
// taken the previous state gets st in its place.
func (s *Server) Publish(st lecture.State) {
	line, err := json.Marshal(st)
	if err != nil {
		return // a State always encodes; nothing to send otherwise
	}
	line = append(line, '\n')
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.current = line
	for c := range s.clients {
		c.offer(line)
	}
}

// offer puts line in the mailbox, replacing a state not yet taken. Only
// Publish and add send, both holding the server's lock, so the second send
// cannot block.
func (c *client) offer(line []byte) {
	select {
	case c.mailbox <- line:
		return
	default:
	}
	select {
	case <-c.mailbox:
	default:
	}
	c.mailbox <- line
}

// Close disconnects every follower, stops the server's goroutines and removes
// the socket file if it is still the one Listen created. It is safe to call
// more than once.
func (s *Server) Close() error {
	s.once.Do(func() {
		s.mu.Lock()
		s.closed = true
		close(s.quit)
		s.close = s.ln.Close()
		for c := range s.clients {
			s.dropLocked(c)
		}
		s.mu.Unlock()
		s.wg.Wait()
		if info, err := os.Lstat(s.path); err == nil && os.SameFile(info, s.file) {
			if err := os.Remove(s.path); err != nil && s.close == nil {
				s.close = err
			}
		}
	})
	return s.close
}

// accept takes new followers until the listener closes.
func (s *Server) accept() {
	defer s.wg.Done()
	for {
		conn, err := s.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			select { // a passing failure, such as too many open files
			case <-s.quit:
				return
			case <-time.After(50 * time.Millisecond):
			}
			continue
		}
		s.add(conn)
	}
}

// add registers a follower, hands it the current state and starts its writer
// and reader.
func (s *Server) add(conn net.Conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		conn.Close()
		return
	}
	c := &client{conn: conn, mailbox: make(chan []byte, 1), done: make(chan struct{})}
	s.clients[c] = struct{}{}
	if s.current != nil {
		c.offer(s.current)
	}
	s.wg.Add(2)
	go s.write(c)
	go s.read(c)
}

// write sends each state put in c's mailbox until c is dropped or a write
// fails.
func (s *Server) write(c *client) {
	defer s.wg.Done()
	defer s.drop(c)
	for {
		select {
		case <-c.done:
			return
		case line := <-c.mailbox:
			c.conn.SetWriteDeadline(time.Now().Add(s.timeout))
			if _, err := c.conn.Write(line); err != nil {
				return
			}
		}
	}
}

// read waits for the follower to hang up (followers send nothing), so a gone
// follower is dropped at once rather than at the next Publish.
func (s *Server) read(c *client) {
	defer s.wg.Done()
	defer s.drop(c)
	io.Copy(io.Discard, c.conn)
}

// drop disconnects c if it is still connected.
func (s *Server) drop(c *client) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropLocked(c)
}

// dropLocked disconnects c if it is still connected; s.mu must be held.
func (s *Server) dropLocked(c *client) {
	if _, ok := s.clients[c]; !ok {
		return
	}
	delete(s.clients, c)
	close(c.done)
	c.conn.Close()
}
