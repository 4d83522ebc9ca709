package notes

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/lecture"
	"faultline/internal/lecture/link"
	"faultline/tui/common"
	"faultline/tui/presenter"
	"faultline/tui/theme"
)

// socketPath is a short socket path in a fresh directory (Unix socket
// paths are limited to about 100 bytes, too few for some test dirs).
func socketPath(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "fl")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return filepath.Join(dir, "lecture.sock")
}

// await feeds the notes view the updates it reads from the link until ok
// holds, failing after a few seconds.
func await(t *testing.T, n *Notes, what string, ok func(st lecture.State, connected bool) bool) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		if st, c := n.State(); n.seen && ok(st, c) {
			return
		}
		got := make(chan tea.Msg, 1)
		go func() { got <- n.wait()() }()
		select {
		case msg := <-got:
			n.Update(msg)
		case <-deadline:
			st, c := n.State()
			t.Fatalf("notes never showed %s; last state %+v connected %v", what, st, c)
		}
	}
}

// TestPresenterAndNotes drives a real presenter publishing over a real link
// server and a notes view following it with link.Follow: the notes follow
// a slide change, say when the presenter goes away and follow a new
// presenter on the same socket.
func TestPresenterAndNotes(t *testing.T) {
	path := socketPath(t)
	srv, err := link.Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	clk := &clock{t: start}
	var publish atomic.Pointer[func(lecture.State)]
	pub := srv.Publish
	publish.Store(&pub)
	m := presenter.New(&common.Context{Styles: theme.New(true)}, presenter.Options{
		Deck: testDeck(t, "fallacies"), Duration: 30 * time.Minute, Now: clk.now,
		Publish: func(s lecture.State) { (*publish.Load())(s) },
	})
	m.Update(sizeMsg(100, 30))
	m.Init()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := New(&common.Context{Styles: theme.New(true)}, link.Follow(ctx, path), clk.now)
	n.Update(sizeMsg(100, 30))

	await(t, n, "the first slide", func(st lecture.State, c bool) bool { return c && st.Slide == 0 })
	if out := ansiText(n); !strings.Contains(out, "Slide 1/11") || !strings.Contains(out, "Next: Eight false assumptions") {
		t.Errorf("notes on the first slide:\n%s", out)
	}

	m.Update(keyMsg("right"))
	await(t, n, "the second slide", func(st lecture.State, c bool) bool { return st.Slide == 1 })
	out := ansiText(n)
	for _, want := range []string{"Slide 2/11", "Eight false assumptions", "guess as many as they can", "Next: The network is reliable", "30:00 left"} {
		if !strings.Contains(out, want) {
			t.Errorf("notes after the slide change lack %q:\n%s", want, out)
		}
	}

	// If a second presenter tries the same socket, it is refused.
	if _, err := link.Listen(path); err == nil {
		t.Fatal("a second presenter should be refused")
	}

	// The presenter goes away: the notes keep the slide and wait.
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
	await(t, n, "the presenter gone", func(_ lecture.State, c bool) bool { return !c })
	if out := ansiText(n); !strings.Contains(out, "waiting for it to come back") || !strings.Contains(out, "Eight false assumptions") {
		t.Errorf("notes with the presenter gone:\n%s", out)
	}

	// A presenter starts again on the same socket: the notes follow it.
	srv2, err := link.Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer srv2.Close()
	pub2 := srv2.Publish
	publish.Store(&pub2)
	m.Update(keyMsg("G"))
	await(t, n, "the last slide after the restart", func(st lecture.State, c bool) bool { return c && st.Slide == 10 })
	if out := ansiText(n); !strings.Contains(out, "Last slide.") {
		t.Errorf("notes on the last slide:\n%s", out)
	}
}
