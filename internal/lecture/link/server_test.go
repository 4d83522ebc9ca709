package link

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"faultline/internal/lecture"
)

func TestListenPermissions(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	if s.Path() != path {
		t.Errorf("Path = %q", s.Path())
	}
	dir, err := os.Stat(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if perm := dir.Mode().Perm(); perm != 0o700 {
		t.Errorf("socket directory mode %o, want 700", perm)
	}
	sock, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	if sock.Mode()&os.ModeSocket == 0 {
		t.Errorf("%s is not a socket: %v", path, sock.Mode())
	}
	if perm := sock.Mode().Perm(); perm != 0o600 {
		t.Errorf("socket mode %o, want 600", perm)
	}
}

// readState reads one JSON line from r.
func readState(t *testing.T, r *bufio.Reader) lecture.State {
	t.Helper()
	line, err := r.ReadBytes('\n')
	if err != nil {
		t.Fatalf("reading a state: %v", err)
	}
	var st lecture.State
	if err := json.Unmarshal(line, &st); err != nil {
		t.Fatalf("line %q: %v", line, err)
	}
	return st
}

// dial connects to path as a raw client, closed after the test.
func dial(t testing.TB, path string) net.Conn {
	t.Helper()
	conn, err := net.Dial("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	conn.SetReadDeadline(time.Now().Add(patience))
	return conn
}

func TestWireFormatAndCurrentStateFirst(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	s.Publish(state(1))
	s.Publish(state(2))

	conn := dial(t, path)
	r := bufio.NewReader(conn)
	if got := readState(t, r); got.Slide != 2 {
		t.Errorf("a new client first got slide %d, want the current slide 2", got.Slide)
	}
	multiline := state(3)
	multiline.Notes = "first line\nsecond line"
	s.Publish(multiline)
	if got := readState(t, r); got != multiline {
		t.Errorf("got %+v, want %+v", got, multiline)
	}
}

func TestNoStateBeforeFirstPublish(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	conn := dial(t, path)
	eventually(t, "the client to be accepted", func() bool { return s.Clients() == 1 })
	conn.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	if line, err := bufio.NewReader(conn).ReadBytes('\n'); err == nil {
		t.Errorf("got %q before anything was published", line)
	}
}

func TestPublishReachesEveryFollower(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	var followers []<-chan Update
	for range 5 {
		followers = append(followers, subscribe(t, path))
	}
	eventually(t, "five followers", func() bool { return s.Clients() == 5 })
	for i := 1; i <= 3; i++ {
		s.Publish(state(i))
		for _, ch := range followers {
			await(t, ch, "the published slide", slide(i))
		}
	}
}

// TestStuckClientBlocksNobody connects a client that never reads while the
// presenter publishes large states as fast as it can: Publish never waits,
// and a reading follower keeps up, ending on the latest state. Had Publish
// waited for the stuck client, it would have waited until the client was
// dropped after writeTimeout, and the stuck client would be gone; how fast
// Publish returns is BenchmarkPublishBesideStuckClient's to measure.
func TestStuckClientBlocksNobody(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	dial(t, path) // never reads
	ch := subscribe(t, path)
	eventually(t, "both clients", func() bool { return s.Clients() == 2 })

	big := state(0)
	big.Notes = strings.Repeat("a long speaker note ", 4096) // 80 kB, more than a socket buffer
	const n = 100                                            // 8 MB in all
	for i := 1; i <= n; i++ {
		big.Slide = i
		s.Publish(big)
	}
	await(t, ch, "the last state", slide(n))
	if s.Clients() != 2 {
		t.Errorf("%d clients, want the stuck one still connected too", s.Clients())
	}
}

// TestStuckClientIsDropped: a client that takes no state for writeTimeout is
// disconnected, and the others carry on.
// TestStuckClientIsDropped connects a client that never reads beside a
// follower that does, and publishes large states: the stuck client is
// dropped once a write to it has waited writeTimeout, and the follower
// still receives the latest state. States are published until the stuck
// client's socket is full: how many the writer gets to write before the
// publisher replaces them depends on the scheduler, not on the test.
func TestStuckClientIsDropped(t *testing.T) {
	noLeaks(t)
	defer func(d time.Duration) { writeTimeout = d }(writeTimeout)
	// Long enough that a follower reading on a busy machine is never taken
	// for stuck, short beside patience.
	writeTimeout = time.Second
	path := socketPath(t)
	s := listen(t, path)
	stuck := dial(t, path) // reads only after the test's question is settled
	ch := subscribe(t, path)
	eventually(t, "both clients", func() bool { return s.Clients() == 2 })
	big := state(0)
	big.Notes = strings.Repeat("a long speaker note ", 4096)
	eventually(t, "a client to be dropped", func() bool {
		big.Slide++
		s.Publish(big)
		return s.Clients() < 2
	})
	// The dropped one is the stuck client: its connection, once what was
	// written is read, is closed by the server.
	if _, err := io.Copy(io.Discard, stuck); err != nil {
		t.Fatalf("the stuck client was not dropped: reading it ended with %v", err)
	}
	s.Publish(state(-1))
	await(t, ch, "the reading follower's state", slide(-1))
}

// TestLatestStateWins publishes many states to a client that is not reading
// yet: when it reads, it sees the states in order, ending with the latest,
// and none twice.
func TestLatestStateWins(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	conn := dial(t, path)
	eventually(t, "the client", func() bool { return s.Clients() == 1 })
	const n = 200
	for i := 1; i <= n; i++ {
		s.Publish(state(i))
	}
	r := bufio.NewReader(conn)
	prev, count := 0, 0
	for prev != n {
		st := readState(t, r)
		if st.Slide <= prev {
			t.Fatalf("slide %d after slide %d", st.Slide, prev)
		}
		prev = st.Slide
		count++
	}
	t.Logf("the client read %d of %d states", count, n)
}

func TestFollowerHangUpIsDropped(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	conn, err := net.Dial("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, "the client", func() bool { return s.Clients() == 1 })
	conn.Close()
	eventually(t, "the client to be dropped", func() bool { return s.Clients() == 0 })
}

func TestStaleSocketIsReplaced(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	// A presenter that crashed leaves its socket file behind.
	old, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	old.SetUnlinkOnClose(false)
	old.Close()
	if _, err := os.Lstat(path); err != nil {
		t.Fatalf("the stale socket is not there: %v", err)
	}
	s := listen(t, path)
	s.Publish(state(7))
	await(t, subscribe(t, path), "a state from the new presenter", slide(7))
}

func TestSecondPresenterRefused(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	second, err := Listen(path)
	if err == nil {
		second.Close()
		t.Fatal("a second presenter was allowed to listen")
	}
	if !errors.Is(err, ErrPresenting) || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q should wrap ErrPresenting and name %s", err, path)
	}
	s.Publish(state(3))
	await(t, subscribe(t, path), "the first presenter, still serving", slide(3))
}

func TestListenLeavesOtherFilesAlone(t *testing.T) {
	path := socketPath(t)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := Listen(path); err == nil {
		s.Close()
		t.Fatal("Listen replaced a regular file")
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "precious" {
		t.Errorf("the file was touched: %q, %v", b, err)
	}
}

func TestCloseDisconnectsAndRemovesSocket(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Publish(state(1))
	conn := dial(t, path)
	r := bufio.NewReader(conn)
	readState(t, r)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := r.ReadBytes('\n'); err == nil {
		t.Error("the client is still connected after Close")
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("socket file after Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	s.Publish(state(2)) // harmless after Close
	if s.Clients() != 0 {
		t.Errorf("%d clients after Close", s.Clients())
	}
}

// TestCloseKeepsAnotherPresentersSocket: if the socket file was replaced by
// another presenter's, closing the first leaves the new one in place.
func TestCloseKeepsAnotherPresentersSocket(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	first, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	second := listen(t, path)
	first.Close()
	second.Publish(state(4))
	await(t, subscribe(t, path), "the second presenter", slide(4))
}

func BenchmarkPublish(b *testing.B) {
	path := socketPath(b)
	s := listen(b, path)
	var followers []<-chan Update
	for range 10 {
		followers = append(followers, subscribe(b, path))
	}
	eventually(b, "ten followers", func() bool { return s.Clients() == 10 })
	st := state(0)
	st.Notes = strings.Repeat("speaker notes ", 40)
	i := 0
	for b.Loop() {
		i++
		st.Slide = i
		s.Publish(st)
	}
	for _, ch := range followers {
		await(b, ch, "the last state", slide(i))
	}
}

// BenchmarkPublishBesideStuckClient publishes an 80 kB state while one
// client never reads and another follows.
func BenchmarkPublishBesideStuckClient(b *testing.B) {
	path := socketPath(b)
	s := listen(b, path)
	dial(b, path) // never reads
	ch := subscribe(b, path)
	eventually(b, "both clients", func() bool { return s.Clients() == 2 })
	big := state(0)
	big.Notes = strings.Repeat("a long speaker note ", 4096)
	i := 0
	for b.Loop() {
		i++
		big.Slide = i
		s.Publish(big)
	}
	await(b, ch, "the last state", slide(i))
}
