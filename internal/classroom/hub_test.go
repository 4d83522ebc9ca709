package classroom

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"faultline/internal/lecture"
)

// frame returns a frame on the given slide.
func frame(slide int) Frame {
	return Frame{State: lecture.State{Slide: slide, Slides: 10, Title: fmt.Sprintf("slide %d", slide)}}
}

// receive returns the frame waiting for s, failing if there is none.
func receive(t *testing.T, s *Student) Frame {
	t.Helper()
	select {
	case f, ok := <-s.Frames():
		if !ok {
			t.Fatalf("%s: channel closed", s.Name())
		}
		return f
	default:
		t.Fatalf("%s: no frame waiting", s.Name())
		return Frame{}
	}
}

// empty fails if a frame is waiting for s.
func empty(t *testing.T, s *Student) {
	t.Helper()
	select {
	case f := <-s.Frames():
		t.Fatalf("%s: unexpected frame %+v", s.Name(), f)
	default:
	}
}

func join(t *testing.T, h *Hub, name string) *Student {
	t.Helper()
	s, err := h.Join(name, "192.0.2.1:5000")
	if err != nil {
		t.Fatalf("Join(%q): %v", name, err)
	}
	return s
}

func TestJoinBeforeAnyFrameWaitsForTheFirst(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "ana")
	empty(t, s)
	h.Publish(frame(3))
	if got := receive(t, s); got.State.Slide != 3 || got.Seq != 1 {
		t.Fatalf("got slide %d seq %d, want slide 3 seq 1", got.State.Slide, got.Seq)
	}
}

func TestLateJoinerGetsCurrentFrameAtOnce(t *testing.T) {
	h := NewHub(Config{})
	for i := range 5 {
		h.Publish(frame(i))
	}
	s := join(t, h, "late")
	got := receive(t, s)
	if got.State.Slide != 4 || got.Seq != 5 {
		t.Fatalf("late joiner got slide %d seq %d, want slide 4 seq 5", got.State.Slide, got.Seq)
	}
	empty(t, s)
}

func TestLatestFrameWins(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "slow")
	for i := range 50 {
		h.Publish(frame(i))
	}
	got := receive(t, s)
	if got.State.Slide != 49 || got.Seq != 50 {
		t.Fatalf("slow reader got slide %d seq %d, want the newest (49, 50)", got.State.Slide, got.Seq)
	}
	empty(t, s)
}

func TestPublishAssignsIncreasingSeq(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "ana")
	var last uint64
	for i := range 10 {
		f := frame(i)
		f.Seq = 999 // the hub numbers frames, not the caller
		h.Publish(f)
		got := receive(t, s)
		if got.Seq != last+1 {
			t.Fatalf("publish %d: seq %d, want %d", i, got.Seq, last+1)
		}
		last = got.Seq
	}
}

func TestPublishCopiesWidgets(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "ana")
	w := []string{"nines: 99.9%"}
	f := frame(0)
	f.Widgets = w
	h.Publish(f)
	w[0] = "changed by the presenter"
	if got := receive(t, s).Widgets[0]; got != "nines: 99.9%" {
		t.Fatalf("widget = %q: the presenter's slice leaked to students", got)
	}
}

func TestMaxStudents(t *testing.T) {
	h := NewHub(Config{MaxStudents: 2})
	a := join(t, h, "a")
	join(t, h, "b")
	if _, err := h.Join("c", "x"); !errors.Is(err, ErrFull) {
		t.Fatalf("third join: err %v, want ErrFull", err)
	}
	h.Leave(a)
	if _, err := h.Join("c", "x"); err != nil {
		t.Fatalf("join after a leave: %v", err)
	}
	if n := h.Students(); n != 2 {
		t.Fatalf("Students() = %d, want 2", n)
	}
}

func TestDefaultMaxStudents(t *testing.T) {
	h := NewHub(Config{})
	for i := range DefaultMaxStudents {
		if _, err := h.Join("", fmt.Sprint(i)); err != nil {
			t.Fatalf("join %d: %v", i, err)
		}
	}
	if _, err := h.Join("", "x"); !errors.Is(err, ErrFull) {
		t.Fatalf("join %d: err %v, want ErrFull", DefaultMaxStudents+1, err)
	}
}

func TestLeave(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "ana")
	other := join(t, h, "bo")
	h.Leave(s)
	h.Leave(s) // twice is harmless
	if _, ok := <-s.Frames(); ok {
		t.Fatal("channel still open after Leave")
	}
	h.Publish(frame(1)) // must not send on the closed channel
	receive(t, other)
	if n := h.Students(); n != 1 {
		t.Fatalf("Students() = %d, want 1", n)
	}
	again := join(t, h, "ana") // the name is free again
	if again.Name() != "ana" {
		t.Fatalf("rejoin name = %q, want ana", again.Name())
	}
	h.Leave(nil)
}

func TestJoinNames(t *testing.T) {
	h := NewHub(Config{})
	tests := []struct{ ask, want string }{
		{"ana", "ana"},
		{"Ana", "Ana-2"},
		{"ANA", "ANA-3"},
		{"", "student-4"},
		{"  \x1b[31mbo\x1b[0m  ", "bo"},
		{"bo", "bo-2"},
		{"student-8", "student-8"},
		{"", "student-8-2"},
		{"\x1b]0;pwned\x07", "student-9"},
	}
	for _, tt := range tests {
		if got := join(t, h, tt.ask).Name(); got != tt.want {
			t.Errorf("Join(%q) name %q, want %q", tt.ask, got, tt.want)
		}
	}
	want := []string{"ana", "Ana-2", "ANA-3", "student-4", "bo", "bo-2", "student-8", "student-8-2", "student-9"}
	if got := h.Names(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
}

func TestStudentAddrAndJoined(t *testing.T) {
	at := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	h := NewHub(Config{Now: func() time.Time { return at }})
	s, err := h.Join("ana", "198.51.100.7:4242")
	if err != nil {
		t.Fatal(err)
	}
	if s.Addr() != "198.51.100.7:4242" || !s.Joined().Equal(at) {
		t.Fatalf("Addr %q Joined %v", s.Addr(), s.Joined())
	}
}

func TestClose(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "ana")
	h.Publish(frame(7))
	h.Close()
	got := receive(t, s)
	if !got.Closing || got.State.Slide != 7 || got.Seq != 2 {
		t.Fatalf("closing frame %+v, want Closing on slide 7 with seq 2", got)
	}
	h.Publish(frame(8))
	h.Close()
	empty(t, s)
	if _, err := h.Join("bo", "x"); !errors.Is(err, ErrEnded) {
		t.Fatalf("join after Close: err %v, want ErrEnded", err)
	}
	if cur, ok := h.Current(); !ok || !cur.Closing {
		t.Fatalf("Current() = %+v, %v; want the closing frame", cur, ok)
	}
}

func TestPublishCannotClose(t *testing.T) {
	h := NewHub(Config{})
	s := join(t, h, "ana")
	f := frame(1)
	f.Closing = true
	h.Publish(f)
	if receive(t, s).Closing {
		t.Fatal("Publish passed Closing through; only Close ends the lecture")
	}
	if _, err := h.Join("bo", "x"); err != nil {
		t.Fatalf("join after Publish: %v", err)
	}
}

func TestCurrentBeforePublish(t *testing.T) {
	if _, ok := NewHub(Config{}).Current(); ok {
		t.Fatal("Current reports a frame before any Publish")
	}
}

// TestUnchangedFrameIsNotSent publishes what students already see, with
// only the presenter's clock moved, as each tick of the clock does:
// nothing is sent; a real change is, and the clock never reaches them.
func TestUnchangedFrameIsNotSent(t *testing.T) {
	h := NewHub(Config{})
	s, err := h.Join("ana", "192.0.2.1:1")
	if err != nil {
		t.Fatal(err)
	}
	f := quizFrame(false)
	f.Widgets = []string{"availability 99.95%"}
	h.Publish(f)
	first := receive(t, s)
	for i := range 5 {
		f.State.Elapsed = time.Duration(i+1) * time.Second
		left := time.Duration(10-i) * time.Minute
		f.State.Remaining = &left
		h.Publish(f)
	}
	select {
	case got := <-s.Frames():
		t.Fatalf("a frame that changed only the clock was sent: seq %d after %d", got.Seq, first.Seq)
	default:
	}
	f.Widgets = []string{"availability 99.99%"}
	h.Publish(f)
	got := receive(t, s)
	if got.Seq != first.Seq+1 || got.Widgets[0] != "availability 99.99%" {
		t.Errorf("the changed widget came as seq %d %q, want seq %d", got.Seq, got.Widgets, first.Seq+1)
	}
	if got.State.Elapsed != 0 || got.State.Remaining != nil {
		t.Errorf("students were sent the presenter's clock: %v, %v", got.State.Elapsed, got.State.Remaining)
	}
}

// drawingAt is a live widget's look for the tests: its text at any size.
type drawingAt struct{ text string }

func (d *drawingAt) Draw(int, int, bool) string { return d.text }

// TestLiveDrawingSentOnlyWhenNew publishes a frame whose live widget is
// the same drawing again, then a new one with the same text: the first
// is not sent (nothing moved), the second is (the widget handed out a
// new look), and the hub never looks inside a drawing to decide.
func TestLiveDrawingSentOnlyWhenNew(t *testing.T) {
	h := NewHub(Config{})
	s, err := h.Join("ana", "192.0.2.1:1")
	if err != nil {
		t.Fatal(err)
	}
	d := &drawingAt{"t 1.0 s"}
	f := Frame{Widgets: []string{""}, Live: []Drawing{d}}
	h.Publish(f)
	first := receive(t, s)
	h.Publish(Frame{Widgets: []string{""}, Live: []Drawing{d}})
	select {
	case got := <-s.Frames():
		t.Fatalf("the same drawing was sent again: seq %d after %d", got.Seq, first.Seq)
	default:
	}
	next := &drawingAt{"t 1.0 s"}
	h.Publish(Frame{Widgets: []string{""}, Live: []Drawing{next}})
	if got := receive(t, s); got.Live[0] != next {
		t.Errorf("the new drawing was not sent: %+v", got.Live)
	}
}
