package link

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"faultline/internal/lecture"
)

// patience bounds every wait in these tests.
const patience = 5 * time.Second

// socketPath returns a socket path in a new, short temporary directory (Unix
// socket paths are limited to about 100 bytes), inside a subdirectory that
// does not exist yet, and removes it all after the test.
func socketPath(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "fl")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return filepath.Join(dir, "run", SocketName)
}

// listen starts a server on path and closes it after the test.
func listen(t testing.TB, path string) *Server {
	t.Helper()
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// subscribe follows path until the test ends.
func subscribe(t testing.TB, path string) <-chan Update {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	return Follow(ctx, path)
}

// await reads updates until one satisfies ok, failing the test if none does
// within patience or the channel closes.
func await(t testing.TB, ch <-chan Update, what string, ok func(Update) bool) Update {
	t.Helper()
	timeout := time.After(patience)
	for {
		select {
		case u, open := <-ch:
			if !open {
				t.Fatalf("waiting for %s: channel closed", what)
			}
			if ok(u) {
				return u
			}
		case <-timeout:
			t.Fatalf("waiting for %s: timed out", what)
		}
	}
}

// slide returns a predicate for a connected update on the given slide.
func slide(n int) func(Update) bool {
	return func(u Update) bool { return u.Connected && u.State.Slide == n }
}

// disconnected is a predicate for an update saying the presenter is gone.
func disconnected(u Update) bool { return !u.Connected }

// state returns a small state on slide n.
func state(n int) lecture.State {
	return lecture.State{Deck: "test", Slide: n, Slides: 100, Title: "Slide", Notes: "Say something."}
}

// eventually polls cond until it holds, failing the test after patience.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// noLeaks fails the test if, once every other cleanup has run, more
// goroutines are left than when it started. Call it first in a test.
func noLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(patience)
		for runtime.NumGoroutine() > before {
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<16)
				t.Fatalf("%d goroutines left, %d before:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}
