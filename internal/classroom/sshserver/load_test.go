package sshserver

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/presenter"
	"faultline/tui/theme"
)

// watcher is a load-test student's terminal: it applies the output to a
// screen and, when the footer first shows the awaited position, marks
// the student as arrived.
type watcher struct {
	scr     *screen
	target  *atomic.Pointer[string]
	arrived *sync.WaitGroup
	seen    string // the target this student has arrived at
}

func (w *watcher) Write(p []byte) (int, error) {
	n, err := w.scr.Write(p)
	t := w.target.Load()
	if t == nil || *t == w.seen {
		return n, err
	}
	w.scr.mu.Lock()
	footer := string(w.scr.cells[w.scr.h-1])
	w.scr.mu.Unlock()
	if strings.Contains(footer, *t) {
		w.seen = *t
		w.arrived.Done()
	}
	return n, err
}

// footerPos is what a student's footer shows for nav.
func footerPos(d *lecture.Deck, n lecture.Nav) string {
	pos := fmt.Sprintf("slide %d/%d", n.Slide+1, d.Len())
	if steps := d.Slides[n.Slide].Steps; steps > 0 {
		pos += fmt.Sprintf(" (%d/%d)", n.Step, steps)
	}
	return pos + " ·"
}

// TestLoad200Students connects 200 students on loopback to a real
// presenter and presses next 50 times, measuring the time from the key
// to the last student's screen showing the new position, and the memory
// each session takes (server and test client together, in one process).
// Under -race it runs 40 students and 20 changes.
func TestLoad200Students(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: skipped with -short")
	}
	students, changes := 200, 50
	if raceEnabled {
		students, changes = 40, 20 // the race detector slows everything tenfold
	}
	deck := testDeck(t)
	_, bank := loadCourse(t)
	srv, hub := startServer(t, deck, nil)
	p := presenter.New(&common.Context{Styles: theme.New(true)},
		presenter.Options{Deck: deck, Bank: bank, Classroom: &presenter.Classroom{Hub: hub, Connect: srv.Connect()}})
	p.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	p.Init()

	var target atomic.Pointer[string]
	var arrived sync.WaitGroup
	first := footerPos(deck, p.Nav())
	target.Store(&first)

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	goroutines := runtime.NumGoroutine()

	arrived.Add(students)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	for range students {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := dial(t, srv, testCode)
			if err != nil {
				t.Errorf("dial: %v", err)
				arrived.Done()
				return
			}
			t.Cleanup(func() { _ = c.Close() })
			sess, err := c.NewSession()
			if err != nil {
				t.Errorf("session: %v", err)
				arrived.Done()
				return
			}
			w := &watcher{scr: newScreen(80, 24), target: &target, arrived: &arrived}
			out, _ := sess.StdoutPipe()
			in, _ := sess.StdinPipe()
			go func() { _, _ = io.Copy(w, out) }()
			if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
				t.Errorf("pty: %v", err)
			}
			_ = sess.Shell()
			_, _ = io.WriteString(in, "\r") // no name
		}()
	}
	wg.Wait()
	if !waitGroup(&arrived, 30*time.Second) {
		t.Fatalf("not every student arrived on the first slide")
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	perSession := (int64(after.HeapInuse) - int64(before.HeapInuse)) / int64(students)
	perGoroutines := float64(runtime.NumGoroutine()-goroutines) / float64(students)

	lat := make([]time.Duration, 0, changes)
	deadline := time.Now().Add(40 * time.Second)
	for range changes {
		if time.Now().After(deadline) {
			t.Fatalf("the load test ran past its time bound after %d changes", len(lat))
		}
		next := p.Nav().Next(deck)
		want := footerPos(deck, next)
		arrived.Add(students)
		target.Store(&want)
		start := time.Now()
		p.Update(tea.KeyPressMsg{Code: tea.KeyRight})
		if !waitGroup(&arrived, 10*time.Second) {
			t.Fatalf("not every student reached %q within 10s", want)
		}
		lat = append(lat, time.Since(start))
		_ = p.View()
	}
	slices.Sort(lat)
	t.Logf("%d students, %d slide changes: key to last student's frame median %v, worst %v",
		students, changes, lat[len(lat)/2].Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond))
	t.Logf("memory per session (server and client, one process): %.1f KiB heap in use, %.1f goroutines",
		float64(perSession)/1024, perGoroutines)
	if hub.Students() != students {
		t.Errorf("hub has %d students, want %d", hub.Students(), students)
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
