package sshserver

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/presenter"
	"faultline/tui/theme"
)

// watcher is a load-test student's terminal: it applies the output to a
// screen and, when the footer (or with anywhere, any row) first shows the
// awaited text, marks the student as arrived.
type watcher struct {
	scr      *screen
	target   *atomic.Pointer[string]
	arrived  *sync.WaitGroup
	anywhere bool
	mu       sync.Mutex
	seen     string // the target this student has arrived at
}

func (w *watcher) Write(p []byte) (int, error) {
	n, err := w.scr.Write(p)
	w.check()
	return n, err
}

// check marks the student as arrived if the screen shows the target now.
func (w *watcher) check() {
	w.mu.Lock()
	defer w.mu.Unlock()
	t := w.target.Load()
	if t == nil || *t == w.seen {
		return
	}
	shown := ""
	if w.anywhere {
		shown = w.scr.String()
	} else {
		w.scr.mu.Lock()
		shown = string(w.scr.cells[w.scr.h-1])
		w.scr.mu.Unlock()
	}
	if strings.Contains(shown, *t) {
		w.seen = *t
		w.arrived.Done()
	}
}

// footerPos is what a student's footer shows for nav.
func footerPos(d *lecture.Deck, n lecture.Nav) string {
	pos := fmt.Sprintf("slide %d/%d", n.Slide+1, d.Len())
	if steps := d.Slides[n.Slide].Steps; steps > 0 {
		pos += fmt.Sprintf(" (%d/%d)", n.Step, steps)
	}
	return pos + " ·"
}

// class is a lecture followed by students over loopback SSH, each
// watching its footer for the position the presenter moves to.
type class struct {
	p        *presenter.Presenter
	deck     *lecture.Deck
	hub      *classroom.Hub
	target   atomic.Pointer[string]
	arrived  sync.WaitGroup
	students int
	mu       sync.Mutex
	watchers []*watcher
}

// hangGuard bounds each wait for the students, only so that a lost frame
// fails the test instead of hanging it; speed is the benchmarks' to say.
// It is generous: forty logins under the race detector on a busy two-core
// machine have taken most of a minute.
const hangGuard = 3 * time.Minute

// newClass starts a real presenter with a classroom and connects n
// students to it, each arrived on the first slide.
func newClass(tb testing.TB, n int) *class {
	tb.Helper()
	deck := testDeck(tb)
	_, bank := loadCourse(tb)
	srv, hub := startServer(tb, deck, nil)
	c := &class{deck: deck, hub: hub, students: n}
	c.p = presenter.New(&common.Context{Styles: theme.New(true)},
		presenter.Options{Deck: deck, Bank: bank, Classroom: &presenter.Classroom{Hub: hub, Connect: srv.Connect()}})
	c.p.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	c.p.Init()
	first := footerPos(deck, c.p.Nav())
	c.target.Store(&first)
	c.connect(tb, srv, n, false)
	return c
}

// connect connects n students to srv, each watching its footer (or with
// anywhere, its whole screen) for the class's target, and waits until
// every one has arrived at the first.
func (c *class) connect(tb testing.TB, srv *Server, n int, anywhere bool) {
	tb.Helper()
	c.arrived.Add(n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	for range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			cl, err := dial(tb, srv, testCode)
			if err != nil {
				tb.Errorf("dial: %v", err)
				c.arrived.Done()
				return
			}
			tb.Cleanup(func() { _ = cl.Close() })
			sess, err := cl.NewSession()
			if err != nil {
				tb.Errorf("session: %v", err)
				c.arrived.Done()
				return
			}
			w := &watcher{scr: newScreen(80, 24), target: &c.target, arrived: &c.arrived, anywhere: anywhere}
			c.mu.Lock()
			c.watchers = append(c.watchers, w)
			c.mu.Unlock()
			out, _ := sess.StdoutPipe()
			in, _ := sess.StdinPipe()
			go func() { _, _ = io.Copy(w, out) }()
			if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
				tb.Errorf("pty: %v", err)
			}
			_ = sess.Shell()
			_, _ = io.WriteString(in, "\r") // no name
		}()
	}
	wg.Wait()
	if !waitGroup(&c.arrived, hangGuard) {
		tb.Fatalf("not every student arrived on the first slide")
	}
}

// next presses next on the presenter and waits until every student's
// footer shows the new position; it returns how long that took.
func (c *class) next(tb testing.TB) time.Duration {
	tb.Helper()
	want := footerPos(c.deck, c.p.Nav().Next(c.deck))
	c.arrived.Add(c.students)
	c.target.Store(&want)
	start := time.Now()
	c.p.Update(tea.KeyPressMsg{Code: tea.KeyRight})
	if !waitGroup(&c.arrived, hangGuard) {
		tb.Fatalf("not every student reached %q", want)
	}
	took := time.Since(start)
	_ = c.p.View()
	if c.p.Nav().Slide == c.deck.Len()-1 {
		// Back to the start; awaited before the key, as a fast student
		// may show it before the key's Update returns.
		first := footerPos(c.deck, lecture.Nav{})
		c.arrived.Add(c.students)
		c.target.Store(&first)
		c.p.Update(tea.KeyPressMsg{Code: 'g', Text: "g"})
		if c.p.Nav() != (lecture.Nav{}) {
			tb.Fatalf("g went to %+v, not the first slide", c.p.Nav())
		}
		if !waitGroup(&c.arrived, hangGuard) {
			tb.Fatalf("not every student came back to the first slide")
		}
	}
	return took
}

// TestLoad200Students connects 200 students on loopback to a real
// presenter and presses next 50 times: every student's screen shows each
// new position, and the hub counts them all. How fast is the Room
// benchmarks' to say (room_test.go). Under -race it runs 40 students and
// 20 changes.
func TestLoad200Students(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: skipped with -short")
	}
	students, changes := 200, 50
	if raceEnabled {
		students, changes = 40, 20 // the race detector slows everything tenfold
	}
	c := newClass(t, students)
	for range changes {
		c.next(t)
	}
	if n := c.hub.Students(); n != students {
		t.Errorf("hub has %d students, want %d", n, students)
	}
}

// waitGroup waits for wg up to d and reports whether it finished.
func waitGroup(wg *sync.WaitGroup, d time.Duration) bool {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}
